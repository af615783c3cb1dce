package io.s3db.internal.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.internal.format.Dates;
import io.s3db.internal.format.Uuids;
import io.s3db.spi.Defaults;
import io.s3db.spi.MetadataReader;
import io.s3db.spi.MetadataWriter;
import io.s3db.spi.ResourceCodec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Documents to and from metadata, field by field through the same {@link MetadataWriter} and {@link
 * MetadataReader} calls a generated codec makes for the Java type of each rule, so both paths store
 * and read every value alike. Documents it is given are never changed: it works on copies.
 */
final class DocumentCodec implements ResourceCodec<ObjectNode> {
  private static final String ID = "id";
  private static final String[] CREATED_AT = {"createdAt"};
  private static final String[] UPDATED_AT = {"updatedAt"};

  private final DocumentSchema schema;

  DocumentCodec(DocumentSchema schema) {
    this.schema = schema;
  }

  @Override
  public @Nullable String id(ObjectNode document) {
    JsonNode id = document.get(ID);
    return id == null || id.isNull() ? null : id.isTextual() ? id.textValue() : id.toString();
  }

  @Override
  public ObjectNode withId(ObjectNode document, String id) {
    ObjectNode copy = Nodes.FACTORY.objectNode();
    copy.put(ID, id);
    document.properties().forEach(e -> copy.putIfAbsent(e.getKey(), e.getValue().deepCopy()));
    return copy;
  }

  /** Each rule's default value, and a generated password for a required secret left out. */
  @Override
  public ObjectNode applyDefaults(ObjectNode document, Defaults defaults) {
    ObjectNode copy = document.deepCopy();
    for (Field field : schema.fields()) {
      String[] segments = field.segments();
      if (Nodes.at(copy, segments) != null || !parentPresent(copy, segments)) {
        continue;
      }
      String value = field.rule().defaultValue();
      if (value != null) {
        Nodes.put(copy, segments, DocumentValues.fromRuleText(field.rule().type(), value));
      } else if (field.rule().secret() && !field.rule().optional()) {
        Nodes.put(copy, segments, Nodes.FACTORY.textNode(defaults.password()));
      }
    }
    return copy;
  }

  private static boolean parentPresent(JsonNode document, String[] segments) {
    if (segments.length == 1) {
      return true;
    }
    String[] parent = new String[segments.length - 1];
    System.arraycopy(segments, 0, parent, 0, parent.length);
    return Nodes.at(document, parent) instanceof ObjectNode;
  }

  @Override
  public ObjectNode withTimestamps(
      ObjectNode document, @Nullable Instant createdAt, @Nullable Instant updatedAt) {
    ObjectNode copy = document.deepCopy();
    stamp(copy, CREATED_AT, createdAt);
    stamp(copy, UPDATED_AT, updatedAt);
    return copy;
  }

  private static void stamp(ObjectNode document, String[] path, @Nullable Instant at) {
    if (at == null) {
      Nodes.remove(document, path);
    } else {
      Nodes.put(document, path, Nodes.FACTORY.textNode(Dates.toIsoString(at)));
    }
  }

  @Override
  public @Nullable Instant createdAt(ObjectNode document) {
    JsonNode value = Nodes.at(document, CREATED_AT);
    return value == null ? null : DocumentValues.instant(value);
  }

  /** Writes every present value; the validator has checked each against its rule. */
  @Override
  public void encode(ObjectNode document, MetadataWriter out) {
    for (Field field : schema.fields()) {
      JsonNode value = Nodes.at(document, field.segments());
      if (value != null) {
        write(field, value, out);
      }
    }
    for (Map.Entry<String, String> object : schema.objectKeys().entrySet()) {
      JsonNode value = document.get(object.getKey());
      if (value instanceof ObjectNode present && !hasLeaf(present, object.getKey())) {
        out.putEmptyObject(object.getValue()); // stored as {} so that it reads back present
      }
    }
  }

  private boolean hasLeaf(ObjectNode object, String name) {
    for (Field field : schema.fields()) {
      String[] segments = field.segments();
      if (segments.length > 1 && segments[0].equals(name)) {
        String[] rest = new String[segments.length - 1];
        System.arraycopy(segments, 1, rest, 0, rest.length);
        if (Nodes.at(object, rest) != null) {
          return true;
        }
      }
    }
    return false;
  }

  private static void write(Field field, JsonNode value, MetadataWriter out) {
    String key = field.codecKey();
    switch (field.rule().type()) {
      case STRING -> out.putString(key, value.textValue());
      case INTEGER -> out.putInteger(key, value.longValue());
      case NUMBER -> out.putDecimal(key, value.doubleValue());
      case BOOLEAN -> out.putBoolean(key, value.booleanValue());
      case UUID -> out.putUuid(key, Uuids.parse(value.textValue()));
      case DATETIME -> out.putDatetime(key, DocumentValues.instant(value));
      case DATEONLY -> out.putDateOnly(key, LocalDate.parse(value.textValue()));
      case JSON -> out.putJson(key, value);
      case SECRET -> out.putSecret(key, value.textValue());
      case STRING_ARRAY -> out.putStrings(key, items(value, JsonNode::textValue));
      case INTEGER_ARRAY -> out.putIntegers(key, items(value, JsonNode::longValue));
      case NUMBER_ARRAY -> out.putDecimals(key, items(value, JsonNode::doubleValue));
      case BOOLEAN_ARRAY -> out.putBooleans(key, items(value, JsonNode::booleanValue));
      case UNSUPPORTED ->
          throw new IllegalStateException("read-only resources are refused before encoding");
    }
  }

  private static <V> List<V> items(JsonNode array, java.util.function.Function<JsonNode, V> item) {
    List<V> values = new ArrayList<>(array.size());
    array.forEach(element -> values.add(item.apply(element)));
    return values;
  }

  @Override
  public ObjectNode decode(String id, MetadataReader in) {
    ObjectNode document = Nodes.FACTORY.objectNode();
    document.put(ID, id);
    for (Field field : schema.fields()) {
      if (in.has(field.codecKey())) {
        JsonNode value = read(field, in);
        if (value != null) {
          Nodes.put(document, field.segments(), value);
        }
      }
    }
    for (Map.Entry<String, String> object : schema.objectKeys().entrySet()) {
      if (!document.has(object.getKey()) && in.has(object.getValue())) {
        document.putObject(object.getKey());
      }
    }
    return document;
  }

  private static @Nullable JsonNode read(Field field, MetadataReader in) {
    String key = field.codecKey();
    String path = field.path();
    return switch (field.rule().type()) {
      case STRING, UNSUPPORTED -> Nodes.FACTORY.textNode(in.requireString(key, path));
      case INTEGER -> Nodes.integer(in.requireLong(key, path));
      case NUMBER -> Nodes.number(in.requireDouble(key, path));
      case BOOLEAN -> Nodes.FACTORY.booleanNode(in.requireBoolean(key, path));
      case UUID -> Nodes.FACTORY.textNode(in.requireUuid(key, path).toString());
      case DATETIME -> Nodes.FACTORY.textNode(Dates.toIsoString(in.requireInstant(key, path)));
      case DATEONLY -> Nodes.FACTORY.textNode(Dates.isoDate(in.requireLocalDate(key, path)));
      case JSON -> in.requireJson(key, path);
      case SECRET -> {
        String secret = in.secret(key, path);
        yield secret == null ? null : Nodes.FACTORY.textNode(secret);
      }
      case STRING_ARRAY -> array(in.strings(key), v -> Nodes.FACTORY.textNode(v));
      case INTEGER_ARRAY -> array(in.longs(key, path), Nodes::integer);
      case NUMBER_ARRAY -> array(in.doubles(key, path), Nodes::number);
      case BOOLEAN_ARRAY -> array(in.booleans(key, path), v -> Nodes.FACTORY.booleanNode(v));
    };
  }

  private static <V> ArrayNode array(
      List<V> values, java.util.function.Function<V, JsonNode> node) {
    ArrayNode array = Nodes.FACTORY.arrayNode(values.size());
    values.forEach(v -> array.add(node.apply(v)));
    return array;
  }
}
