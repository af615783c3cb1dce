package com.acme;

import io.s3db.annotations.Behavior;
import io.s3db.annotations.BehaviorMode;
import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Timestamps (and their automatic partitions), versioning, truncate-data, an optional nested record. */
@S3Resource(timestamps = true, versioning = true)
@Behavior(BehaviorMode.TRUNCATE_DATA)
@Partition(name = "byStart", fields = "start")
public record Visit(
    @Nullable String id,
    Instant start,
    @Nullable LocalDate followUp,
    String notes,
    @Nullable Place place,
    @Nullable Set<Integer> rooms,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt) {

  public record Place(@Nullable String city, @Nullable String room) {}
}
