package io.s3db.processor.generator;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import io.s3db.processor.RuntimeTypes;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The code that writes, reads and defaults one value of each {@link FieldType}. */
final class ValueCode {
  private ValueCode() {}

  /** A statement writing a present {@code value} under {@code key}. */
  static CodeBlock write(FieldModel field, String key, CodeBlock value) {
    switch (field.type()) {
      case STRING:
        return CodeBlock.of(
            "out.$N($N, $L);\n", field.secret() ? "putSecret" : "putString", key, value);
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
        return CodeBlock.of("out.putInteger($N, $L);\n", key, value);
      case FLOAT:
        return CodeBlock.of("out.putFloat($N, $L);\n", key, value);
      case DOUBLE:
        return CodeBlock.of("out.putDecimal($N, $L);\n", key, value);
      case BOOLEAN:
        return CodeBlock.of("out.putBoolean($N, $L);\n", key, value);
      case BIG_DECIMAL:
        return CodeBlock.of("out.putString($N, $L.toString());\n", key, value);
      case ENUM:
        return CodeBlock.of("out.putString($N, $L.name());\n", key, value);
      case UUID:
        return CodeBlock.of("out.putUuid($N, $L);\n", key, value);
      case INSTANT:
        return CodeBlock.of("out.putDatetime($N, $L);\n", key, value);
      case OFFSET_DATE_TIME:
        return CodeBlock.of("out.putDatetime($N, $L.toInstant());\n", key, value);
      case LOCAL_DATE:
        return CodeBlock.of("out.putDateOnly($N, $L);\n", key, value);
      case LIST:
      case SET:
        return writeItems(field.element(), key, value);
      case JSON:
      case STRING_MAP:
        return CodeBlock.of("out.putJson($N, $L);\n", key, value);
      default:
        throw new IllegalArgumentException("no writer for " + field.type());
    }
  }

  private static CodeBlock writeItems(FieldModel element, String key, CodeBlock value) {
    switch (element.type()) {
      case STRING:
        return CodeBlock.of("out.putStrings($N, $L);\n", key, value);
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
        return CodeBlock.of("out.putIntegers($N, $L);\n", key, value);
      case FLOAT:
      case DOUBLE:
        return CodeBlock.of("out.putDecimals($N, $L);\n", key, value);
      case BOOLEAN:
        return CodeBlock.of("out.putBooleans($N, $L);\n", key, value);
      default:
        return CodeBlock.of(
            "out.putStrings($N, $T.texts($L));\n", key, RuntimeTypes.CODEC_SUPPORT, value);
    }
  }

  /** An expression reading a present value under {@code key}. */
  static CodeBlock read(FieldModel field, String key) {
    String path = field.path();
    switch (field.type()) {
      case STRING:
        return CodeBlock.of(
            "in.$N($N, $S)", field.secret() ? "requireSecret" : "requireString", key, path);
      case BYTE:
        return CodeBlock.of("in.requireByte($N, $S)", key, path);
      case SHORT:
        return CodeBlock.of("in.requireShort($N, $S)", key, path);
      case INT:
        return CodeBlock.of("in.requireInt($N, $S)", key, path);
      case LONG:
        return CodeBlock.of("in.requireLong($N, $S)", key, path);
      case FLOAT:
        return CodeBlock.of("in.requireFloat($N, $S)", key, path);
      case DOUBLE:
        return CodeBlock.of("in.requireDouble($N, $S)", key, path);
      case BOOLEAN:
        return CodeBlock.of("in.requireBoolean($N, $S)", key, path);
      case BIG_DECIMAL:
        return CodeBlock.of("in.requireBigDecimal($N, $S)", key, path);
      case ENUM:
        return CodeBlock.of("in.requireEnum($N, $S, $T::valueOf)", key, path, field.javaType());
      case UUID:
        return CodeBlock.of("in.requireUuid($N, $S)", key, path);
      case INSTANT:
        return CodeBlock.of("in.requireInstant($N, $S)", key, path);
      case OFFSET_DATE_TIME:
        return CodeBlock.of("in.requireOffsetDateTime($N, $S)", key, path);
      case LOCAL_DATE:
        return CodeBlock.of("in.requireLocalDate($N, $S)", key, path);
      case LIST:
        return readItems(field.element(), key, path);
      case SET:
        return CodeBlock.of(
            "$T.toSet($L)", RuntimeTypes.CODEC_SUPPORT, readItems(field.element(), key, path));
      case JSON:
        return field.javaType() instanceof ClassName
            ? CodeBlock.of("in.requireJson($N, $S)", key, path)
            : CodeBlock.of("in.requireJsonMap($N, $S)", key, path);
      case STRING_MAP:
        return CodeBlock.of("in.requireStringMap($N, $S)", key, path);
      default:
        throw new IllegalArgumentException("no reader for " + field.type());
    }
  }

  private static CodeBlock readItems(FieldModel element, String key, String path) {
    switch (element.type()) {
      case STRING:
        return CodeBlock.of("in.strings($N)", key);
      case BYTE:
        return CodeBlock.of("in.bytes($N, $S)", key, path);
      case SHORT:
        return CodeBlock.of("in.shorts($N, $S)", key, path);
      case INT:
        return CodeBlock.of("in.ints($N, $S)", key, path);
      case LONG:
        return CodeBlock.of("in.longs($N, $S)", key, path);
      case FLOAT:
        return CodeBlock.of("in.floats($N, $S)", key, path);
      case DOUBLE:
        return CodeBlock.of("in.doubles($N, $S)", key, path);
      case BOOLEAN:
        return CodeBlock.of("in.booleans($N, $S)", key, path);
      case BIG_DECIMAL:
        return CodeBlock.of("in.bigDecimals($N, $S)", key, path);
      case UUID:
        return CodeBlock.of("in.uuids($N, $S)", key, path);
      case ENUM:
        return CodeBlock.of("in.enums($N, $S, $T::valueOf)", key, path, element.javaType());
      default:
        throw new IllegalArgumentException("no list reader for " + element.type());
    }
  }

  /**
   * The {@code @Default} value as a Java expression of the field's type (already checked to parse).
   */
  static CodeBlock defaultValue(FieldModel field) {
    String text = field.constraints().defaultValue();
    switch (field.type()) {
      case STRING:
        return CodeBlock.of("$S", text);
      case BYTE:
        return CodeBlock.of("(byte) $L", Byte.parseByte(text));
      case SHORT:
        return CodeBlock.of("(short) $L", Short.parseShort(text));
      case INT:
        return CodeBlock.of("$L", Integer.parseInt(text));
      case LONG:
        return CodeBlock.of("$LL", Long.parseLong(text));
      case FLOAT:
        return CodeBlock.of("$Lf", Float.parseFloat(text));
      case DOUBLE:
        return CodeBlock.of("$L", Double.toString(Double.parseDouble(text)));
      case BOOLEAN:
        return CodeBlock.of("$L", Boolean.parseBoolean(text));
      case BIG_DECIMAL:
        return CodeBlock.of("new $T($S)", BigDecimal.class, text);
      case ENUM:
        return CodeBlock.of("$T.$N", field.javaType(), text);
      case UUID:
        return CodeBlock.of("$T.fromString($S)", UUID.class, text);
      case INSTANT:
        return CodeBlock.of("$T.parse($S)", Instant.class, text);
      case OFFSET_DATE_TIME:
        return CodeBlock.of("$T.parse($S)", OffsetDateTime.class, text);
      case LOCAL_DATE:
        return CodeBlock.of("$T.parse($S)", LocalDate.class, text);
      default:
        throw new IllegalArgumentException("no default for " + field.type());
    }
  }
}
