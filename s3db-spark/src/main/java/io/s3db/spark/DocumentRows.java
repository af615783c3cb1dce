package io.s3db.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.documents.ValueType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;

/**
 * Documents as Spark rows of a (possibly pruned) schema made by {@link SchemaMapping}: Spark's
 * internal values (UTF-8 strings, days since the epoch for dates, microseconds for timestamps). A
 * value that does not fit its column (a document of an older version) becomes null rather than
 * failing the task.
 */
final class DocumentRows {
  private final StructType schema;

  DocumentRows(StructType schema) {
    this.schema = schema;
  }

  InternalRow row(ObjectNode document) {
    return struct(schema, document);
  }

  /** A row of the id alone, for reads that need no other column (no HEAD at all). */
  InternalRow idRow(String id) {
    @Nullable Object[] values = new Object[schema.fields().length];
    for (int i = 0; i < values.length; i++) {
      if (schema.fields()[i].name().equals(SchemaMapping.ID)) {
        values[i] = UTF8String.fromString(id);
      }
    }
    return new GenericInternalRow(values);
  }

  private static InternalRow struct(StructType type, JsonNode node) {
    StructField[] fields = type.fields();
    @Nullable Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      JsonNode child = node.get(fields[i].name());
      values[i] = child == null ? null : value(fields[i], fields[i].dataType(), child);
    }
    return new GenericInternalRow(values);
  }

  private static @Nullable Object value(StructField field, DataType type, JsonNode node) {
    if (node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (type instanceof StructType struct) {
      return node.isObject() ? struct(struct, node) : null;
    }
    if (type instanceof ArrayType array) {
      if (!node.isArray()) {
        return null;
      }
      @Nullable Object[] items = new Object[node.size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = value(field, array.elementType(), node.get(i));
      }
      return new GenericArrayData(items);
    }
    if (type.equals(DataTypes.StringType)) {
      // a json attribute is its JSON text, whatever its value: from_json reads any of them alike
      boolean json = SchemaMapping.valueType(field) == ValueType.JSON;
      return UTF8String.fromString(json || !node.isValueNode() ? node.toString() : node.asText());
    }
    if (type.equals(DataTypes.LongType)) {
      return node.canConvertToLong() ? node.asLong() : null;
    }
    if (type.equals(DataTypes.DoubleType)) {
      return node.isNumber() ? node.asDouble() : null;
    }
    if (type.equals(DataTypes.BooleanType)) {
      return node.isBoolean() ? node.asBoolean() : null;
    }
    try {
      if (type.equals(DataTypes.DateType)) {
        return (int) LocalDate.parse(node.asText()).toEpochDay();
      }
      if (type.equals(DataTypes.TimestampType)) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse(node.asText()));
      }
    } catch (DateTimeParseException notADate) {
      return null;
    }
    return null;
  }
}
