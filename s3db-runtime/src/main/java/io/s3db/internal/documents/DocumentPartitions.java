package io.s3db.internal.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PartitionKey;
import io.s3db.spi.Attribute;
import io.s3db.spi.PartitionDefinition;
import io.s3db.spi.PartitionKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A document resource's partitions as the engine's {@link PartitionDefinition}s, and the keys
 * callers ask for by name and values. Both render values through {@link DocumentValues#addTo}, so a
 * key asked for equals the key of a document with those values.
 */
final class DocumentPartitions {
  private final DocumentSchema schema;

  DocumentPartitions(DocumentSchema schema) {
    this.schema = schema;
  }

  List<PartitionDefinition<ObjectNode>> definitions() {
    List<PartitionDefinition<ObjectNode>> definitions = new ArrayList<>();
    schema
        .partitions()
        .forEach(
            (name, fields) -> {
              List<Attribute> attributes = new ArrayList<>();
              fields.forEach((path, rule) -> attributes.add(Attribute.of(path, rule)));
              definitions.add(
                  new PartitionDefinition<>(name, attributes, document -> keyOf(name, document)));
            });
    return definitions;
  }

  /** The document's key in the partition; null when a field's value is absent (no reference). */
  private PartitionKey<ObjectNode> keyOf(String name, ObjectNode document) {
    PartitionKeys.Builder<ObjectNode> key = PartitionKeys.builder(schema.name(), name);
    for (Map.Entry<String, String> field : fieldsOf(name).entrySet()) {
      Field attribute = schema.field(field.getKey());
      JsonNode value = Nodes.at(document, field.getKey().split("\\."));
      if (attribute == null || value == null) {
        return nullKey();
      }
      try {
        DocumentValues.addTo(key, field.getKey(), attribute.rule().type(), field.getValue(), value);
      } catch (IllegalArgumentException e) {
        return nullKey(); // a stored value no key can be made of: this record has no reference
      }
    }
    return key.build();
  }

  @SuppressWarnings("NullAway") // PartitionDefinition.keyOf returns null for "no reference"
  private static PartitionKey<ObjectNode> nullKey() {
    return null;
  }

  /**
   * The key of partition {@code name} with these values.
   *
   * @throws IllegalArgumentException naming the partitions or fields there are
   */
  PartitionKey<ObjectNode> key(String name, Map<String, ?> values) {
    Map<String, String> fields = schema.partitions().get(name);
    if (fields == null) {
      throw new IllegalArgumentException(
          "Resource '"
              + schema.name()
              + "' has no partition '"
              + name
              + "'; its partitions: "
              + schema.partitions().keySet()
              + (schema.versioning() ? " (and byVersion: PartitionKey.byVersion)" : "")
              + ".");
    }
    if (!fields.keySet().equals(values.keySet())) {
      throw new IllegalArgumentException(
          "Partition '"
              + name
              + "' of resource '"
              + schema.name()
              + "' has the fields "
              + new TreeSet<>(fields.keySet())
              + "; given "
              + new TreeSet<>(values.keySet())
              + ".");
    }
    PartitionKeys.Builder<ObjectNode> key = PartitionKeys.builder(schema.name(), name);
    for (Map.Entry<String, String> field : fields.entrySet()) {
      Object value = values.get(field.getKey());
      if (value == null) {
        throw new IllegalArgumentException(
            "Partition field '" + field.getKey() + "' of '" + name + "' has no value.");
      }
      Field attribute = Objects.requireNonNull(schema.field(field.getKey()), field.getKey());
      DocumentValues.addTo(
          key,
          field.getKey(),
          attribute.rule().type(),
          field.getValue(),
          DocumentValues.fromJava(field.getKey(), value));
    }
    return key.build();
  }

  private Map<String, String> fieldsOf(String name) {
    return Objects.requireNonNull(schema.partitions().get(name));
  }
}
