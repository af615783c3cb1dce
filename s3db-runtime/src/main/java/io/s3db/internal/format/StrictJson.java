package io.s3db.internal.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Stored JSON values, read as {@code JSON.parse} reads them and no more leniently: exactly one
 * value ({@code ObjectMapper.readTree} ignores what follows it, so {@code [true] x} read as {@code
 * [true]}, and turns empty text into a missing node), and only finite numbers ({@code 1e400} would
 * become {@code Infinity}, which no writer stores). A repeated object key keeps its last value, as
 * in JavaScript.
 */
public final class StrictJson {
  private StrictJson() {}

  private static final ObjectReader READER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).reader();

  /**
   * Parses one JSON value, refusing what JSON itself does not allow (NaN, infinities).
   *
   * @throws IllegalArgumentException if the text is not one JSON value with finite numbers
   */
  public static JsonNode parse(String text) {
    JsonNode node;
    try {
      node = READER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || node.isMissingNode()) {
      throw new IllegalArgumentException("not JSON: no value");
    }
    checkFinite(node);
    return node;
  }

  private static void checkFinite(JsonNode node) {
    if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
      throw new IllegalArgumentException("a JSON number out of the double range");
    }
    if (node.isContainerNode()) {
      node.forEach(StrictJson::checkFinite);
    }
  }
}
