package io.s3db.processor.model;

import com.squareup.javapoet.TypeName;
import java.util.List;

/**
 * One record component, one component of a nested record, or the element of a collection. Built by
 * the factories below ({@link #scalar}, {@link #record}, …), each of which sets only what its kind
 * has.
 *
 * @param name the component name ({@code city}); for a collection element, the collection's name
 * @param path the dotted path from the resource record ({@code profile.city})
 * @param javaType the declared Java type, without type annotations
 * @param primitive whether it is a Java primitive (never absent)
 * @param nullable whether it may be absent: {@code @Nullable} and without {@code @NotNull}
 * @param secret whether it is {@code @Secret}: encrypted at rest, never shown in messages
 * @param components for {@link FieldType#RECORD}, the nested record's components; empty otherwise
 * @param element for {@link FieldType#LIST} and {@link FieldType#SET}, the element; for {@link
 *     FieldType#RECORD_LIST}, the record; null otherwise
 * @param enumConstants for {@link FieldType#ENUM}, the constants in declaration order
 * @param constraints the validation rules declared on it
 * @param accessor the method generated code calls to read it: the record component's name, or a
 *     Kotlin data class's getter ({@code getCity})
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
    Constraints constraints,
    String accessor) {

  /**
   * A scalar leaf ({@code String}, {@code int}, {@code Instant}, JSON, …), before its annotations
   * are read.
   */
  public static FieldModel scalar(String name, String path, FieldType type, TypeName javaType) {
    return new FieldModel(
        name,
        path,
        type,
        javaType,
        javaType.isPrimitive(),
        false,
        false,
        List.of(),
        null,
        List.of(),
        Constraints.NONE,
        name);
  }

  /** An enum leaf, with its constants in declaration order. */
  public static FieldModel enumeration(
      String name, String path, TypeName javaType, List<String> constants) {
    return new FieldModel(
        name,
        path,
        FieldType.ENUM,
        javaType,
        false,
        false,
        false,
        List.of(),
        null,
        List.copyOf(constants),
        Constraints.NONE,
        name);
  }

  /** A nested record, flattened into its components' paths. */
  public static FieldModel record(
      String name, String path, TypeName javaType, boolean nullable, List<FieldModel> components) {
    return new FieldModel(
        name,
        path,
        FieldType.RECORD,
        javaType,
        false,
        nullable,
        false,
        List.copyOf(components),
        null,
        List.of(),
        Constraints.NONE,
        name);
  }

  /**
   * A {@code List} or {@code Set} of scalars ({@code type} says which), or a {@code List} of
   * records.
   */
  public static FieldModel collection(
      String name,
      String path,
      FieldType type,
      TypeName javaType,
      boolean nullable,
      FieldModel element) {
    if (!type.isCollection() && type != FieldType.RECORD_LIST) {
      throw new IllegalArgumentException(type + " is not a collection");
    }
    return new FieldModel(
        name,
        path,
        type,
        javaType,
        false,
        nullable,
        false,
        List.of(),
        element,
        List.of(),
        Constraints.NONE,
        name);
  }

  /**
   * This field as the record component declares it: whether it is nullable or secret, and its
   * constraints.
   */
  public FieldModel declared(boolean nullable, boolean secret, Constraints constraints) {
    return new FieldModel(
        name,
        path,
        type,
        javaType,
        primitive,
        nullable,
        secret,
        components,
        element,
        enumConstants,
        constraints,
        accessor);
  }

  /** This scalar as a collection's element: boxed, never null, without constraints of its own. */
  public FieldModel asElement() {
    return new FieldModel(
        name,
        path,
        type,
        javaType.box(),
        false,
        false,
        false,
        List.of(),
        null,
        enumConstants,
        Constraints.NONE,
        name);
  }

  /** This field read through another accessor, a Kotlin getter. */
  public FieldModel withAccessor(String getter) {
    return new FieldModel(
        name,
        path,
        type,
        javaType,
        primitive,
        nullable,
        secret,
        components,
        element,
        enumConstants,
        constraints,
        getter);
  }

  public boolean isRecord() {
    return type == FieldType.RECORD;
  }

  /**
   * The s3db.js rule string of this leaf ({@code string|min:2|max:100|optional}), which s3db.js
   * validates against and which makes up the catalog's definition hash.
   */
  public String rule() {
    return Rules.of(this);
  }

  /**
   * Whether {@code truncate-data} may cut the stored value: free text only. An enum's name or a
   * decimal's digits cut short would read as another value or none, so such records are refused
   * instead; secrets are stored encrypted.
   */
  public boolean truncatable() {
    return !secret && type == FieldType.STRING;
  }

  /**
   * Whether every value beneath this field can be absent, so a present record may write no key at
   * all.
   */
  public boolean canBeEmpty() {
    if (!isRecord()) {
      return nullable && constraints.defaultValue() == null && !secret;
    }
    return nullable || components.stream().allMatch(FieldModel::canBeEmpty);
  }
}
