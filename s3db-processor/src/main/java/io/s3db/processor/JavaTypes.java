package io.s3db.processor;

import io.s3db.processor.model.FieldType;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** What a {@link TypeMirror} is, in the terms of the field types s3db supports. */
final class JavaTypes {
  private JavaTypes() {}

  /** The field type of a primitive, or null for {@code char}. */
  static FieldType primitive(TypeKind kind) {
    switch (kind) {
      case BYTE:
        return FieldType.BYTE;
      case SHORT:
        return FieldType.SHORT;
      case INT:
        return FieldType.INT;
      case LONG:
        return FieldType.LONG;
      case FLOAT:
        return FieldType.FLOAT;
      case DOUBLE:
        return FieldType.DOUBLE;
      case BOOLEAN:
        return FieldType.BOOLEAN;
      default:
        return null;
    }
  }

  /** The field type of a boxed primitive or another single-valued class, or null. */
  static FieldType boxedOrValue(String qualified) {
    switch (qualified) {
      case "java.lang.String":
        return FieldType.STRING;
      case "java.lang.Byte":
        return FieldType.BYTE;
      case "java.lang.Short":
        return FieldType.SHORT;
      case "java.lang.Integer":
        return FieldType.INT;
      case "java.lang.Long":
        return FieldType.LONG;
      case "java.lang.Float":
        return FieldType.FLOAT;
      case "java.lang.Double":
        return FieldType.DOUBLE;
      case "java.lang.Boolean":
        return FieldType.BOOLEAN;
      case "java.math.BigDecimal":
        return FieldType.BIG_DECIMAL;
      case "java.util.UUID":
        return FieldType.UUID;
      case "java.time.Instant":
        return FieldType.INSTANT;
      case "java.time.OffsetDateTime":
        return FieldType.OFFSET_DATE_TIME;
      case "java.time.LocalDate":
        return FieldType.LOCAL_DATE;
      default:
        return null;
    }
  }

  /**
   * Whether a declared type is a record (or a Kotlin data class) s3db can nest: not generic, and
   * not one of the value classes.
   */
  static boolean isNestableRecord(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    return declared.getTypeArguments().isEmpty()
        && boxedOrValue(element.getQualifiedName().toString()) == null
        && Properties.isStorable(element);
  }

  static boolean isString(TypeMirror type) {
    return isClass(type, "java.lang.String");
  }

  static boolean isObject(TypeMirror type) {
    return isClass(type, "java.lang.Object");
  }

  private static boolean isClass(TypeMirror type, String name) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(name);
  }
}
