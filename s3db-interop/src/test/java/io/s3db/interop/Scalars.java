package io.s3db.interop;

import io.s3db.annotations.Default;
import io.s3db.annotations.S3Resource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Every scalar type of issue #3, required and optional, and defaults: the Java side of {@link
 * Shared#SCALARS}.
 */
@S3Resource(name = "scalars")
public record Scalars(
    @Nullable String id,
    byte tiny,
    short small,
    int count,
    long big,
    float ratio,
    double amount,
    boolean flag,
    BigDecimal price,
    Status status,
    @Nullable Status previous,
    UUID ref,
    @Nullable UUID maybeRef,
    Instant at,
    OffsetDateTime when,
    LocalDate day,
    @Nullable Instant maybeAt,
    @Nullable LocalDate maybeDay,
    @Nullable Float maybeRatio,
    @Default("open") String state,
    @Default("3") @Nullable Integer priority) {

  public enum Status {
    A,
    B,
    C
  }
}
