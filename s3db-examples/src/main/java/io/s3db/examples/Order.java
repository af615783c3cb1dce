package io.s3db.examples;

import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

// snippet: order
/**
 * An order, listed by status and by destination country and channel: each partition is a second key
 * per order ({@code resource=orders/partition=byStatus/status=PAID/id=…}), so those lists need no
 * scan. With timestamps, s3db sets {@code createdAt}/{@code updatedAt} and adds the partitions
 * {@code byCreatedDate} and {@code byUpdatedDate} (by UTC day), as s3db.js does.
 */
@S3Resource(
    name = "orders",
    paranoid = false, // paranoid = false: the example wipes it with deleteAll()
    timestamps = true)
@Partition(name = "byStatus", fields = "status")
@Partition(
    name = "byCountryAndChannel",
    fields = {"shipTo.country", "channel"})
public record Order(
    @Nullable String id,
    String customer,
    String status,
    String channel,
    long cents,
    Address shipTo,
    @Nullable Instant createdAt, // set by s3db on insert
    @Nullable Instant updatedAt) { // set by s3db on every write

  public Order(
      @Nullable String id,
      String customer,
      String status,
      String channel,
      long cents,
      Address shipTo) {
    this(id, customer, status, channel, cents, shipTo, null, null);
  }

  public record Address(String city, String country) {}
}
// end snippet: order
