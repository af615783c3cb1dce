package io.s3db.internal;

import io.s3db.PartitionKey;
import io.s3db.S3AccessException;
import io.s3db.internal.layout.Layout;
import io.s3db.spi.ResourceDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * A record's references: one zero-byte object per partition it belongs to, and with versioning one
 * under {@code byVersion} for the version it was written in. They are computed from the record's
 * values (never listed), put before the data and deleted after it (see {@link ResourceEngine}).
 *
 * <h2>Concurrent writers</h2>
 *
 * A reference one writer deletes may meanwhile have been put again by another writer moving the
 * record back, whose data lands before or after the delete does. So a writer that deleted
 * references reads the record again once its deletes are done and puts back those the record as
 * stored now has, until the record stays the same across a round ({@link #settle}). Together with
 * every writer putting its references before its data, this leaves every record under each of its
 * partitions whatever the interleaving: the last deleter of a reference sees the record that wants
 * it. Writes that fail take back the references they put that the record as stored does not have
 * ({@link #discard}).
 */
final class References<T> {
  private static final System.Logger LOG = System.getLogger(References.class.getName());

  /** Rounds of {@link #settle} before the record is left to the next write or {@code repair()}. */
  private static final int SETTLE_ROUNDS = 4;

  private final S3Client s3;
  private final String bucket;
  private final ResourceKeys keys;
  private final PartitionIndex<T> partitions;
  private final boolean versioning;
  private final CodecBridge<T> bridge;
  private final Parallel parallel;
  private final BatchDeleter deleter;
  private final RecordStore store;

  References(
      S3Client s3,
      String bucket,
      ResourceKeys keys,
      ResourceDescriptor<T> descriptor,
      CodecBridge<T> bridge,
      Parallel parallel,
      BatchDeleter deleter,
      RecordStore store) {
    this.store = store;
    this.s3 = s3;
    this.bucket = bucket;
    this.keys = keys;
    this.partitions =
        new PartitionIndex<>(
            descriptor.name(), keys, descriptor.partitions(), descriptor.versioning());
    this.versioning = descriptor.versioning();
    this.bridge = bridge;
    this.parallel = parallel;
    this.deleter = deleter;
  }

  /** The resource's partitions, for checking and matching keys. */
  PartitionIndex<T> partitions() {
    return partitions;
  }

  /** Whether records have references at all (partitions, or versioning's {@code byVersion}). */
  boolean any() {
    return !partitions.isEmpty();
  }

  /**
   * The references of a record about to be written: its partitions', and {@code byVersion}'s under
   * the version written now.
   */
  Set<String> of(T record, String id) {
    Set<String> refs = partitions.refKeys(record, id);
    if (versioning) {
      refs = new LinkedHashSet<>(refs);
      refs.add(keys.refKey(PartitionKey.byVersion(bridge.version()), id));
    }
    return refs;
  }

  /**
   * The references a stored record has: computed from its values and the version it was written
   * under.
   */
  Set<String> ofStored(T record, RecordStore.Loaded loaded, String id) {
    Set<String> refs = partitions.storedRefKeys(record, id);
    String written = loaded.metadata().get(Layout.VERSION_KEY);
    if (versioning && written != null) {
      refs = new LinkedHashSet<>(refs);
      refs.add(keys.refKey(PartitionKey.byVersion(written), id));
    }
    return refs;
  }

  /**
   * The references of the stored record, or none when it cannot be decoded (nothing this library
   * wrote).
   */
  Set<String> ofStoredOrNone(String id, RecordStore.Loaded loaded) {
    T stored = bridge.decodeOrNull(id, loaded);
    return stored == null ? Set.of() : ofStored(stored, loaded, id);
  }

  /**
   * Puts zero-byte reference objects, {@code {_v: version}} as s3db.js writes them, in parallel.
   */
  void put(Set<String> refs, String id) {
    if (refs.isEmpty()) {
      return;
    }
    Map<String, String> metadata = Map.of(Layout.VERSION_KEY, bridge.version());
    parallel.forEach(
        new ArrayList<>(refs),
        ref -> {
          try {
            s3.putObject(
                PutObjectRequest.builder().bucket(bucket).key(ref).metadata(metadata).build(),
                RequestBody.empty());
          } catch (SdkException e) {
            throw new S3AccessException(
                "Cannot write a partition reference of record '"
                    + id
                    + "' of resource '"
                    + bridge.resource()
                    + "'",
                bridge.resource(),
                id,
                e);
          }
        });
  }

  /**
   * Deletes references after the data is safe, then {@linkplain #settle settles} them. A failure
   * leaves only stale references, which readers skip, so it is logged rather than failing a write
   * that has succeeded.
   */
  void delete(Set<String> refs, String id) {
    if (refs.isEmpty()) {
      return;
    }
    deleteOnly(refs, id);
    settle(id, refs);
  }

  /**
   * Takes back references a failed write put, keeping those the record as stored has (another
   * writer's, or the winner's of a lost race).
   */
  void discard(Set<String> written, String id) {
    if (written.isEmpty()) {
      return;
    }
    RecordStore.Loaded now = store.read(id);
    Set<String> unwanted = new LinkedHashSet<>(written);
    if (now != null) {
      unwanted.removeAll(ofStoredOrNone(id, now));
    }
    delete(unwanted, id);
  }

  /**
   * After deleting {@code deleted}: reads the record as stored now and puts back the deleted
   * references it has (another writer put them again meanwhile), taking back again those it put
   * back when the record changed since; until the record is the same in two reads, a few rounds at
   * most. Every delete is followed by such a read, so the last round only puts.
   */
  void settle(String id, Set<String> deleted) {
    settle(id, deleted, Set.of());
  }

  /**
   * After a write's data landed: puts its new references once more ({@code added}; a delete by
   * another writer may have landed between their first put and the data), deletes {@code removed},
   * and settles both against the record as stored now, which may already be a later writer's.
   */
  void afterWrite(String id, Set<String> added, Set<String> removed) {
    if (added.isEmpty() && removed.isEmpty()) {
      return;
    }
    put(added, id);
    deleteOnly(removed, id);
    settle(id, removed, added);
  }

  private void settle(String id, Set<String> deleted, Set<String> put) {
    try {
      settleRounds(id, deleted, put);
    } catch (RuntimeException e) {
      // the write this follows has happened; what is left is for the next write or repair()
      LOG.log(
          System.Logger.Level.WARNING,
          "Partition references of record {0} of resource {1} could not be"
              + " checked after its write: {2}; repair() reconciles them",
          id,
          bridge.resource(),
          e.getMessage());
    }
  }

  private void settleRounds(String id, Set<String> deleted, Set<String> put) {
    // every reference deleted so far, the ones taken back below included: a later round puts back
    // whichever of them the record as stored then wants (another writer may have put one again
    // just before the delete landed)
    Set<String> taken = new LinkedHashSet<>(deleted);
    Set<String> putBack = new LinkedHashSet<>(put);
    String seen = null;
    for (int round = 0; round < SETTLE_ROUNDS; round++) {
      RecordStore.Loaded now = store.read(id);
      String etag = now == null ? "" : now.etag();
      if (etag.equals(seen)) {
        return;
      }
      seen = etag;
      Set<String> wanted = now == null ? Set.of() : ofStoredOrNone(id, now);
      Set<String> missing = new LinkedHashSet<>(taken);
      missing.retainAll(wanted);
      Set<String> extra = new LinkedHashSet<>(putBack);
      extra.removeAll(wanted);
      if (missing.isEmpty() && extra.isEmpty()) {
        return;
      }
      put(missing, id);
      putBack.addAll(missing);
      if (round == SETTLE_ROUNDS - 1) {
        // a delete must be followed by a read that puts back what the record wants then: another
        // writer may have put this very reference again just before the delete landed. With no
        // round left to read, keep the references: a stale one is skipped by readers, a missing
        // one would unlist the record.
        break;
      }
      deleteOnly(extra, id);
      putBack.removeAll(extra);
      taken.addAll(extra);
    }
    LOG.log(
        System.Logger.Level.WARNING,
        "Record {0} of resource {1} kept changing while its partition references"
            + " were settled; repair() reconciles them",
        id,
        bridge.resource());
  }

  private void deleteOnly(Set<String> refs, String id) {
    if (refs.isEmpty()) {
      return;
    }
    deleter
        .delete(new ArrayList<>(refs))
        .forEach(
            (key, error) ->
                LOG.log(
                    System.Logger.Level.WARNING,
                    "Stale partition reference {0} of record {1} left behind: {2}",
                    key,
                    id,
                    error.getMessage()));
  }
}
