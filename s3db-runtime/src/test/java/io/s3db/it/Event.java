package io.s3db.it;

import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Timestamps and partitions on every single-valued type: dates (rendered as their UTC day), UUID,
 * enum, BigDecimal. {@code createdAt} is declared first, yet lands after the other leaves as
 * s3db.js appends it.
 */
@S3Resource(name = "events", timestamps = true, paranoid = false)
@Partition(name = "byDay", fields = "day")
@Partition(name = "byWhen", fields = "when")
@Partition(name = "byAt", fields = "at")
@Partition(
    name = "byKindAndLevel",
    fields = {"kind", "level"})
@Partition(name = "byAmount", fields = "amount")
public record Event(
    @Nullable String id,
    @Nullable Instant createdAt,
    String name,
    Instant when,
    OffsetDateTime at,
    LocalDate day,
    UUID kind,
    Level level,
    BigDecimal amount,
    @Nullable Instant updatedAt) {

  public enum Level {
    LOW,
    HIGH
  }

  public static Event of(String id, Instant when, LocalDate day) {
    return new Event(
        id,
        null,
        "e-" + id,
        when,
        OffsetDateTime.parse("2026-11-24T23:59:59.999Z"),
        day,
        UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Level.HIGH,
        new BigDecimal("19.90"),
        null);
  }

  public Event withName(String newName) {
    return new Event(id, createdAt, newName, when, at, day, kind, level, amount, updatedAt);
  }
}
