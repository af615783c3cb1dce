package io.s3db.types;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.annotations.Default;
import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Every type the schema supports, required and optional. */
@S3Resource(name = "everything")
public record Everything(
    @Nullable String id,
    byte tiny,
    short small,
    float ratio,
    @Nullable Byte maybeTiny,
    @Nullable Short maybeSmall,
    @Nullable Float maybeRatio,
    BigDecimal price,
    Status status,
    @Nullable Status previous,
    UUID ref,
    Instant at,
    OffsetDateTime when,
    LocalDate day,
    List<String> tags,
    Set<Status> flags,
    List<Integer> counts,
    List<Long> longs,
    List<Double> weights,
    List<Float> floats,
    List<Boolean> switches,
    List<UUID> refs,
    List<BigDecimal> amounts,
    @Nullable List<String> maybeTags,
    Map<String, Object> attributes,
    Map<String, String> labels,
    @Nullable JsonNode doc,
    @Nullable UUID maybeRef,
    @Nullable Instant maybeAt,
    @Nullable LocalDate maybeDay,
    @Secret String password,
    @Secret @Nullable String apiKey,
    @Default("open") String state,
    @Default("3") @Nullable Integer priority,
    @Default("B") Status fallback) {

  public enum Status {
    A,
    B,
    C
  }
}
