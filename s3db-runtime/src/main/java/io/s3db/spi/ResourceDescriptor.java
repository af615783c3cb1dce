package io.s3db.spi;

import io.s3db.annotations.BehaviorMode;
import io.s3db.ids.IdGenerator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything the runtime needs to know about one resource, generated as a constant so that nothing
 * is discovered by reflection: the record type, the resource name, the schema in s3db.js terms, and
 * the generated codec and validator. Built with {@link #builder}.
 *
 * @param type the record class; used only as a map key by {@code S3db.dao(Class)}
 * @param name the resource name in keys and in {@code s3db.json}
 * @param idSize length of generated nanoids, and the catalog's {@code idSize}
 * @param idGenerator what makes the ids of records inserted without one
 *     ({@code @S3Resource(idGenerator)}); null for nanoids of {@code idSize} characters
 * @param attributes the schema leaves in declaration order
 * @param partitions the {@code @Partition}s, in declaration order
 * @param paranoid whether {@code deleteAll} is refused ({@code @S3Resource(paranoid)})
 * @param behavior how records over 2 KB are stored ({@code @Behavior})
 * @param timestamps whether writes set {@code createdAt} and {@code updatedAt}
 *     ({@code @S3Resource(timestamps)}); the codec then implements {@link
 *     ResourceCodec#withTimestamps} and {@link ResourceCodec#createdAt}
 * @param versioning whether versions are kept apart: the {@code byVersion} partition and historical
 *     copies
 */
public record ResourceDescriptor<T>(
    Class<T> type,
    String name,
    int idSize,
    @Nullable IdGenerator<? super T> idGenerator,
    List<Attribute> attributes,
    ResourceCodec<T> codec,
    ResourceValidator<T> validator,
    List<PartitionDefinition<T>> partitions,
    boolean paranoid,
    BehaviorMode behavior,
    boolean timestamps,
    boolean versioning) {

  public ResourceDescriptor {
    attributes = List.copyOf(attributes);
    partitions = List.copyOf(partitions);
  }

  /**
   * A descriptor with s3db.js's defaults until set otherwise: nanoids of 22 characters, no
   * partitions, paranoid, {@code user-managed}, no timestamps, no versioning. Attributes, codec and
   * validator are required.
   */
  public static <T> Builder<T> builder(Class<T> type, String name) {
    return new Builder<>(type, name);
  }

  /** The settings of a {@link ResourceDescriptor}, by name. */
  public static final class Builder<T> {
    private final Class<T> type;
    private final String name;
    private int idSize = 22;
    private @Nullable IdGenerator<? super T> idGenerator;
    private @Nullable List<Attribute> attributes;
    private @Nullable ResourceCodec<T> codec;
    private @Nullable ResourceValidator<T> validator;
    private List<PartitionDefinition<T>> partitions = List.of();
    private boolean paranoid = true;
    private BehaviorMode behavior = BehaviorMode.USER_MANAGED;
    private boolean timestamps;
    private boolean versioning;

    private Builder(Class<T> type, String name) {
      this.type = type;
      this.name = name;
    }

    public Builder<T> idSize(int idSize) {
      this.idSize = idSize;
      return this;
    }

    /** The generator of ids; it takes precedence over {@link #idSize}, as in s3db.js. */
    public Builder<T> idGenerator(IdGenerator<? super T> idGenerator) {
      this.idGenerator = idGenerator;
      return this;
    }

    public Builder<T> attributes(List<Attribute> attributes) {
      this.attributes = attributes;
      return this;
    }

    public Builder<T> codec(ResourceCodec<T> codec) {
      this.codec = codec;
      return this;
    }

    public Builder<T> validator(ResourceValidator<T> validator) {
      this.validator = validator;
      return this;
    }

    public Builder<T> partitions(List<PartitionDefinition<T>> partitions) {
      this.partitions = partitions;
      return this;
    }

    public Builder<T> paranoid(boolean paranoid) {
      this.paranoid = paranoid;
      return this;
    }

    public Builder<T> behavior(BehaviorMode behavior) {
      this.behavior = behavior;
      return this;
    }

    public Builder<T> timestamps(boolean timestamps) {
      this.timestamps = timestamps;
      return this;
    }

    public Builder<T> versioning(boolean versioning) {
      this.versioning = versioning;
      return this;
    }

    public ResourceDescriptor<T> build() {
      return new ResourceDescriptor<>(
          type,
          name,
          idSize,
          idGenerator,
          Objects.requireNonNull(attributes, "attributes"),
          Objects.requireNonNull(codec, "codec"),
          Objects.requireNonNull(validator, "validator"),
          partitions,
          paranoid,
          Objects.requireNonNull(behavior, "behavior"),
          timestamps,
          versioning);
    }
  }
}
