package io.s3db.cache;

import io.s3db.S3db;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which resources a {@link CachePlugin} caches: all, or those named and those of the record classes
 * given, whose names are learnt once the database is connected ({@code db.dao(type)}). Until then
 * only the named ones are cached, which is safe: a resource not cached is read from S3.
 */
final class ResourceSelection {
  private final boolean all;
  private final List<Class<?>> types;
  private volatile Set<String> names;

  ResourceSelection(boolean all, Set<String> names, List<Class<?>> types) {
    this.all = all;
    this.names = Set.copyOf(names);
    this.types = List.copyOf(types);
  }

  /** Adds the record classes' resource names; fails if a class is no resource of the database. */
  void resolve(S3db database) {
    Set<String> resolved = new HashSet<>(names);
    for (Class<?> type : types) {
      resolved.add(database.dao(type).name());
    }
    names = Set.copyOf(resolved);
  }

  boolean contains(String resource) {
    return all || names.contains(resource);
  }

  @Override
  public String toString() {
    return all ? "all resources" : names + (types.isEmpty() ? "" : " and " + types);
  }
}
