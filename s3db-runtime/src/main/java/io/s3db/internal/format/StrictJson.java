package io.s3db.internal.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Stored JSON values, read as {@code JSON.parse} reads them and no more leniently: exactly one
 * value (a lenient reader ignores what follows it, so {@code [true] x} would read as {@code
 * [true]}, and empty text holds none), and only finite numbers ({@code 1e400} would become {@code
 * Infinity}, which no writer stores). A repeated object key keeps its last value, as in JavaScript.
 */
public final class StrictJson {
  private StrictJson() {}

  /**
   * Parses one JSON value, refusing what JSON itself does not allow (NaN, infinities).
   *
   * @throws IllegalArgumentException if the text is not one JSON value with finite numbers
   */
  public static JsonNode parse(String text) {
    JsonNode node;
    try {
      node = JsonTrees.readOnly(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    if (node == null) {
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
