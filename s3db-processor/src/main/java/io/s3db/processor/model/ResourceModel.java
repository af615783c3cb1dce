package io.s3db.processor.model;

import com.squareup.javapoet.ClassName;
import io.s3db.annotations.BehaviorMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An {@code @S3Resource} record as the generators need it, free of {@code javax.lang.model} so that
 * another front end (KSP) could build it.
 *
 * @param recordType the record class
 * @param resourceName the s3db resource name
 * @param idSize length of generated ids
 * @param idGenerator the {@code IdGenerator} class the descriptor creates; null for nanoids of
 *     {@code idSize}
 * @param components every record component in declaration order, the id included
 * @param partitions the {@code @Partition}s in declaration order
 * @param paranoid whether {@code deleteAll} is refused
 * @param behavior its {@code @Behavior} ({@code USER_MANAGED} by default)
 * @param timestamps whether s3db sets the {@code createdAt} and {@code updatedAt} components
 * @param versioning whether versions are kept apart ({@code byVersion}, historical copies)
 */
public record ResourceModel(
    ClassName recordType,
    String resourceName,
    int idSize,
    ClassName idGenerator,
    List<FieldModel> components,
    List<PartitionModel> partitions,
    boolean paranoid,
    BehaviorMode behavior,
    boolean timestamps,
    boolean versioning) {

  /** s3db.js's length of generated ids. */
  public static final int DEFAULT_ID_SIZE = 22;

  /** The timestamp components of {@code @S3Resource(timestamps = true)}, in s3db.js's order. */
  public static final List<String> TIMESTAMP_FIELDS = List.of("createdAt", "updatedAt");

  /** Prefix of the generated classes: {@code User}, or {@code Outer_User} for a nested record. */
  public String generatedPrefix() {
    return String.join("_", recordType.simpleNames());
  }

  public ClassName generated(String suffix) {
    return ClassName.get(recordType.packageName(), generatedPrefix() + suffix);
  }

  /** Every component but the id: what is stored in metadata. */
  public List<FieldModel> fields() {
    return components.stream().filter(c -> !c.name().equals("id")).toList();
  }

  /**
   * The metadata paths in key order (FORMAT.md §4.1): every leaf in declaration order, then every
   * top-level nested record. Position i gets the metadata key base36(i) in a fresh resource. With
   * timestamps, {@code createdAt} and {@code updatedAt} come after the other leaves wherever the
   * record declares them, since s3db.js appends them to the attributes: the catalog then reads as
   * s3db.js writes it for the same definition.
   */
  public List<FieldModel> keyedPaths() {
    List<FieldModel> leaves = new ArrayList<>();
    List<FieldModel> stamps = new ArrayList<>();
    List<FieldModel> objects = new ArrayList<>();
    for (FieldModel field : fields()) {
      if (timestamps && TIMESTAMP_FIELDS.contains(field.name())) {
        stamps.add(field);
        continue;
      }
      collectLeaves(field, leaves);
      if (field.isRecord()) {
        objects.add(field);
      }
    }
    stamps.sort(Comparator.comparing(f -> TIMESTAMP_FIELDS.indexOf(f.name())));
    leaves.addAll(stamps);
    leaves.addAll(objects);
    return leaves;
  }

  private static void collectLeaves(FieldModel field, List<FieldModel> out) {
    if (field.isRecord()) {
      field.components().forEach(c -> collectLeaves(c, out));
    } else {
      out.add(field);
    }
  }
}
