package io.s3db.internal.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * JSON text to Jackson trees through the streaming parser, giving the nodes {@code
 * ObjectMapper.readTree} gives (ints, longs and big integers by size, other numbers as doubles, a
 * repeated key keeps its last value) without an {@code ObjectMapper}: building one and its first
 * {@code readTree} load some 300 classes and cost ~170 ms of a cold start, for the catalog read at
 * connect.
 */
public final class JsonTrees {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  /** A new empty object node. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /**
   * The first JSON value of {@code text}, or null when it holds none; what follows it is ignored.
   *
   * @throws IOException if the text does not start with a JSON value
   */
  public static @Nullable JsonNode readFirst(byte[] text) throws IOException {
    return readFirst(FACTORY.createParser(text));
  }

  /** {@link #readFirst(byte[])} of a string. */
  public static @Nullable JsonNode readFirst(String text) throws IOException {
    return readFirst(FACTORY.createParser(text));
  }

  private static @Nullable JsonNode readFirst(JsonParser parser) throws IOException {
    try (parser) {
      return parser.nextToken() == null ? null : read(parser);
    }
  }

  /**
   * The one JSON value of {@code text}, or null when it holds none.
   *
   * @throws IOException if the text is not one JSON value (something follows it, say)
   */
  public static @Nullable JsonNode readOnly(String text) throws IOException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        return null;
      }
      JsonNode node = read(parser);
      if (parser.nextToken() != null) {
        throw new IOException("trailing token " + parser.currentToken() + " after the value");
      }
      return node;
    }
  }

  /** The value at the parser's current token, which it ends on. */
  private static JsonNode read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, read(parser));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser));
        }
        return array;
      }
      case VALUE_STRING -> {
        return NODES.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(parser.getDoubleValue());
      }
      case VALUE_TRUE -> {
        return NODES.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return NODES.booleanNode(false);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new IOException("unexpected " + token);
    }
  }
}
