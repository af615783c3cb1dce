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
    return switch (field.type()) {
      case STRING ->
          CodeBlock.of("out.$N($N, $L);\n", field.secret() ? "putSecret" : "putString", key, value);
      case BYTE, SHORT, INT, LONG -> CodeBlock.of("out.putInteger($N, $L);\n", key, value);
      case FLOAT -> CodeBlock.of("out.putFloat($N, $L);\n", key, value);
      case DOUBLE -> CodeBlock.of("out.putDecimal($N, $L);\n", key, value);
      case BOOLEAN -> CodeBlock.of("out.putBoolean($N, $L);\n", key, value);
      case BIG_DECIMAL -> CodeBlock.of("out.putString($N, $L.toString());\n", key, value);
      case ENUM -> CodeBlock.of("out.putString($N, $L.name());\n", key, value);
      case UUID -> CodeBlock.of("out.putUuid($N, $L);\n", key, value);
      case INSTANT -> CodeBlock.of("out.putDatetime($N, $L);\n", key, value);
      case OFFSET_DATE_TIME -> CodeBlock.of("out.putDatetime($N, $L.toInstant());\n", key, value);
      case LOCAL_DATE -> CodeBlock.of("out.putDateOnly($N, $L);\n", key, value);
      case LIST, SET -> writeItems(field.element(), key, value);
      case JSON, STRING_MAP -> CodeBlock.of("out.putJson($N, $L);\n", key, value);
      default -> throw new IllegalArgumentException("no writer for " + field.type());
    };
  }

  private static CodeBlock writeItems(FieldModel element, String key, CodeBlock value) {
    return switch (element.type()) {
      case STRING -> CodeBlock.of("out.putStrings($N, $L);\n", key, value);
      case BYTE, SHORT, INT, LONG -> CodeBlock.of("out.putIntegers($N, $L);\n", key, value);
      case FLOAT, DOUBLE -> CodeBlock.of("out.putDecimals($N, $L);\n", key, value);
      case BOOLEAN -> CodeBlock.of("out.putBooleans($N, $L);\n", key, value);
      default ->
          CodeBlock.of(
              "out.putStrings($N, $T.texts($L));\n", key, RuntimeTypes.CODEC_SUPPORT, value);
    };
  }

  /** An expression reading a present value under {@code key}. */
  static CodeBlock read(FieldModel field, String key) {
    String path = field.path();
    return switch (field.type()) {
      case STRING ->
          CodeBlock.of(
              "in.$N($N, $S)", field.secret() ? "requireSecret" : "requireString", key, path);
      case BYTE -> CodeBlock.of("in.requireByte($N, $S)", key, path);
      case SHORT -> CodeBlock.of("in.requireShort($N, $S)", key, path);
      case INT -> CodeBlock.of("in.requireInt($N, $S)", key, path);
      case LONG -> CodeBlock.of("in.requireLong($N, $S)", key, path);
      case FLOAT -> CodeBlock.of("in.requireFloat($N, $S)", key, path);
      case DOUBLE -> CodeBlock.of("in.requireDouble($N, $S)", key, path);
      case BOOLEAN -> CodeBlock.of("in.requireBoolean($N, $S)", key, path);
      case BIG_DECIMAL -> CodeBlock.of("in.requireBigDecimal($N, $S)", key, path);
      case ENUM -> CodeBlock.of("in.requireEnum($N, $S, $T::valueOf)", key, path, field.javaType());
      case UUID -> CodeBlock.of("in.requireUuid($N, $S)", key, path);
      case INSTANT -> CodeBlock.of("in.requireInstant($N, $S)", key, path);
      case OFFSET_DATE_TIME -> CodeBlock.of("in.requireOffsetDateTime($N, $S)", key, path);
      case LOCAL_DATE -> CodeBlock.of("in.requireLocalDate($N, $S)", key, path);
      case LIST -> readItems(field.element(), key, path);
      case SET ->
          CodeBlock.of(
              "$T.toSet($L)", RuntimeTypes.CODEC_SUPPORT, readItems(field.element(), key, path));
      case JSON ->
          field.javaType() instanceof ClassName
              ? CodeBlock.of("in.requireJson($N, $S)", key, path)
              : CodeBlock.of("in.requireJsonMap($N, $S)", key, path);
      case STRING_MAP -> CodeBlock.of("in.requireStringMap($N, $S)", key, path);
      default -> throw new IllegalArgumentException("no reader for " + field.type());
    };
  }

  private static CodeBlock readItems(FieldModel element, String key, String path) {
    return switch (element.type()) {
      case STRING -> CodeBlock.of("in.strings($N)", key);
      case BYTE -> CodeBlock.of("in.bytes($N, $S)", key, path);
      case SHORT -> CodeBlock.of("in.shorts($N, $S)", key, path);
      case INT -> CodeBlock.of("in.ints($N, $S)", key, path);
      case LONG -> CodeBlock.of("in.longs($N, $S)", key, path);
      case FLOAT -> CodeBlock.of("in.floats($N, $S)", key, path);
      case DOUBLE -> CodeBlock.of("in.doubles($N, $S)", key, path);
      case BOOLEAN -> CodeBlock.of("in.booleans($N, $S)", key, path);
      case BIG_DECIMAL -> CodeBlock.of("in.bigDecimals($N, $S)", key, path);
      case UUID -> CodeBlock.of("in.uuids($N, $S)", key, path);
      case ENUM -> CodeBlock.of("in.enums($N, $S, $T::valueOf)", key, path, element.javaType());
      default -> throw new IllegalArgumentException("no list reader for " + element.type());
    };
  }

  /**
   * The {@code @Default} value as a Java expression of the field's type (already checked to parse).
   */
  static CodeBlock defaultValue(FieldModel field) {
    String text = field.constraints().defaultValue();
    return switch (field.type()) {
      case STRING -> CodeBlock.of("$S", text);
      case BYTE -> CodeBlock.of("(byte) $L", Byte.parseByte(text));
      case SHORT -> CodeBlock.of("(short) $L", Short.parseShort(text));
      case INT -> CodeBlock.of("$L", Integer.parseInt(text));
      case LONG -> CodeBlock.of("$LL", Long.parseLong(text));
      case FLOAT -> CodeBlock.of("$Lf", Float.parseFloat(text));
      case DOUBLE -> CodeBlock.of("$L", Double.toString(Double.parseDouble(text)));
      case BOOLEAN -> CodeBlock.of("$L", Boolean.parseBoolean(text));
      case BIG_DECIMAL -> CodeBlock.of("new $T($S)", BigDecimal.class, text);
      case ENUM -> CodeBlock.of("$T.$N", field.javaType(), text);
      case UUID -> CodeBlock.of("$T.fromString($S)", UUID.class, text);
      case INSTANT -> CodeBlock.of("$T.parse($S)", Instant.class, text);
      case OFFSET_DATE_TIME -> CodeBlock.of("$T.parse($S)", OffsetDateTime.class, text);
      case LOCAL_DATE -> CodeBlock.of("$T.parse($S)", LocalDate.class, text);
      default -> throw new IllegalArgumentException("no default for " + field.type());
    };
  }
}
