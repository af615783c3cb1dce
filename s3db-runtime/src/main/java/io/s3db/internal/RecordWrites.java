package io.s3db.internal;

import io.s3db.ResourceAlreadyExistsException;
import io.s3db.ResourceNotFoundException;
import io.s3db.internal.layout.Layout;
import io.s3db.internal.layout.StoredObject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The write protocol of one resource's records: insert, update, upsert and delete, with their references
 * put before the data and deleted after it ({@link ResourceEngine} says why), and every replacing write
 * conditional on the ETag it read ({@link Retries}).
 */
final class RecordWrites<T> {
  private final String resource;
  private final RecordStore store;
  private final CodecBridge<T> bridge;
  private final References<T> refs;
  private final boolean versioning;

  RecordWrites(RecordStore store, CodecBridge<T> bridge, References<T> refs, boolean versioning) {
    this.resource = bridge.resource();
    this.store = store;
    this.bridge = bridge;
    this.refs = refs;
    this.versioning = versioning;
  }

  /** The record as stored. */
  T insert(T record) {
    T stored = bridge.withId(record);
    stored = bridge.created(stored, bridge.now());
    String id = bridge.idOf(stored);
    StoredObject object = bridge.object(stored, id, "insert");
    refs.put(refs.of(stored, id), id);
    if (!store.create(id, object)) {
      // a reference put above is stale now (or the existing record's own); readers skip stale ones
      throw new ResourceAlreadyExistsException(resource, id);
    }
    return stored;
  }

  /** Reads, changes and writes back until no concurrent writer came between; the record as stored. */
  T update(String id, UnaryOperator<T> change) {
    Ids.check(resource, id);
    Set<String> written = new LinkedHashSet<>();
    return Retries.untilWritten(resource, id, () -> {
      RecordStore.Loaded loaded = store.read(id);
      if (loaded == null) {
        throw new ResourceNotFoundException(resource, id);
      }
      T current = bridge.decode(id, loaded);
      T next = bridge.replacing(bridge.changed(id, change.apply(current)), current, bridge.now());
      Map<String, String> metadata = bridge.encode(next, id);
      bridge.carryForeignFields(loaded.metadata(), metadata);
      StoredObject object = bridge.object(metadata, id, "update");
      Set<String> newRefs = refs.of(next, id);
      Set<String> oldRefs = refs.ofStored(current, loaded, id);
      keepHistory(id, loaded);
      Set<String> toPut = minus(newRefs, oldRefs);
      toPut.removeAll(written);
      refs.put(toPut, id);
      written.addAll(toPut);
      if (!store.replace(id, object, loaded)) {
        return Optional.empty();
      }
      refs.delete(minus(oldRefs, newRefs), id);
      return Optional.of(next);
    });
  }

  /**
   * Inserts, or replaces the stored record; the record as stored. An upsert that finds the record keeps
   * its {@code createdAt}, and takes back the {@code byCreatedDate} reference it put for the insert attempt.
   */
  T upsert(T record) {
    Instant now = bridge.now();
    T stored = bridge.created(bridge.withId(record), now);
    String id = bridge.idOf(stored);
    StoredObject object = bridge.object(stored, id, "upsert");
    Set<String> newRefs = refs.of(stored, id);
    refs.put(newRefs, id);
    Set<String> written = new LinkedHashSet<>(newRefs);
    return Retries.untilWritten(resource, id, () -> {
      if (store.create(id, object)) {
        refs.delete(minus(written, newRefs), id);
        return Optional.of(stored);
      }
      // replacing: the old references (and createdAt) come from the record being replaced, read with its ETag
      RecordStore.Loaded loaded = store.read(id);
      if (loaded == null) {
        return Optional.empty();
      }
      T existing = bridge.decodeOrNull(id, loaded);
      Set<String> oldRefs = existing == null ? Set.of() : refs.ofStored(existing, loaded, id);
      keepHistory(id, loaded);
      T replacement = stored;
      StoredObject replacementObject = object;
      Set<String> replacementRefs = newRefs;
      if (existing != null && bridge.timestamped()) {
        replacement = bridge.replacing(stored, existing, now);
        replacementObject = bridge.object(replacement, id, "upsert");
        replacementRefs = refs.of(replacement, id);
        Set<String> toPut = minus(replacementRefs, oldRefs);
        toPut.removeAll(written);
        refs.put(toPut, id);
        written.addAll(toPut);
      }
      if (!store.replace(id, replacementObject, loaded)) {
        return Optional.empty();
      }
      Set<String> toDelete = new LinkedHashSet<>(oldRefs);
      toDelete.addAll(written);
      toDelete.removeAll(replacementRefs);
      refs.delete(toDelete, id);
      return Optional.of(replacement);
    });
  }

  /** Deletes the record and then its references; nothing if it does not exist. */
  void delete(String id) {
    Ids.check(resource, id);
    Set<String> stored = Set.of();
    if (refs.any()) {
      RecordStore.Loaded loaded = store.read(id);
      if (loaded == null) {
        return;
      }
      stored = refs.ofStoredOrNone(id, loaded);
    }
    store.delete(id);
    refs.delete(stored, id);
  }

  /**
   * With versioning, a record written under an older schema version is copied, as it is, to
   * {@code resource=<name>/historical/id=<id>} before it is rewritten in the current one (s3db.js's
   * historical storage; the copy's Last-Modified tells when).
   */
  private void keepHistory(String id, RecordStore.Loaded loaded) {
    String written = loaded.metadata().get(Layout.VERSION_KEY);
    if (versioning && written != null && !written.equals(bridge.version())) {
      store.copyToHistory(id);
    }
  }

  private static Set<String> minus(Set<String> from, Set<String> taken) {
    Set<String> rest = new LinkedHashSet<>(from);
    rest.removeAll(taken);
    return rest;
  }
}
