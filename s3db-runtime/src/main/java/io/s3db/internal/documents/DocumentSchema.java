package io.s3db.internal.documents;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.annotations.BehaviorMode;
import io.s3db.documents.PartitionDescription;
import io.s3db.documents.ResourceDescription;
import io.s3db.internal.format.Base36;
import io.s3db.internal.format.LocaleCompare;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A resource as its catalog entry declares it (FORMAT.md §2): the current version's attributes as
 * {@link Field}s, its partitions and settings, and whether documents can be written.
 *
 * <p>The fields' codec keys follow the order the engine's key mapping expects of any schema (the
 * leaves, then the top-level objects, FORMAT.md §4.1); the stored keys are the registry's.
 */
final class DocumentSchema {
  private static final String BY_VERSION = "byVersion";

  private final String name;
  private final String currentVersion;
  private final List<String> versions = new ArrayList<>();
  private final List<Field> fields = new ArrayList<>();
  private final Map<String, String> objectKeys = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> partitions = new LinkedHashMap<>();
  private final BehaviorMode behavior;
  private final String behaviorName;
  private final boolean timestamps;
  private final boolean versioning;
  private final boolean paranoid;
  private final boolean nestedObjectsOptional;
  private final int idSize;
  private @Nullable String readOnlyReason;

  DocumentSchema(String name, JsonNode resource) {
    this.name = name;
    this.currentVersion = resource.path("currentVersion").asText("v1");
    resource.path("versions").fieldNames().forEachRemaining(versions::add);
    JsonNode version = resource.path("versions").path(currentVersion);
    this.behaviorName = version.path("behavior").asText("user-managed");
    this.behavior = behavior(behaviorName);
    this.timestamps = version.path("timestamps").asBoolean(false);
    this.paranoid = version.path("paranoid").asBoolean(true);
    this.nestedObjectsOptional = version.path("allNestedObjectsOptional").asBoolean(true);
    this.idSize = version.path("idSize").asInt(22);
    Map<String, Rule> leaves = new LinkedHashMap<>();
    collect("", version.path("attributes"), leaves);
    if (timestamps) {
      // s3db.js declares them for timestamped resources; an entry that lacks them still has them
      leaves.putIfAbsent("createdAt", Rule.parse("datetime|optional"));
      leaves.putIfAbsent("updatedAt", Rule.parse("datetime|optional"));
    }
    int index = 0;
    // the engine keys the top-level objects that hold leaves, after the leaves (FORMAT.md §4.1)
    Set<String> objects = new LinkedHashSet<>();
    for (Map.Entry<String, Rule> leaf : leaves.entrySet()) {
      fields.add(new Field(leaf.getKey(), Base36.of(index++), leaf.getValue()));
      int dot = leaf.getKey().indexOf('.');
      if (dot > 0) {
        objects.add(leaf.getKey().substring(0, dot));
      }
    }
    for (String object : objects) {
      objectKeys.put(object, Base36.of(index++));
    }
    JsonNode declared = version.path("partitions");
    boolean byVersion = false;
    for (Map.Entry<String, JsonNode> partition : declared.properties()) {
      if (partition.getKey().equals(BY_VERSION) && partition.getValue().path("fields").has("_v")) {
        byVersion = true;
        continue;
      }
      Map<String, String> partitionFields = new LinkedHashMap<>();
      partition
          .getValue()
          .path("fields")
          .properties()
          .forEach(f -> partitionFields.put(f.getKey(), f.getValue().asText()));
      partitions.put(partition.getKey(), partitionFields);
    }
    this.versioning = byVersion;
    this.readOnlyReason = readOnlyReason(resource, version);
  }

  private @Nullable String readOnlyReason(JsonNode resource, JsonNode version) {
    if (!version.isObject()) {
      return "its current version " + currentVersion + " is not in the catalog";
    }
    if (!version.has("idSize")) {
      return "its current version "
          + currentVersion
          + " was written by s3db.js 6.0.0; a Java or s3db.js 21.x service declaring the resource"
          + " adds a version that can be written";
    }
    if (!behaviorName.equals(behavior.s3dbName())) {
      return "its behavior '" + behaviorName + "' is not one this library writes";
    }
    JsonNode mapping = resource.path("schemaRegistry").path("mapping");
    for (Field field : fields) {
      if (field.rule().notEnforced() != null) {
        return "attribute '"
            + field.path()
            + "' has the rule '"
            + field.rule().text()
            + "': "
            + field.rule().notEnforced();
      }
      if (!mapping.has(field.path())) {
        return "attribute '" + field.path() + "' has no key in the catalog's schemaRegistry";
      }
    }
    for (Map.Entry<String, Map<String, String>> partition : partitions.entrySet()) {
      for (String path : partition.getValue().keySet()) {
        if (field(path) == null) {
          return "partition '" + partition.getKey() + "' keys by '" + path + "', no attribute";
        }
      }
    }
    return null;
  }

  private static void collect(String prefix, JsonNode node, Map<String, Rule> leaves) {
    for (Map.Entry<String, JsonNode> attribute : node.properties()) {
      String key = attribute.getKey();
      JsonNode value = attribute.getValue();
      if (key.contains("$$")) {
        continue; // s3db.js's own markers ($$type), not attributes
      }
      if (value.isTextual()) {
        leaves.put(prefix + key, Rule.parse(value.textValue()));
      } else if (value.isObject() && !value.path("type").isTextual()) {
        collect(prefix + key + ".", value, leaves);
      } else {
        leaves.put(prefix + key, Rule.unsupported(value.toString()));
      }
    }
  }

  private static BehaviorMode behavior(String name) {
    for (BehaviorMode mode : BehaviorMode.values()) {
      if (mode.s3dbName().equals(name)) {
        return mode;
      }
    }
    return BehaviorMode.USER_MANAGED; // 6.0.0's user-management: metadata only, as read
  }

  String name() {
    return name;
  }

  List<Field> fields() {
    return fields;
  }

  @Nullable Field field(String path) {
    for (Field field : fields) {
      if (field.path().equals(path)) {
        return field;
      }
    }
    return null;
  }

  /** Top-level object path → its codec key, which holds {@code {}} for an empty object. */
  Map<String, String> objectKeys() {
    return objectKeys;
  }

  /** Partition name → field path → the partition's rule, {@code byVersion} left out. */
  Map<String, Map<String, String>> partitions() {
    return partitions;
  }

  BehaviorMode behavior() {
    return behavior;
  }

  boolean timestamps() {
    return timestamps;
  }

  boolean versioning() {
    return versioning;
  }

  boolean paranoid() {
    return paranoid;
  }

  /** Whether a document may leave a nested object out (s3db.js's allNestedObjectsOptional). */
  boolean nestedObjectsOptional() {
    return nestedObjectsOptional;
  }

  int idSize() {
    return idSize;
  }

  @Nullable String readOnlyReason() {
    return readOnlyReason;
  }

  ResourceDescription description() {
    List<PartitionDescription> described = new ArrayList<>();
    partitions.forEach(
        (partition, partitionFields) -> {
          List<String> ordered = new ArrayList<>(partitionFields.keySet());
          ordered.sort(LocaleCompare.ORDER);
          described.add(new PartitionDescription(partition, List.copyOf(ordered)));
        });
    if (versioning) {
      described.add(new PartitionDescription(BY_VERSION, List.of("_v")));
    }
    return new ResourceDescription(
        name,
        currentVersion,
        List.copyOf(versions),
        fields.stream().map(Field::description).toList(),
        List.copyOf(described),
        behaviorName,
        timestamps,
        versioning,
        paranoid,
        idSize,
        readOnlyReason == null
            ? null
            : "Resource '" + name + "' is read-only for documents: " + readOnlyReason + ".");
  }
}
