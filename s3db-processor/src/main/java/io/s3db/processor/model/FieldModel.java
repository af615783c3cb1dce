package io.s3db.processor.model;

import com.squareup.javapoet.TypeName;
import java.util.List;

/**
 * One record component, one component of a nested record, or the element of a collection.
 *
 * @param name the component name ({@code city}); for a collection element, the collection's name
 * @param path the dotted path from the resource record ({@code profile.city})
 * @param javaType the declared Java type, without type annotations
 * @param primitive whether it is a Java primitive (never absent)
 * @param nullable whether it may be absent: {@code @Nullable} and without {@code @NotNull}
 * @param secret whether it is {@code @Secret}: encrypted at rest, never shown in messages
 * @param components for {@link FieldType#RECORD}, the nested record's components; empty otherwise
 * @param element for {@link FieldType#LIST} and {@link FieldType#SET}, the element; null otherwise
 * @param enumConstants for {@link FieldType#ENUM}, the constants in declaration order
 * @param constraints the validation rules declared on it
 */
public record FieldModel(
    String name,
    String path,
    FieldType type,
    TypeName javaType,
    boolean primitive,
    boolean nullable,
    boolean secret,
    List<FieldModel> components,
    FieldModel element,
    List<String> enumConstants,
    Constraints constraints) {

  public boolean isRecord() {
    return type == FieldType.RECORD;
  }

  /**
   * The s3db.js rule string of this leaf ({@code string|min:2|max:100|optional}), which s3db.js validates
   * against and which makes up the catalog's definition hash.
   */
  public String rule() {
    return Rules.of(this);
  }

  /**
   * Whether the stored value is the plain text of the value (a string, an enum's name, a decimal's
   * digits), which {@code truncate-data} may cut. Secrets are stored encrypted.
   */
  public boolean truncatable() {
    return !secret && (type == FieldType.STRING || type == FieldType.ENUM || type == FieldType.BIG_DECIMAL);
  }

  /** Whether every value beneath this field can be absent, so a present record may write no key at all. */
  public boolean canBeEmpty() {
    if (!isRecord()) {
      return nullable && constraints.defaultValue() == null && !secret;
    }
    return nullable || components.stream().allMatch(FieldModel::canBeEmpty);
  }
}
