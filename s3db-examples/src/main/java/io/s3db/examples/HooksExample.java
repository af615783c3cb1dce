package io.s3db.examples;

import io.s3db.AfterHookException;
import io.s3db.BulkResult;
import io.s3db.Hooks;
import io.s3db.Registration;
import io.s3db.S3db;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hooks around writes: a generated SKU, a refused delete, an audit trail, what a failing after hook
 * means, and hooks in bulk calls: {@code mvn -q -pl s3db-examples -am compile exec:java
 * -Dexec.mainClass=io.s3db.examples.HooksExample}.
 */
public final class HooksExample {
  private static final AtomicInteger SKUS = new AtomicInteger();

  private HooksExample() {}

  /** The example's hooks: the README's "Hooks" snippet is this method's body. */
  static Registration register(ProductDao products) {
    // snippet: register
    Hooks<Product> hooks = products.hooks(); // shared by every ProductDao of this database
    // before hooks may change the record (validated afterwards) or throw to abort the call
    hooks.beforeInsert((ctx, p) -> p.sku() != null ? p : p.withSku(nextSku()));
    hooks.beforeUpdate(
        (ctx, current, changed) -> {
          if (changed.stock() < 0) {
            throw new IllegalArgumentException("stock of " + current.id() + " cannot go below 0");
          }
          return changed; // runs on each attempt, after the change function
        });
    hooks.beforeDelete(
        (ctx, id) -> {
          if (ctx.dao().get(id).stock() > 0) {
            throw new IllegalStateException(id + " is still in stock");
          }
        });
    // after hooks run once, when the write is durable; close() the registration to remove it
    return hooks.afterInsert(
        (ctx, p) ->
            System.out.println(
                "audit     " + ctx.resource() + " " + ctx.version() + " +" + p.sku()));
    // end snippet: register
  }

  private static String nextSku() {
    return String.format(Locale.ROOT, "SKU-%04d", SKUS.incrementAndGet());
  }

  public static void main(String[] args) {
    try (ExampleDatabase example = ExampleDatabase.open("hooks-example")) {
      S3db db = example.db();
      ProductDao products = ProductDao.of(db);
      products.deleteAll(); // start clean

      Registration audit = register(products);
      Hooks<Product> hooks = products.hooks();

      Product pen = products.insert(new Product("pen", "Pen", null, 3));
      System.out.println("inserted  " + pen);
      try {
        products.update("pen", p -> p.withStock(p.stock() - 5));
      } catch (IllegalArgumentException refused) {
        System.out.println("refused   " + refused.getMessage() + " (nothing written)");
      }
      try {
        products.delete("pen");
      } catch (IllegalStateException refused) {
        System.out.println(
            "refused   " + refused.getMessage() + " (still there: " + products.exists("pen") + ")");
      }

      // an after hook that fails: the write HAPPENED, the call says so
      // snippet: after-hook-failure
      Registration flaky =
          hooks.afterInsert(
              (ctx, p) -> {
                throw new IllegalStateException("mailer down");
              });
      try {
        products.insert(new Product("ink", "Ink", null, 0));
      } catch (AfterHookException e) {
        System.out.println("after     " + e.getMessage());
        System.out.println("          stored anyway: " + e.stored());
      }
      flaky.close();
      // end snippet: after-hook-failure
      audit.close();

      // bulk calls run the same hooks per record; an abort is that record's failure
      // snippet: bulk-hooks
      BulkResult<String> deleted = products.deleteMany(List.of("pen", "ink"));
      System.out.println(
          "deleteMany " + deleted.succeededCount() + " deleted, refused: " + deleted.failures());
      // end snippet: bulk-hooks
      products.update("pen", p -> p.withStock(0));
      products.delete("pen");
      System.out.println("left      " + products.listIds());
    }
  }
}
