package io.s3db.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.documents.ValueType;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark rows as documents, the inverse of {@link DocumentRows}: nulls are left out (an absent
 * optional value, or an id to generate), a {@code json} column's text is parsed back into JSON,
 * dates and timestamps become s3db's ISO-8601 text. What the row holds is then validated by {@code
 * Documents} as any insert is.
 */
final class RowDocuments {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final StructType schema;

  RowDocuments(StructType schema) {
    this.schema = schema;
  }

  ObjectNode document(InternalRow row) {
    return object(schema, row);
  }

  private static ObjectNode object(StructType type, InternalRow row) {
    ObjectNode node = NODES.objectNode();
    StructField[] fields = type.fields();
    for (int i = 0; i < fields.length; i++) {
      if (!row.isNullAt(i)) {
        node.set(fields[i].name(), value(fields[i], fields[i].dataType(), row, i));
      }
    }
    return node;
  }

  private static JsonNode value(StructField field, DataType type, InternalRow row, int i) {
    if (type instanceof StructType struct) {
      return object(struct, row.getStruct(i, struct.fields().length));
    }
    if (type instanceof ArrayType array) {
      return array(field, array.elementType(), row.getArray(i));
    }
    return leaf(field, type, row.get(i, type));
  }

  private static ArrayNode array(StructField field, DataType element, ArrayData data) {
    ArrayNode node = NODES.arrayNode();
    for (int i = 0; i < data.numElements(); i++) {
      node.add(data.isNullAt(i) ? NODES.nullNode() : leaf(field, element, data.get(i, element)));
    }
    return node;
  }

  private static JsonNode leaf(StructField field, DataType type, Object value) {
    if (type.equals(DataTypes.StringType)) {
      String text = value.toString();
      return SchemaMapping.valueType(field) == ValueType.JSON
          ? parse(field, text)
          : NODES.textNode(text);
    }
    if (type.equals(DataTypes.LongType)) {
      return NODES.numberNode((Long) value);
    }
    if (type.equals(DataTypes.IntegerType)) {
      return NODES.numberNode((Integer) value);
    }
    if (type.equals(DataTypes.DoubleType)) {
      return NODES.numberNode((Double) value);
    }
    if (type.equals(DataTypes.BooleanType)) {
      return NODES.booleanNode((Boolean) value);
    }
    if (type.equals(DataTypes.DateType)) {
      return NODES.textNode(LocalDate.ofEpochDay((Integer) value).toString());
    }
    if (type.equals(DataTypes.TimestampType)) {
      long micros = (Long) value;
      Instant at =
          Instant.EPOCH
              .plusSeconds(Math.floorDiv(micros, 1_000_000L))
              .plusNanos(Math.floorMod(micros, 1_000_000L) * 1_000L);
      return NODES.textNode(at.toString());
    }
    throw new IllegalArgumentException(
        "column "
            + field.name()
            + " has type "
            + type.simpleString()
            + ", which s3db does not store");
  }

  private static JsonNode parse(StructField field, String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("column " + field.name() + " holds no JSON: " + text, e);
    }
  }
}
