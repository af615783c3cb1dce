package io.s3db.cache;

import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.plugin.Operation;
import io.s3db.plugin.OperationKind;
import org.jspecify.annotations.Nullable;

/**
 * What a cached read asked for: its resource, the type of the DAO's records, its kind and its
 * argument (the id; the ids; the partition key; the partition key and page), compared by value.
 * Reads of different kinds never share an answer: the get, find and exists of one id are three
 * entries; nor do a typed DAO and a document view of one resource, whose answers differ in type.
 */
record CacheKey(String resource, Class<?> recordType, OperationKind kind, Object argument) {

  /**
   * The key of a read the cache may answer, or null: writes, {@code query} (its predicate is code,
   * which has no equality), {@code stream} (lazy, read after the call returns, possibly larger than
   * memory), content calls, and the reads of a DAO that skips unreadable records (it reports each
   * skipped record to its consumer, which an answer from memory would not).
   */
  static @Nullable CacheKey of(Operation<?> op) {
    if (op.skipsUnreadable()) {
      return null;
    }
    Object argument =
        switch (op.kind()) {
          case GET, FIND, EXISTS -> op.id();
          case GET_MANY -> op.ids();
          case LIST, LIST_IDS, COUNT -> op.partition();
          case PAGE -> page(op.partition(), op.pageRequest());
          default -> null;
        };
    return argument == null
        ? null
        : new CacheKey(op.resource(), op.recordType(), op.kind(), argument);
  }

  private static @Nullable Object page(
      @Nullable PartitionKey<?> partition, @Nullable PageRequest request) {
    return partition == null || request == null ? null : new PageOf(partition, request);
  }

  /** The id of a single-record read, whose answer a write of that id makes stale; else null. */
  @Nullable String recordId() {
    return switch (kind) {
      case GET, FIND, EXISTS -> (String) argument;
      default -> null;
    };
  }

  /** The argument as cache events show it: {@code u1}, {@code [u1, u2]}, {@code byRegion{…}}. */
  String label() {
    return argument.toString();
  }

  /** A page of a partition. */
  private record PageOf(PartitionKey<?> partition, PageRequest request) {
    @Override
    public String toString() {
      return partition + " " + request;
    }
  }
}
