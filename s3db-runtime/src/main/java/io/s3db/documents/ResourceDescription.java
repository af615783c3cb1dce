package io.s3db.documents;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A resource as the catalog {@code s3db.json} describes it, and what this library can do with it.
 * Its lists are unmodifiable.
 *
 * @param name the resource name
 * @param currentVersion the version new writes are stamped with ({@code v3})
 * @param versions every version the catalog holds, in its order
 * @param attributes the current version's leaf attributes, in their declaration order
 * @param partitions the current version's partitions, the automatic ones included ({@code
 *     byVersion}, {@code byCreatedDate})
 * @param behavior the s3db.js behavior ({@code user-managed}, {@code body-overflow}, …)
 * @param timestamps whether writes set {@code createdAt} and {@code updatedAt}
 * @param versioning whether versions are kept apart ({@code byVersion} partition)
 * @param paranoid whether {@code deleteAll} is refused
 * @param idSize the length of generated ids
 * @param readOnlyReason why writes are refused, naming the attribute and its rule; null when the
 *     resource can be written
 */
public record ResourceDescription(
    String name,
    String currentVersion,
    List<String> versions,
    List<AttributeDescription> attributes,
    List<PartitionDescription> partitions,
    String behavior,
    boolean timestamps,
    boolean versioning,
    boolean paranoid,
    int idSize,
    @Nullable String readOnlyReason) {

  /** {@return whether documents can be written: every rule is enforced as s3db.js enforces it} */
  public boolean writable() {
    return readOnlyReason == null;
  }

  /** {@return why writes are refused; empty when {@link #writable()}} */
  public Optional<String> whyReadOnly() {
    return Optional.ofNullable(readOnlyReason);
  }

  /**
   * The attribute at a path.
   *
   * @param path a dotted path ({@code shipTo.city})
   * @return the attribute, or empty if the resource has none there
   */
  public Optional<AttributeDescription> attribute(String path) {
    return attributes.stream().filter(a -> a.path().equals(path)).findFirst();
  }
}
