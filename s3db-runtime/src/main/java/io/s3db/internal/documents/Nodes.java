package io.s3db.internal.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/** Values at dotted paths of a document, and numbers as JavaScript holds them. */
final class Nodes {
  static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

  /** 2^53: past it a double no longer holds every integer, and JavaScript prints an exponent. */
  private static final double EXACT = 9_007_199_254_740_992d;

  private Nodes() {}

  /** The value at the path; null when it, or an object on the way, is absent or JSON null. */
  static @Nullable JsonNode at(JsonNode document, String[] segments) {
    JsonNode node = document;
    for (String segment : segments) {
      node = node.get(segment);
      if (node == null || node.isNull()) {
        return null;
      }
    }
    return node;
  }

  /** Sets the value at the path, making the objects on the way. */
  static void put(ObjectNode document, String[] segments, JsonNode value) {
    ObjectNode parent = document;
    for (int i = 0; i < segments.length - 1; i++) {
      JsonNode child = parent.get(segments[i]);
      parent = child instanceof ObjectNode object ? object : parent.putObject(segments[i]);
    }
    parent.set(segments[segments.length - 1], value);
  }

  /** Removes the value at the path, if the objects on the way are there. */
  static void remove(ObjectNode document, String[] segments) {
    JsonNode parent = document;
    for (int i = 0; i < segments.length - 1 && parent != null; i++) {
      parent = parent.get(segments[i]);
    }
    if (parent instanceof ObjectNode object) {
      object.remove(segments[segments.length - 1]);
    }
  }

  /** An integer as the JSON parser would give it back: an int node when it fits. */
  static JsonNode integer(long value) {
    return value == (int) value ? FACTORY.numberNode((int) value) : FACTORY.numberNode(value);
  }

  /**
   * A JavaScript number: integral values (which JavaScript prints without a fraction) as integers,
   * others as doubles.
   */
  static JsonNode number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < EXACT) {
      return integer((long) value);
    }
    return FACTORY.numberNode(value);
  }
}
