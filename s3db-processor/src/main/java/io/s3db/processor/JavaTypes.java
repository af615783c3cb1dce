package io.s3db.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.WildcardTypeName;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.FieldType;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** What a {@link TypeMirror} is, in the terms of the field types s3db supports. */
final class JavaTypes {
  private JavaTypes() {}

  /** The field type of a primitive, or null for {@code char}. */
  static FieldType primitive(TypeKind kind) {
    return switch (kind) {
      case BYTE -> FieldType.BYTE;
      case SHORT -> FieldType.SHORT;
      case INT -> FieldType.INT;
      case LONG -> FieldType.LONG;
      case FLOAT -> FieldType.FLOAT;
      case DOUBLE -> FieldType.DOUBLE;
      case BOOLEAN -> FieldType.BOOLEAN;
      default -> null;
    };
  }

  /** The field type of a boxed primitive or another single-valued class, or null. */
  static FieldType boxedOrValue(String qualified) {
    return switch (qualified) {
      case "java.lang.String" -> FieldType.STRING;
      case "java.lang.Byte" -> FieldType.BYTE;
      case "java.lang.Short" -> FieldType.SHORT;
      case "java.lang.Integer" -> FieldType.INT;
      case "java.lang.Long" -> FieldType.LONG;
      case "java.lang.Float" -> FieldType.FLOAT;
      case "java.lang.Double" -> FieldType.DOUBLE;
      case "java.lang.Boolean" -> FieldType.BOOLEAN;
      case "java.math.BigDecimal" -> FieldType.BIG_DECIMAL;
      case "java.util.UUID" -> FieldType.UUID;
      case "java.time.Instant" -> FieldType.INSTANT;
      case "java.time.OffsetDateTime" -> FieldType.OFFSET_DATE_TIME;
      case "java.time.LocalDate" -> FieldType.LOCAL_DATE;
      default -> null;
    };
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

  /**
   * {@code Map<String, String>}, or {@code Map<String, Object>} (and {@code ?}) as JSON; null for
   * others.
   */
  static FieldModel map(String name, String path, TypeMirror value) {
    ClassName map = ClassName.get(Map.class);
    ClassName string = ClassName.get(String.class);
    if (JavaTypes.isString(value)) {
      return FieldModel.scalar(
          name, path, FieldType.STRING_MAP, ParameterizedTypeName.get(map, string, string));
    }
    boolean unboundedWildcard =
        value.getKind() == TypeKind.WILDCARD
            && ((WildcardType) value).getExtendsBound() == null
            && ((WildcardType) value).getSuperBound() == null;
    if (JavaTypes.isObject(value) || unboundedWildcard) {
      TypeName valueType =
          JavaTypes.isObject(value) ? ClassName.OBJECT : WildcardTypeName.subtypeOf(Object.class);
      return FieldModel.scalar(
          name, path, FieldType.JSON, ParameterizedTypeName.get(map, string, valueType));
    }
    return null;
  }
}
