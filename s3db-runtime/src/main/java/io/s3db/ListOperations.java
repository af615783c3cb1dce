package io.s3db;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The reads of many records of a resource: lists, counts, pages, queries and streams, of all its
 * records or of one partition. Part of every {@link S3Dao}.
 *
 * @param <T> the record type
 */
public interface ListOperations<T> {

  /**
   * Every record, in id order. Cost: 1 LIST per 1 000 records + 1 HEAD per record, in parallel.
   *
   * @return every record, decoded; an empty list for an empty resource
   */
  default List<T> list() {
    return list(PartitionKey.all());
  }

  /**
   * Every id, in order. Cost: 1 LIST per 1 000 ids.
   *
   * @return every id, in lexicographic (S3 key) order
   */
  default List<String> listIds() {
    return listIds(PartitionKey.all());
  }

  /**
   * The number of records. Cost: 1 LIST per 1 000 records.
   *
   * @return how many records the resource has
   */
  default long count() {
    return count(PartitionKey.all());
  }

  /**
   * The records of a partition (or of all, {@link PartitionKey#all()}), in id order, read eagerly;
   * for large sets prefer {@link #stream}.
   *
   * <pre>{@code List<User> eu = users.list(UserPartitions.byRegion("eu-west"));}</pre>
   *
   * Cost: 1 LIST per 1 000 records + 1 HEAD per record, in parallel.
   *
   * @param key the partition values to read, from the generated {@code <Record>Partitions}
   *     factories, or {@link PartitionKey#all()}
   * @return the partition's records, without stale references
   */
  List<T> list(PartitionKey<T> key);

  /**
   * The ids of a partition's records, in order, from keys alone. Cost: 1 LIST per 1 000 ids. May
   * include stale references (see the class comment).
   *
   * @param key the partition values to read, or {@link PartitionKey#all()}
   * @return the ids found under the partition's keys, in lexicographic order
   */
  List<String> listIds(PartitionKey<T> key);

  /**
   * The number of records in a partition, from keys alone. Cost: 1 LIST per 1 000 records.
   *
   * @param key the partition values to count, or {@link PartitionKey#all()}
   * @return how many references the partition has, stale ones included
   */
  long count(PartitionKey<T> key);

  /**
   * One page of a partition's records, in id order. Cost: 1 LIST + 1 HEAD per record of the page,
   * in parallel; an offset request ({@link PageRequest#ofOffset}) lists the skipped keys too (1
   * LIST per 1 000) but never fetches them.
   *
   * @param key the partition values to read, or {@link PartitionKey#all()}
   * @param request where the page starts (a cursor from the previous page, or an offset) and how
   *     many records it holds
   * @return the page's records, with the cursor of the next page if there is one
   */
  Page<T> page(PartitionKey<T> key, PageRequest request);

  /**
   * The records of a partition that match a predicate, in id order. Narrow with a partition first:
   * the predicate runs in Java on every record of the key. Cost: as {@link #list(PartitionKey)}.
   *
   * <pre>{@code users.query(UserPartitions.byRegion("eu-west"), u -> u.age() >= 18);}</pre>
   *
   * @param key the partition values to read, or {@link PartitionKey#all()}
   * @param filter which records to keep; runs once per record read, on the calling thread
   * @return the matching records
   */
  List<T> query(PartitionKey<T> key, Predicate<? super T> filter);

  /**
   * The records that match a predicate: {@code query(PartitionKey.all(), filter)}; reads every
   * record.
   *
   * @param filter which records to keep; runs once per record
   * @return the matching records, in id order
   */
  default List<T> query(Predicate<? super T> filter) {
    return query(PartitionKey.all(), filter);
  }

  /**
   * Every record, as {@link #list()} (the s3db.js name). Cost: 1 LIST per 1 000 + 1 HEAD per
   * record.
   *
   * @return every record, in id order
   */
  default List<T> getAll() {
    return list(PartitionKey.all());
  }

  /**
   * The records of a partition as a lazy stream: it lists 1 000 keys at a time and fetches records
   * ahead of the consumer with at most {@code parallelism} HEADs in flight, so memory stays
   * constant however many records there are. Close it (try-with-resources) to stop early; that
   * drops the work in flight.
   *
   * <pre>{@code
   * try (Stream<User> s = users.stream(PartitionKey.all())) {
   *   s.filter(User::active).forEach(this::notify);
   * }
   * }</pre>
   *
   * Cost: as {@link #list(PartitionKey)}, for the part consumed (plus up to {@code parallelism}
   * HEADs ahead).
   *
   * @param key the partition values to read, or {@link PartitionKey#all()}
   * @return a sequential stream of the partition's records, in id order, without stale references
   */
  Stream<T> stream(PartitionKey<T> key);
}
