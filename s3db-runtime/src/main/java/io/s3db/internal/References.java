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
 * A record's references: one zero-byte object per partition it belongs to, and with versioning one under
 * {@code byVersion} for the version it was written in. They are computed from the record's values (never
 * listed), put before the data and deleted after it (see {@link ResourceEngine}).
 */
final class References<T> {
  private static final System.Logger LOG = System.getLogger(References.class.getName());

  private final S3Client s3;
  private final String bucket;
  private final ResourceKeys keys;
  private final PartitionIndex<T> partitions;
  private final boolean versioning;
  private final CodecBridge<T> bridge;
  private final Parallel parallel;
  private final BatchDeleter deleter;

  References(S3Client s3, String bucket, ResourceKeys keys, ResourceDescriptor<T> descriptor, CodecBridge<T> bridge,
      Parallel parallel, BatchDeleter deleter) {
    this.s3 = s3;
    this.bucket = bucket;
    this.keys = keys;
    this.partitions = new PartitionIndex<>(descriptor.name(), keys, descriptor.partitions(), descriptor.versioning());
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

  /** The references of a record about to be written: its partitions', and {@code byVersion}'s under the version written now. */
  Set<String> of(T record, String id) {
    Set<String> refs = partitions.refKeys(record, id);
    if (versioning) {
      refs = new LinkedHashSet<>(refs);
      refs.add(keys.refKey(PartitionKey.byVersion(bridge.version()), id));
    }
    return refs;
  }

  /** The references a stored record has: computed from its values and the version it was written under. */
  Set<String> ofStored(T record, RecordStore.Loaded loaded, String id) {
    Set<String> refs = partitions.storedRefKeys(record, id);
    String written = loaded.metadata().get(Layout.VERSION_KEY);
    if (versioning && written != null) {
      refs = new LinkedHashSet<>(refs);
      refs.add(keys.refKey(PartitionKey.byVersion(written), id));
    }
    return refs;
  }

  /** The references of the stored record, or none when it cannot be decoded (nothing this library wrote). */
  Set<String> ofStoredOrNone(String id, RecordStore.Loaded loaded) {
    T stored = bridge.decodeOrNull(id, loaded);
    return stored == null ? Set.of() : ofStored(stored, loaded, id);
  }

  /** Puts zero-byte reference objects, {@code {_v: version}} as s3db.js writes them, in parallel. */
  void put(Set<String> refs, String id) {
    if (refs.isEmpty()) {
      return;
    }
    Map<String, String> metadata = Map.of(Layout.VERSION_KEY, bridge.version());
    parallel.map(new ArrayList<>(refs), ref -> {
      try {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(ref).metadata(metadata).build(),
            RequestBody.empty());
        return null;
      } catch (SdkException e) {
        throw new S3AccessException("Cannot write a partition reference of record '" + id + "' of resource '"
            + bridge.resource() + "'", bridge.resource(), id, e);
      }
    });
  }

  /**
   * Deletes references after the data is safe. A failure leaves only stale references, which readers skip,
   * so it is logged rather than failing a write that has succeeded.
   */
  void delete(Set<String> refs, String id) {
    if (refs.isEmpty()) {
      return;
    }
    deleter.delete(new ArrayList<>(refs)).forEach((key, error) -> LOG.log(System.Logger.Level.WARNING,
        "Stale partition reference {0} of record {1} left behind: {2}", key, id, error.getMessage()));
  }
}
