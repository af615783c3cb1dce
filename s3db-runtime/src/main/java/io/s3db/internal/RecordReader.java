package io.s3db.internal;

import io.s3db.PartitionKey;
import io.s3db.internal.layout.Layout;
import java.util.Optional;

/** Reads single records: one HEAD, or one GET when the record's data is in the body. */
final class RecordReader<T> {
  private final RecordStore store;
  private final CodecBridge<T> bridge;
  private final PartitionIndex<T> partitions;

  RecordReader(RecordStore store, CodecBridge<T> bridge, PartitionIndex<T> partitions) {
    this.store = store;
    this.bridge = bridge;
    this.partitions = partitions;
  }

  /** The record, or empty if it is gone; the id is not checked (it may come from a listing). */
  Optional<T> fetch(String id) {
    RecordStore.Loaded loaded = store.read(id);
    return loaded == null ? Optional.empty() : Optional.of(bridge.decode(id, loaded));
  }

  /** The record behind a listed key if it still belongs under the key (else the reference is stale). */
  Optional<T> fetch(PartitionKey<T> key, String id) {
    if (key.partitionName().filter(PartitionKey.BY_VERSION::equals).isPresent()) {
      RecordStore.Loaded loaded = store.read(id);
      return loaded == null || !key.values().get(Layout.VERSION_KEY).equals(loaded.metadata().get(Layout.VERSION_KEY))
          ? Optional.empty() : Optional.of(bridge.decode(id, loaded));
    }
    return fetch(id).filter(record -> partitions.matches(key, record));
  }

  boolean exists(String id) {
    return store.head(id) != null;
  }
}
