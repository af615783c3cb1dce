package io.s3db.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.annotations.S3Resource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Every list, set and JSON type of issue #3: the Java side of {@link Shared#LISTS}. */
@S3Resource(name = "lists")
public record Lists(
    @Nullable String id,
    List<String> tags,
    Set<Scalars.Status> flags,
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
    @Nullable JsonNode doc) {}
