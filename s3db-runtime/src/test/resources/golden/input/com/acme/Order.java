package com.acme;

import io.s3db.annotations.Default;
import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import jakarta.validation.constraints.NotEmpty;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Nested records, partitions (one on a nested field), a list of records and a list of scalars; ids
 * from {@link OrderIds}.
 */
@S3Resource(name = "orders", paranoid = false, idGenerator = OrderIds.class)
@Partition(name = "byStatus", fields = "status")
@Partition(name = "byCountryAndChannel", fields = {"shipTo.country", "channel"})
public record Order(
    @Nullable String id,
    String customer,
    Status status,
    String channel,
    long cents,
    Address shipTo,
    @Nullable Address billTo,
    @NotEmpty List<Line> lines,
    List<String> tags) {

  public enum Status { NEW, PAID, SHIPPED }

  public record Address(String city, String country, @Nullable String zip, @Default("home") String label) {}

  public record Line(String sku, int quantity, @Nullable BigDecimal price, @Nullable Address shipTo) {}
}
