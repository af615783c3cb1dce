package io.s3db.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.internal.format.Dates;
import io.s3db.internal.format.JsonTrees;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a schema enters the catalog document (FORMAT.md §2). A resource is created at {@code v1}; a
 * known resource keeps every key its registry assigned, and attributes it lacks get fresh indices
 * (never a burned one) and a new version. A schema that only lacks attributes the catalog has (an
 * older build of the same service, or a Node service that added fields) changes nothing: removing
 * attributes is not this service's call to make. Partitions follow the same rule: one that is new
 * or defined differently (which changes s3db.js's definition hash) gives a new version whose
 * partitions are the current ones plus this schema's, and partitions only the catalog has are kept.
 */
final class CatalogRules {

  /** A schema's registration, and whether the document changed for it (and must be written). */
  record Reconciled(Registration registration, boolean changed) {}

  private CatalogRules() {}

  /** Brings one resource's entry in the document up to date with the schema. */
  static Reconciled reconcile(ObjectNode document, ResourceSchema schema) {
    ObjectNode resources =
        document.has("resources") && document.get("resources").isObject()
            ? (ObjectNode) document.get("resources")
            : document.putObject("resources");
    JsonNode existing = resources.get(schema.name());
    return existing == null || !existing.isObject()
        ? create(resources, schema)
        : update((ObjectNode) existing, schema);
  }

  /**
   * Where an entry stands as it is, without changing it: its current version, its registry (or, for
   * an entry without one, the positional keys its writers used) and its 6.0.0 versions.
   */
  static Registration existing(ObjectNode resource) {
    ObjectNode registry =
        resource.has("schemaRegistry") && resource.get("schemaRegistry").isObject()
            ? (ObjectNode) resource.get("schemaRegistry")
            : LegacyCatalog.positionalRegistry(resource);
    return registration(resource.path("currentVersion").asText("v1"), registry)
        .withLegacy(LegacyCatalog.paths(resource));
  }

  private static Reconciled create(ObjectNode resources, ResourceSchema schema) {
    ObjectNode resource = resources.putObject(schema.name());
    resource.put("currentVersion", "v1");
    resource.set("partitions", schema.partitions().deepCopy());
    resource.put("createdBy", "user");
    resource.putObject("versions").set("v1", versionEntry(schema, schema.partitions()));
    ObjectNode registry = resource.putObject("schemaRegistry");
    registry.put("nextIndex", schema.paths().size());
    ObjectNode mapping = registry.putObject("mapping");
    for (int i = 0; i < schema.paths().size(); i++) {
      mapping.put(schema.paths().get(i), i);
    }
    registry.putArray("burned");
    resource.putObject("pluginSchemaRegistry");
    return new Reconciled(registration("v1", registry), true);
  }

  private static Reconciled update(ObjectNode resource, ResourceSchema schema) {
    boolean hadRegistry =
        resource.has("schemaRegistry") && resource.get("schemaRegistry").isObject();
    ObjectNode registry =
        hadRegistry
            ? (ObjectNode) resource.get("schemaRegistry")
            : LegacyCatalog.positionalRegistry(resource);
    Map<String, List<String>> legacy = LegacyCatalog.paths(resource);
    ObjectNode mapping =
        registry.has("mapping")
            ? (ObjectNode) registry.get("mapping")
            : registry.putObject("mapping");
    Set<Integer> burned = burned(registry);
    int next = Math.max(registry.path("nextIndex").asInt(0), maxIndex(mapping) + 1);
    for (int b : burned) {
      next = Math.max(next, b + 1);
    }
    boolean added = false;
    for (String path : schema.paths()) {
      JsonNode index = mapping.get(path);
      if (index != null && index.canConvertToInt() && !burned.contains(index.asInt())) {
        continue;
      }
      Integer reclaimed = unburn(registry, path);
      mapping.put(path, reclaimed != null ? reclaimed : next++);
      added = true;
    }
    String current = resource.path("currentVersion").asText("v1");
    ObjectNode partitions = currentPartitions(resource, current);
    boolean partitionsChanged = merge(partitions, schema.partitions());
    JsonNode currentEntry = resource.path("versions").path(current);
    ObjectNode candidate = versionEntry(schema, partitions);
    // a catalog without a registry (s3db.js 6.0.0) gets one and a version of this library's format
    boolean definitionChanged =
        !hadRegistry
            || (!candidate.path("hash").equals(currentEntry.path("hash"))
                && !isOlderBuildOf(schema, currentEntry));
    if (!added && !partitionsChanged && !definitionChanged) {
      return new Reconciled(registration(current, registry).withLegacy(legacy), false);
    }
    registry.put("nextIndex", next);
    if (!resource.has("schemaRegistry")) {
      resource.set("schemaRegistry", registry);
    }
    ObjectNode versions =
        resource.has("versions") && resource.get("versions").isObject()
            ? (ObjectNode) resource.get("versions")
            : resource.putObject("versions");
    String version = nextVersion(versions);
    versions.set(version, candidate);
    resource.put("currentVersion", version);
    resource.set("partitions", partitions.deepCopy());
    return new Reconciled(
        registration(version, registry).updatedFrom(current).withLegacy(legacy), true);
  }

  /** A copy of the current version's partitions (or the resource's, for entries that lack them). */
  private static ObjectNode currentPartitions(ObjectNode resource, String current) {
    JsonNode partitions = resource.path("versions").path(current).path("partitions");
    if (!partitions.isObject()) {
      partitions = resource.path("partitions");
    }
    return partitions.isObject() ? ((ObjectNode) partitions).deepCopy() : JsonTrees.object();
  }

  /**
   * Adds or redefines the schema's partitions in {@code partitions}; true if any was new or
   * different.
   */
  private static boolean merge(ObjectNode partitions, ObjectNode ours) {
    boolean changed = false;
    for (Map.Entry<String, JsonNode> partition : ours.properties()) {
      if (!partition.getValue().equals(partitions.get(partition.getKey()))) {
        partitions.set(partition.getKey(), partition.getValue().deepCopy());
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Whether the schema is an older build of the current version: every attribute it declares is
   * there with the same rule, under the same behavior. Such a build reads and writes under the
   * current version (carrying the attributes it lacks over on update) instead of registering its
   * older definition as a new one, which would make two services' versions alternate on every
   * start.
   */
  private static boolean isOlderBuildOf(ResourceSchema schema, JsonNode currentEntry) {
    if (!schema.behavior().equals(currentEntry.path("behavior").asText())) {
      return false;
    }
    Map<String, String> current = new LinkedHashMap<>();
    flatten("", currentEntry.path("attributes"), current);
    Map<String, String> ours = new LinkedHashMap<>();
    flatten("", schema.attributes(), ours);
    return current.entrySet().containsAll(ours.entrySet());
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    node.properties()
        .forEach(
            e -> {
              if (e.getValue().isObject()) {
                flatten(prefix + e.getKey() + ".", e.getValue(), out);
              } else {
                out.put(prefix + e.getKey(), e.getValue().asText());
              }
            });
  }

  /**
   * Takes back the index s3db.js burned for this very attribute, if any. A service declaring an
   * older schema (without the attribute) burns it on start-up; when a service that does declare it
   * connects, the values stored under that index are still this attribute's, so reusing the index
   * keeps them readable instead of stranding them under a key nobody maps.
   */
  private static @Nullable Integer unburn(ObjectNode registry, String path) {
    JsonNode entries = registry.path("burned");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      if (path.equals(entry.path("attribute").asText(null))
          && entry.path("index").canConvertToInt()) {
        ((ArrayNode) entries).remove(i);
        return entry.path("index").asInt();
      }
    }
    return null;
  }

  private static Registration registration(String version, ObjectNode registry) {
    Map<String, Integer> mapping = new LinkedHashMap<>();
    registry
        .path("mapping")
        .properties()
        .forEach(
            e -> {
              if (e.getValue().canConvertToInt()) {
                mapping.put(e.getKey(), e.getValue().asInt());
              }
            });
    return new Registration(version, mapping, burned(registry), null, Map.of());
  }

  private static Set<Integer> burned(ObjectNode registry) {
    Set<Integer> burned = new HashSet<>();
    for (JsonNode entry : registry.path("burned")) {
      if (entry.path("index").canConvertToInt()) {
        burned.add(entry.path("index").asInt());
      }
    }
    return burned;
  }

  private static int maxIndex(ObjectNode mapping) {
    int max = -1;
    for (JsonNode index : mapping) {
      max = Math.max(max, index.asInt(-1));
    }
    return max;
  }

  private static String nextVersion(ObjectNode versions) {
    int max = 0;
    for (var it = versions.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (name.matches("v\\d+")) {
        max = Math.max(max, Integer.parseInt(name.substring(1)));
      }
    }
    return "v" + (max + 1);
  }

  /** One entry of {@code versions}, field for field as s3db.js 21.6.2 writes it. */
  private static ObjectNode versionEntry(ResourceSchema schema, ObjectNode partitions) {
    ObjectNode version = JsonTrees.object();
    version.put("hash", schema.hash(partitions));
    version.set("attributes", schema.attributes().deepCopy());
    version.put("behavior", schema.behavior());
    version.put("timestamps", schema.timestamps());
    version.set("partitions", partitions.deepCopy());
    version.put("paranoid", schema.paranoid());
    version.put("allNestedObjectsOptional", true);
    version.put("autoDecrypt", true);
    version.put("cache", false);
    version.putObject("hooks");
    version.put("idSize", schema.idSize());
    version.put("idGenerator", schema.idGenerator());
    version.put("createdAt", Dates.toIsoString(Instant.now()));
    return version;
  }
}
