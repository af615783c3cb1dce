package io.s3db.spi;

import java.util.List;

/**
 * Everything the runtime needs to know about one resource, generated as a constant so that nothing is
 * discovered by reflection: the record type, the resource name, the schema in s3db.js terms, and the
 * generated codec and validator.
 *
 * @param type the record class; used only as a map key by {@code S3db.dao(Class)}
 * @param name the resource name in keys and in {@code s3db.json}
 * @param idSize length of generated ids
 * @param attributes the schema leaves in declaration order
 * @param partitions the {@code @Partition}s, in declaration order
 * @param paranoid whether {@code deleteAll} is refused ({@code @S3Resource(paranoid)})
 * @param behavior how records over 2 KB are stored: the s3db.js behavior name ({@code user-managed}, …)
 * @param timestamps whether writes set {@code createdAt} and {@code updatedAt} ({@code @S3Resource(timestamps)});
 *     the codec then implements {@link ResourceCodec#withTimestamps} and {@link ResourceCodec#createdAt}
 * @param versioning whether versions are kept apart: the {@code byVersion} partition and historical copies
 */
public record ResourceDescriptor<T>(
    Class<T> type,
    String name,
    int idSize,
    List<Attribute> attributes,
    ResourceCodec<T> codec,
    ResourceValidator<T> validator,
    List<PartitionDefinition<T>> partitions,
    boolean paranoid,
    String behavior,
    boolean timestamps,
    boolean versioning) {

  /** s3db.js's default behavior. */
  public static final String USER_MANAGED = "user-managed";

  public ResourceDescriptor {
    attributes = List.copyOf(attributes);
    partitions = List.copyOf(partitions);
  }

  /** A user-managed resource without timestamps. */
  public ResourceDescriptor(Class<T> type, String name, int idSize, List<Attribute> attributes,
      ResourceCodec<T> codec, ResourceValidator<T> validator, List<PartitionDefinition<T>> partitions,
      boolean paranoid) {
    this(type, name, idSize, attributes, codec, validator, partitions, paranoid, USER_MANAGED, false, false);
  }

  /** A paranoid, user-managed resource without partitions or timestamps. */
  public ResourceDescriptor(Class<T> type, String name, int idSize, List<Attribute> attributes,
      ResourceCodec<T> codec, ResourceValidator<T> validator) {
    this(type, name, idSize, attributes, codec, validator, List.of(), true, USER_MANAGED, false, false);
  }
}
