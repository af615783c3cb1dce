package io.s3db.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a resource stands after registration: the version to stamp on writes, its key registry
 * (path → index, and the indices retired), the version it replaced when this registration added one
 * (null otherwise), and the positional paths of the s3db.js 6.0.0 versions in the catalog.
 */
record Registration(
    String version,
    Map<String, Integer> mapping,
    Set<Integer> burned,
    @Nullable String previousVersion,
    Map<String, List<String>> legacyPaths) {

  Registration updatedFrom(String previous) {
    return new Registration(version, mapping, burned, previous, legacyPaths);
  }

  Registration withLegacy(Map<String, List<String>> legacy) {
    return new Registration(version, mapping, burned, previousVersion, legacy);
  }
}
