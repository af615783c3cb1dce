package io.s3db.spark;

import io.s3db.documents.AttributeDescription;
import io.s3db.documents.ResourceDescription;
import io.s3db.documents.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * A resource's Spark schema, from its catalog entry alone: {@code id} first, then the attributes in
 * declaration order, dotted paths ({@code shipTo.city}) as nested structs.
 *
 * <p>Every column but {@code id} is nullable whatever the rule says: documents of an older version
 * may lack an attribute the current one requires. The rule and the value type stay in each leaf's
 * metadata ({@value #RULE}, {@value #TYPE}), so that a {@code json} column is known to hold JSON
 * text and a user can see the rule.
 */
final class SchemaMapping {
  static final String ID = "id";
  static final String RULE = "s3db.rule";
  static final String TYPE = "s3db.type";

  private SchemaMapping() {}

  static StructType schema(ResourceDescription description) {
    Node root = new Node();
    for (AttributeDescription attribute : description.attributes()) {
      if (!attribute.path().equals(ID)) {
        root.add(attribute.path().split("\\."), 0, attribute);
      }
    }
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(ID, DataTypes.StringType, false));
    fields.addAll(root.fields());
    return DataTypes.createStructType(fields);
  }

  /** The Spark type of a leaf's values. */
  static DataType type(ValueType type) {
    return switch (type) {
      case INTEGER -> DataTypes.LongType;
      case NUMBER -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATEONLY -> DataTypes.DateType;
      case DATETIME -> DataTypes.TimestampType;
      case STRING_ARRAY -> DataTypes.createArrayType(DataTypes.StringType, true);
      case INTEGER_ARRAY -> DataTypes.createArrayType(DataTypes.LongType, true);
      case NUMBER_ARRAY -> DataTypes.createArrayType(DataTypes.DoubleType, true);
      case BOOLEAN_ARRAY -> DataTypes.createArrayType(DataTypes.BooleanType, true);
      // text, and what has no closer Spark type: JSON as its JSON text, unsupported rules as stored
      case STRING, UUID, SECRET, JSON, UNSUPPORTED -> DataTypes.StringType;
    };
  }

  /** The value type a leaf column was made from; STRING for a column without that metadata. */
  static ValueType valueType(StructField field) {
    Metadata metadata = field.metadata();
    return metadata.contains(TYPE) ? ValueType.valueOf(metadata.getString(TYPE)) : ValueType.STRING;
  }

  /**
   * The full schema's fields that {@code required} names, with their metadata (Spark may hand back
   * pruned fields without it), nested structs pruned the same way.
   */
  static StructType prune(StructType full, StructType required) {
    List<StructField> fields = new ArrayList<>();
    for (StructField wanted : required.fields()) {
      StructField known = field(full, wanted.name());
      if (known == null) {
        fields.add(wanted);
      } else if (known.dataType() instanceof StructType fullStruct
          && wanted.dataType() instanceof StructType wantedStruct) {
        fields.add(
            new StructField(
                known.name(), prune(fullStruct, wantedStruct), known.nullable(), known.metadata()));
      } else {
        fields.add(known);
      }
    }
    return DataTypes.createStructType(fields);
  }

  private static @Nullable StructField field(StructType type, String name) {
    for (StructField field : type.fields()) {
      if (field.name().equals(name)) {
        return field;
      }
    }
    return null;
  }

  /** One object level of the document; keeps first-seen order. */
  private static final class Node {
    private final Map<String, Object> children = new LinkedHashMap<>();

    void add(String[] path, int at, AttributeDescription attribute) {
      String name = path[at];
      if (at == path.length - 1) {
        children.put(name, attribute);
        return;
      }
      Object child = children.get(name);
      Node node;
      if (child instanceof Node existing) {
        node = existing;
      } else {
        node = new Node();
        children.put(name, node);
      }
      node.add(path, at + 1, attribute);
    }

    List<StructField> fields() {
      List<StructField> fields = new ArrayList<>();
      children.forEach(
          (name, child) -> {
            if (child instanceof Node node) {
              fields.add(
                  DataTypes.createStructField(
                      name, DataTypes.createStructType(node.fields()), true));
            } else {
              AttributeDescription leaf = (AttributeDescription) child;
              Metadata metadata =
                  new MetadataBuilder()
                      .putString(RULE, leaf.rule())
                      .putString(TYPE, leaf.type().name())
                      .build();
              fields.add(new StructField(name, type(leaf.type()), true, metadata));
            }
          });
      return fields;
    }
  }
}
