package io.s3db.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.internal.format.JsonTrees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Catalog entries written without a {@code schemaRegistry} (s3db.js 6.0.0, hand-made ones): their
 * keys were assigned by attribute position, per version (FORMAT.md §0.3, §4.1).
 */
final class LegacyCatalog {

  private LegacyCatalog() {}

  /**
   * The positional key order of every version s3db.js 6.0.0 wrote: 6.0.0 does not store {@code
   * idSize} in its version entries, which is how they are told apart.
   */
  static Map<String, List<String>> paths(ObjectNode resource) {
    Map<String, List<String>> legacy = new LinkedHashMap<>();
    resource
        .path("versions")
        .properties()
        .forEach(
            version -> {
              if (!version.getValue().has("idSize")
                  && version.getValue().path("attributes").isObject()) {
                legacy.put(
                    version.getKey(), positionalPaths(version.getValue().path("attributes")));
              }
            });
    return legacy;
  }

  /**
   * A registry rebuilt from the current version's attribute order: that order is how those writers
   * assigned keys.
   */
  static ObjectNode positionalRegistry(ObjectNode resource) {
    ObjectNode registry = JsonTrees.object();
    ObjectNode mapping = registry.putObject("mapping");
    String current = resource.path("currentVersion").asText();
    List<String> paths =
        positionalPaths(resource.path("versions").path(current).path("attributes"));
    for (int i = 0; i < paths.size(); i++) {
      mapping.put(paths.get(i), i);
    }
    registry.put("nextIndex", paths.size());
    registry.putArray("burned");
    return registry;
  }

  /** Leaf paths in declaration order, then the top-level objects (6.0.0 keys those too). */
  private static List<String> positionalPaths(JsonNode attributes) {
    List<String> paths = new ArrayList<>();
    Set<String> objects = new LinkedHashSet<>();
    collectLeaves("", attributes, paths, objects);
    paths.addAll(objects);
    return List.copyOf(paths);
  }

  private static void collectLeaves(
      String prefix, JsonNode node, List<String> leaves, Set<String> objects) {
    node.properties()
        .forEach(
            e -> {
              if (e.getKey().contains("$$")) {
                return;
              }
              if (e.getValue().isObject()) {
                if (prefix.isEmpty()) {
                  objects.add(e.getKey());
                }
                collectLeaves(prefix + e.getKey() + ".", e.getValue(), leaves, objects);
              } else {
                leaves.add(prefix + e.getKey());
              }
            });
  }
}
