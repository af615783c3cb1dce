package io.s3db.internal;

import io.s3db.CodecException;
import io.s3db.PartitionKey;
import io.s3db.SecretException;
import io.s3db.UnreadableRecord;
import io.s3db.internal.layout.Layout;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads single records: one HEAD, or one GET when the record's data is in the body. A record that
 * cannot be decoded fails the read, or, for the records of a bulk read given an {@code unreadable}
 * consumer, is reported to it and skipped.
 */
final class RecordReader<T> {
  private final RecordStore store;
  private final CodecBridge<T> bridge;
  private final PartitionIndex<T> partitions;
  private final @Nullable Consumer<? super UnreadableRecord> unreadable;

  RecordReader(
      RecordStore store,
      CodecBridge<T> bridge,
      PartitionIndex<T> partitions,
      @Nullable Consumer<? super UnreadableRecord> unreadable) {
    this.store = store;
    this.bridge = bridge;
    this.partitions = partitions;
    this.unreadable = unreadable;
  }

  /** A reader of the same records that skips and reports those it cannot decode in bulk reads. */
  RecordReader<T> skipping(Consumer<? super UnreadableRecord> report) {
    return new RecordReader<>(store, bridge, partitions, report);
  }

  /** The record, or empty if there is none; the id is not checked. */
  Optional<T> fetch(String id) {
    RecordStore.Loaded loaded = store.read(id);
    return loaded == null ? Optional.empty() : Optional.of(bridge.decode(id, loaded));
  }

  /**
   * A record of a bulk read: as {@link #fetch(String)}, or empty and reported if it cannot be
   * decoded.
   */
  Optional<T> fetchListed(String id) {
    RecordStore.Loaded loaded = store.read(id);
    return loaded == null ? Optional.empty() : decodeListed(id, loaded);
  }

  /**
   * The record behind a listed key if it still belongs under the key (else the reference is stale).
   */
  Optional<T> fetch(PartitionKey<T> key, String id) {
    if (key.partitionName().filter(PartitionKey.BY_VERSION::equals).isPresent()) {
      RecordStore.Loaded loaded = store.read(id);
      return loaded == null
              || !Objects.equals(
                  key.values().get(Layout.VERSION_KEY), loaded.metadata().get(Layout.VERSION_KEY))
          ? Optional.empty()
          : decodeListed(id, loaded);
    }
    return fetchListed(id).filter(record -> partitions.matches(key, record));
  }

  boolean exists(String id) {
    return store.head(id) != null;
  }

  private Optional<T> decodeListed(String id, RecordStore.Loaded loaded) {
    try {
      return Optional.of(bridge.decode(id, loaded));
    } catch (CodecException | SecretException e) {
      if (unreadable == null) {
        throw e;
      }
      unreadable.accept(new UnreadableRecord(bridge.resource(), id, e));
      return Optional.empty();
    }
  }
}
