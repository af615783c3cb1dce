package io.s3db.spi;

import io.s3db.internal.format.Surrogates;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Why a value of a JSON field cannot be stored as JSON, or null when it can ({@link Checks#json}).
 */
final class JsonValueProblems {
  private JsonValueProblems() {}

  static @Nullable String of(@Nullable Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof java.math.BigInteger
        || value instanceof BigDecimal
        || value instanceof com.fasterxml.jackson.databind.JsonNode) {
      return value instanceof String string && !Surrogates.isWellFormed(string)
          ? "holds text that is not Unicode"
          : null;
    }
    if (value instanceof Double || value instanceof Float) {
      return Double.isFinite(((Number) value).doubleValue())
          ? null
          : "holds " + value + ", which JSON cannot";
    }
    if (value instanceof Map<?, ?>) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (!(entry.getKey() instanceof String)) {
          return "has a key that is not a String: " + entry.getKey();
        }
        String problem = of(entry.getValue());
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    if (value instanceof Iterable<?>) {
      for (Object item : (Iterable<?>) value) {
        String problem = of(item);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    return "holds a "
        + value.getClass().getName()
        + ", which has no JSON form; use String, Boolean, numbers,"
        + " List, Map<String, ?> or JsonNode";
  }
}
