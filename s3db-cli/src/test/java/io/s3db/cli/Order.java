package io.s3db.cli;

import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A resource with a nested object, an array, timestamps and two partitions, one of them nested. */
@S3Resource(name = "orders", timestamps = true, paranoid = false)
@Partition(name = "byStatus", fields = "status")
@Partition(name = "byCountry", fields = "shipTo.country")
record Order(
    @Nullable String id,
    String customer,
    String status,
    long cents,
    Address shipTo,
    List<String> tags,
    @Nullable String note,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt) {

  Order(String id, String customer, String status, long cents, Address shipTo, String... tags) {
    this(id, customer, status, cents, shipTo, List.of(tags), null, null, null);
  }

  record Address(String city, String country) {}
}
