package io.s3db.processor.model;

import com.squareup.javapoet.TypeName;
import java.util.List;

/**
 * One record component, or one component of a nested record.
 *
 * @param name the component name ({@code city})
 * @param path the dotted path from the resource record ({@code profile.city})
 * @param javaType the declared Java type
 * @param primitive whether it is a Java primitive (never absent)
 * @param nullable whether it is {@code @Nullable}: absent in metadata when null
 * @param components for {@link FieldType#RECORD}, the nested record's components; empty otherwise
 */
public record FieldModel(
    String name,
    String path,
    FieldType type,
    TypeName javaType,
    boolean primitive,
    boolean nullable,
    List<FieldModel> components) {

  public boolean isRecord() {
    return type == FieldType.RECORD;
  }

  /** The s3db.js rule string of this leaf, {@code |optional} when it may be absent. */
  public String rule() {
    return nullable ? type.rule() + "|optional" : type.rule();
  }

  /** Whether every value beneath this field can be absent, so a present record may write no key at all. */
  public boolean canBeEmpty() {
    if (!isRecord()) {
      return nullable;
    }
    return nullable || components.stream().allMatch(FieldModel::canBeEmpty);
  }
}
