package io.s3db.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The tests' resource: every kind of column, two partitions (one on a nested field). */
@S3Resource(name = "orders", paranoid = false)
@Partition(name = "byStatus", fields = "status")
@Partition(name = "byCity", fields = "shipTo.city")
public record Order(
    @Nullable String id,
    String status,
    long qty,
    double amount,
    boolean gift,
    LocalDate day,
    Instant at,
    UUID ref,
    List<String> tags,
    List<Long> counts,
    List<Double> weights,
    List<Boolean> flags,
    Address shipTo,
    @Nullable JsonNode payload,
    @Nullable String note) {

  /** A nested object: a struct column. */
  public record Address(String city, @Nullable String zip) {}
}
