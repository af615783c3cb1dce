package io.s3db.internal;

import io.s3db.RepairReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Reconciles a resource's partition references with its records: lists both, reads each record
 * once, puts the references it lacks and deletes those it does not have. References under
 * partitions this schema does not declare (another client's) are left alone, and so are those of
 * records it cannot decode.
 */
final class Repair<T> {
  private final ResourceKeys keys;
  private final RecordStore store;
  private final CodecBridge<T> bridge;
  private final References<T> refs;
  private final KeyLister lister;
  private final Parallel parallel;

  Repair(
      ResourceKeys keys,
      RecordStore store,
      CodecBridge<T> bridge,
      References<T> refs,
      KeyLister lister,
      Parallel parallel) {
    this.keys = keys;
    this.store = store;
    this.bridge = bridge;
    this.refs = refs;
    this.lister = lister;
    this.parallel = parallel;
  }

  RepairReport run(Duration grace) {
    Instant cutoff = Instant.now().minus(grace);
    Map<String, Map<String, Instant>> present = new HashMap<>();
    String prefix = keys.partitionsPrefix();
    lister.forEach(
        prefix,
        object -> {
          String id = idOfReference(prefix, object.key());
          if (id != null) {
            present
                .computeIfAbsent(id, k -> new HashMap<>())
                .put(object.key(), object.lastModified());
          }
        });
    Set<String> ids = new LinkedHashSet<>();
    lister.forEach(
        keys.dataPrefix(),
        object -> {
          String id = keys.idOf(object.key());
          if (id != null) {
            ids.add(id);
          }
        });
    ids.addAll(present.keySet());
    AtomicLong records = new AtomicLong();
    AtomicLong added = new AtomicLong();
    AtomicLong removed = new AtomicLong();
    Set<String> unreadable = ConcurrentHashMap.newKeySet();
    parallel.forEach(
        new ArrayList<>(ids),
        id -> {
          RecordStore.Loaded loaded = store.read(id);
          if (loaded != null) {
            records.incrementAndGet();
          }
          Set<String> wanted = wanted(id, loaded);
          if (wanted == null) {
            unreadable.add(id);
            return;
          }
          Map<String, Instant> existing = present.getOrDefault(id, Map.of());
          Set<String> missing = new LinkedHashSet<>(wanted);
          missing.removeAll(existing.keySet());
          Set<String> stale = new LinkedHashSet<>();
          existing.forEach(
              (key, modified) -> {
                if (!wanted.contains(key) && (modified == null || !modified.isAfter(cutoff))) {
                  stale.add(key);
                }
              });
          refs.put(missing, id);
          refs.delete(stale, id);
          added.addAndGet(missing.size());
          removed.addAndGet(stale.size());
        });
    List<String> sorted = new ArrayList<>(unreadable);
    sorted.sort(null);
    return new RepairReport(records.get(), added.get(), removed.get(), sorted);
  }

  /** The references the record as stored has: none if it is gone, null if it cannot be decoded. */
  private @Nullable Set<String> wanted(String id, RecordStore.@Nullable Loaded loaded) {
    if (loaded == null) {
      return Set.of();
    }
    T record = bridge.decodeOrNull(id, loaded);
    return record == null ? null : refs.ofStored(record, loaded, id);
  }

  /** The id of a reference key of a partition this schema declares; null for any other key. */
  private @Nullable String idOfReference(String prefix, String key) {
    int slash = key.indexOf('/', prefix.length());
    int last = key.lastIndexOf('/');
    if (slash < 0
        || !refs.partitions().declares(key.substring(prefix.length(), slash))
        || !key.startsWith("id=", last + 1)
        || key.length() == last + 4) {
      return null;
    }
    return key.substring(last + 4);
  }
}
