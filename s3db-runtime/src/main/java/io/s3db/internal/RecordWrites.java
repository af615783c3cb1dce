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
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The write protocol of one resource's records: insert, update, upsert and delete, with their
 * references put before the data and deleted after it ({@link References}), every replacing write
 * conditional on the ETag it read ({@link Retries}), and every write recognised as its own when its
 * reply is lost ({@link ConditionalPut}). A write that fails takes back the references it put; each
 * returns the record as stored.
 */
final class RecordWrites<T> {
  private static final System.Logger LOG = System.getLogger(RecordWrites.class.getName());

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

  T insert(T record) {
    T stored = bridge.created(bridge.withId(record), bridge.now());
    String id = bridge.idOf(stored);
    StoredObject object = bridge.object(stored, id, "insert");
    Set<String> written = refs.of(stored, id);
    return undoingRefsOnFailure(
        id,
        written,
        () -> {
          refs.put(written, id);
          if (!store.create(id, object)) {
            throw new ResourceAlreadyExistsException(resource, id);
          }
          replaced(id, Set.of(), new LinkedHashSet<>(written), written);
          return bridge.asStored(id, stored, object);
        });
  }

  /**
   * The last step of an update's change, on each attempt: the record to write, from the record the
   * attempt read and what the change function made of it (id and defaults filled in).
   */
  @FunctionalInterface
  interface UpdateStep<T> {
    T apply(T current, T changed);
  }

  /**
   * Reads, changes and writes back until no concurrent writer came between; {@code step} runs on
   * each attempt, after {@code change}, before the result is prepared (so it is validated too).
   */
  T update(String id, UnaryOperator<T> change, UpdateStep<T> step) {
    Ids.check(resource, id);
    Set<String> written = new LinkedHashSet<>();
    return undoingRefsOnFailure(
        id,
        written,
        () ->
            Retries.untilWritten(
                resource,
                id,
                () -> {
                  RecordStore.Loaded loaded = store.read(id);
                  if (loaded == null) {
                    throw new ResourceNotFoundException(resource, id);
                  }
                  T current = bridge.decode(id, loaded);
                  T changed = bridge.changed(id, change.apply(current));
                  T next =
                      bridge.replacing(
                          bridge.changed(id, step.apply(current, changed)), current, bridge.now());
                  Map<String, String> metadata = bridge.encode(next, id);
                  bridge.carryForeignFields(loaded.metadata(), metadata);
                  StoredObject object = bridge.object(metadata, id, "update");
                  Set<String> newRefs = refs.of(next, id);
                  Set<String> oldRefs = refs.ofStored(current, loaded, id);
                  keepHistory(id, loaded);
                  putMissing(id, newRefs, oldRefs, written);
                  if (!store.replace(id, object, loaded)) {
                    return Optional.empty();
                  }
                  replaced(id, oldRefs, written, newRefs);
                  return Optional.of(bridge.asStored(id, next, object));
                }));
  }

  /**
   * Inserts, or replaces the stored record. An upsert that finds the record keeps its {@code
   * createdAt}, and takes back the {@code byCreatedDate} reference it put for the insert attempt.
   */
  T upsert(T record) {
    Instant now = bridge.now();
    T stored = bridge.created(bridge.withId(record), now);
    String id = bridge.idOf(stored);
    StoredObject object = bridge.object(stored, id, "upsert");
    Set<String> newRefs = refs.of(stored, id);
    Set<String> written = new LinkedHashSet<>();
    return undoingRefsOnFailure(
        id,
        written,
        () -> {
          refs.put(newRefs, id);
          written.addAll(newRefs);
          return Retries.untilWritten(
              resource,
              id,
              () -> {
                if (store.create(id, object)) {
                  replaced(id, Set.of(), written, newRefs);
                  return Optional.of(bridge.asStored(id, stored, object));
                }
                // replacing: the old references (and createdAt) come from the record being
                // replaced, read with its ETag
                RecordStore.Loaded loaded = store.read(id);
                if (loaded == null) {
                  return Optional.empty();
                }
                T existing = bridge.decodeOrNull(id, loaded);
                Set<String> oldRefs =
                    existing == null ? Set.of() : refs.ofStored(existing, loaded, id);
                keepHistory(id, loaded);
                T replacement = stored;
                StoredObject replacementObject = object;
                Set<String> replacementRefs = newRefs;
                if (existing != null && bridge.timestamped()) {
                  replacement = bridge.replacing(stored, existing, now);
                  replacementObject = bridge.object(replacement, id, "upsert");
                  replacementRefs = refs.of(replacement, id);
                  putMissing(id, replacementRefs, oldRefs, written);
                }
                try {
                  if (!store.replace(id, replacementObject, loaded)) {
                    return Optional.empty();
                  }
                } catch (ResourceNotFoundException deletedSinceRead) {
                  return Optional
                      .empty(); // an upsert does not report "not found": the next attempt creates
                  // it
                }
                replaced(id, oldRefs, written, replacementRefs);
                return Optional.of(bridge.asStored(id, replacement, replacementObject));
              });
        });
  }

  /**
   * Deletes the record and then its references; nothing if it does not exist. With references the
   * DELETE is conditional on the version read: a record replaced between the read and the DELETE
   * (moved to another partition) would otherwise be deleted while only the references of the
   * version read were taken back, leaving the new version's behind; so the delete reads again and
   * retries.
   */
  void delete(String id) {
    Ids.check(resource, id);
    if (!refs.any()) {
      store.delete(id);
      return;
    }
    Retries.untilDone(
        resource,
        id,
        () -> {
          RecordStore.Loaded loaded = store.read(id);
          if (loaded == null) {
            return true;
          }
          Set<String> stored = refs.ofStoredOrNone(id, loaded);
          if (!store.deleteIfUnchanged(id, loaded)) {
            return false;
          }
          refs.delete(stored, id);
          return true;
        });
  }

  /**
   * Puts the references the next write needs that the stored record does not have, again on every
   * attempt: the writer that won a race may have deleted those an earlier attempt put.
   */
  private void putMissing(String id, Set<String> wanted, Set<String> stored, Set<String> written) {
    Set<String> toPut = new LinkedHashSet<>(wanted);
    toPut.removeAll(stored);
    refs.put(toPut, id);
    written.addAll(toPut);
  }

  /**
   * After the data is written: puts the references the replaced record did not have once more (a
   * writer that deleted one of them between this write's first put and its data, and checked before
   * the data landed, could not have put it back), then deletes the replaced record's references and
   * those earlier attempts put that the record no longer has. The write has happened, so nothing
   * here may fail it: what cannot be done is logged, and the next write or {@code repair()}
   * finishes it.
   */
  private void replaced(String id, Set<String> oldRefs, Set<String> written, Set<String> newRefs) {
    Set<String> toDelete = new LinkedHashSet<>(oldRefs);
    toDelete.addAll(written);
    toDelete.removeAll(newRefs);
    Set<String> added = new LinkedHashSet<>(newRefs);
    added.removeAll(oldRefs);
    written.clear(); // the record is written: nothing is left to take back on failure
    try {
      refs.afterWrite(id, added, toDelete);
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Partition references of record {0} of resource {1} were not all"
              + " brought up to date after its write: {2}; repair() reconciles them",
          id,
          resource,
          e.getMessage());
    }
  }

  /**
   * Runs a write; if it fails, takes back the references it put (keeping those the stored record
   * has).
   */
  private T undoingRefsOnFailure(String id, Set<String> written, Supplier<T> write) {
    try {
      return write.get();
    } catch (RuntimeException e) {
      try {
        refs.discard(written, id);
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /**
   * With versioning, a record written under an older schema version is copied, as it is, to {@code
   * resource=<name>/historical/id=<id>} before it is rewritten in the current one (s3db.js's
   * historical storage; the copy's Last-Modified tells when).
   */
  private void keepHistory(String id, RecordStore.Loaded loaded) {
    String written = loaded.metadata().get(Layout.VERSION_KEY);
    if (versioning && written != null && !written.equals(bridge.version())) {
      store.copyToHistory(id);
    }
  }
}
