package io.s3db.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.internal.format.DefinitionHash;
import io.s3db.spi.Attribute;
import io.s3db.spi.PartitionDefinition;
import io.s3db.spi.ResourceDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A resource's schema as s3db.js sees it: the attribute object written to {@code s3db.json}, its
 * definition hash, and the ordered paths that fix the metadata keys of a fresh resource (FORMAT.md
 * §4.1: every leaf in declaration order, then every top-level nested-object path).
 */
final class ResourceSchema {

  private final String name;
  private final int idSize;
  private final String idGenerator;
  private final List<String> paths;
  private final ObjectNode attributes;
  private final ObjectNode partitions;
  private final boolean paranoid;
  private final boolean timestamps;
  private final String hash;
  private final String behavior;
  private final boolean secrets;

  ResourceSchema(ResourceDescriptor<?> descriptor) {
    this.name = descriptor.name();
    this.behavior = descriptor.behavior().s3dbName();
    this.idSize = descriptor.idSize();
    // s3db.js 21.x stores "custom" for a function, whatever it makes, and its idSize regardless
    this.idGenerator = descriptor.idGenerator() == null ? "default" : "custom";
    this.paranoid = descriptor.paranoid();
    this.timestamps = descriptor.timestamps();
    this.partitions = JsonNodeFactory.instance.objectNode();
    for (PartitionDefinition<?> partition : descriptor.partitions()) {
      ObjectNode fields = partitions.putObject(partition.name()).putObject("fields");
      partition.fields().forEach(field -> fields.put(field.path(), field.rule()));
    }
    if (descriptor.versioning() && !partitions.has("byVersion")) {
      // s3db.js's versioningEnabled adds this partition (FORMAT.md §6)
      partitions.putObject("byVersion").putObject("fields").put("_v", "string");
    }
    this.attributes = JsonNodeFactory.instance.objectNode();
    Set<String> objects = new LinkedHashSet<>();
    List<String> leaves = new ArrayList<>();
    for (Attribute attribute : descriptor.attributes()) {
      leaves.add(attribute.path());
      String[] segments = attribute.path().split("\\.");
      ObjectNode parent = attributes;
      for (int i = 0; i < segments.length - 1; i++) {
        parent =
            parent.has(segments[i])
                ? (ObjectNode) parent.get(segments[i])
                : parent.putObject(segments[i]);
      }
      parent.put(segments[segments.length - 1], attribute.rule());
      if (segments.length > 1) {
        objects.add(segments[0]);
      }
    }
    List<String> all = new ArrayList<>(leaves);
    all.addAll(objects);
    this.paths = List.copyOf(all);
    this.secrets = hasSecrets(descriptor);
    this.hash = hash(partitions);
  }

  /**
   * {@code sha256:…} of {attributes, behavior, partitions}, as s3db.js 21.x computes it (FORMAT.md
   * §2.3): with timestamps, the attributes leave out {@code createdAt} and {@code updatedAt}.
   */
  String hash(ObjectNode partitions) {
    ObjectNode hashed = attributes;
    if (timestamps) {
      hashed = attributes.deepCopy();
      hashed.remove(List.of("createdAt", "updatedAt"));
    }
    return DefinitionHash.of(hashed, behavior, partitions);
  }

  /**
   * Whether writes stamp {@code createdAt}/{@code updatedAt}; written to the version's {@code
   * timestamps}.
   */
  boolean timestamps() {
    return timestamps;
  }

  /** Whether any attribute is an s3db.js {@code secret}, which needs a passphrase. */
  boolean hasSecrets() {
    return secrets;
  }

  static boolean hasSecrets(ResourceDescriptor<?> descriptor) {
    return descriptor.attributes().stream().anyMatch(Attribute::secret);
  }

  /** The s3db.js behavior name written into the catalog. */
  String behavior() {
    return behavior;
  }

  String name() {
    return name;
  }

  int idSize() {
    return idSize;
  }

  /** The version's {@code idGenerator}: {@code default} (nanoids) or {@code custom}. */
  String idGenerator() {
    return idGenerator;
  }

  /** Leaf paths, then object paths: index i has metadata key base36(i) in a fresh resource. */
  List<String> paths() {
    return paths;
  }

  /** The {@code attributes} object of the catalog; callers must not modify it. */
  ObjectNode attributes() {
    return attributes;
  }

  /**
   * The {@code partitions} object of the catalog, as s3db.js writes it: {@code {"byRegion":
   * {"fields": {"region": "string"}}}}; callers must not modify it.
   */
  ObjectNode partitions() {
    return partitions;
  }

  /** Whether {@code deleteAll} is refused; written to the version's {@code paranoid}. */
  boolean paranoid() {
    return paranoid;
  }

  /**
   * {@code sha256:…} of {attributes, behavior, partitions}, as s3db.js 21.x computes it (FORMAT.md
   * §2.3).
   */
  String hash() {
    return hash;
  }
}
