package io.s3db.examples;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

// snippet: product
/** A product of {@link HooksExample}: its SKU is filled in by a hook when left out. */
@S3Resource(name = "products", paranoid = false)
public record Product(@Nullable String id, String name, @Nullable String sku, int stock) {

  public Product withSku(String newSku) {
    return new Product(id, name, newSku, stock);
  }

  public Product withStock(int newStock) {
    return new Product(id, name, sku, newStock);
  }
}
// end snippet: product
