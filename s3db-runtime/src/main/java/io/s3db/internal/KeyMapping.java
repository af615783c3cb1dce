package io.s3db.internal;

import io.s3db.internal.format.Base36;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Translates the generated codec's keys (base36 of the field's position, right for a fresh
 * resource) into the keys the catalog's {@code schemaRegistry} assigned to the same paths. The two
 * differ only when the resource existed before with another field order, e.g. created by s3db.js;
 * in the common case the mapping is the identity and costs nothing.
 */
final class KeyMapping {
  private final Map<String, String> storedByCodecKey = new HashMap<>();
  private final Map<String, String> pathByStoredKey = new HashMap<>();
  private final Set<String> foreignKeys = new HashSet<>();
  private final Map<String, String> storedByPath = new HashMap<>();
  private final Map<String, String> schemaKeys = new LinkedHashMap<>();
  private final boolean identity;

  /**
   * @param paths the schema's paths in codec order
   * @param registry the catalog's path → index mapping, covering every path (and maybe others)
   * @param burned indices the registry retired
   */
  KeyMapping(List<String> paths, Map<String, Integer> registry, Set<Integer> burned) {
    boolean same = true;
    for (int i = 0; i < paths.size(); i++) {
      Integer index = registry.get(paths.get(i));
      // a path an older (6.0.0) version lacks maps to a key no object has, so it reads as absent
      String stored = index == null ? "~" + paths.get(i) : Base36.of(index);
      storedByCodecKey.put(Base36.of(i), stored);
      same &= stored.equals(Base36.of(i));
      schemaKeys.put(paths.get(i), stored);
      pathByStoredKey.put(stored, paths.get(i));
    }
    this.identity = same;
    registry.forEach(
        (path, index) -> {
          String stored = Base36.of(index);
          if (!burned.contains(index)) {
            storedByPath.put(path, stored);
          }
          if (!burned.contains(index) && !pathByStoredKey.containsKey(stored)) {
            foreignKeys.add(stored);
          }
        });
  }

  /**
   * The positional keys of an s3db.js 6.0.0 version: the i-th path of {@code versionPaths} has key
   * base36(i).
   */
  static KeyMapping positional(List<String> schemaPaths, List<String> versionPaths) {
    Map<String, Integer> registry = new HashMap<>();
    for (int i = 0; i < versionPaths.size(); i++) {
      registry.put(versionPaths.get(i), i);
    }
    return new KeyMapping(schemaPaths, registry, Set.of());
  }

  /**
   * The stored key of an attribute path, this record's or another schema's; null if the registry
   * has none.
   */
  @Nullable String storedKeyOf(String path) {
    return storedByPath.get(path);
  }

  /** This schema's paths to their stored keys, in schema order: body-only's {@code _map}. */
  Map<String, String> schemaKeys() {
    return schemaKeys;
  }

  /** How many paths the schema has: the most keys a record's metadata holds, {@code _v} aside. */
  int fieldCount() {
    return storedByCodecKey.size();
  }

  String stored(String codecKey) {
    if (identity) {
      return codecKey; // one map lookup per field saved on every write: a tenth of an encode
    }
    String stored = storedByCodecKey.get(codecKey);
    if (stored == null) {
      throw new IllegalStateException("codec key '" + codecKey + "' is not part of the schema");
    }
    return stored;
  }

  /**
   * The field path of a stored key, for messages; null for keys that are not this record's fields.
   */
  @Nullable String path(String storedKey) {
    return pathByStoredKey.get(storedKey);
  }

  /**
   * Whether the key belongs to an attribute of the resource that this record type does not declare
   * (another service's newer schema): such values are carried over on update rather than dropped.
   */
  boolean isForeign(String storedKey) {
    return foreignKeys.contains(storedKey);
  }
}
