package io.s3db;

import io.s3db.events.ResourceEvents;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The operations on one resource. The processor generates an implementation per record ({@code
 * UserDao}); get it with {@code UserDao.of(db)} or {@link S3db#dao(Class)}. Thread-safe.
 *
 * <p>Each record is one S3 object, {@code <prefix>/resource=<name>/data/id=<id>}, whose user
 * metadata holds the fields. The request cost of each call is given in its Javadoc, where P is the
 * number of partitions the record has a value for (each is one zero-byte reference object, {@code
 * resource=<name>/partition=<p>/<field>=<value>/id=<id>}). Bulk calls run at most {@code
 * parallelism} requests at once (default 10, {@link S3db.Builder#parallelism}).
 *
 * <p><b>Partitions and failures.</b> A write puts the new references before the data and removes
 * old ones after it, so an interrupted write leaves at worst a stale reference, never a record
 * missing from its partition. Calls that read records ({@code list}, {@code page}, {@code query},
 * {@code stream}) check each record against the partition key and skip stale references; {@code
 * count} and {@code listIds} read keys only, so they count such references until a later write of
 * the record removes them.
 */
public interface S3Dao<T> {

  /** The resource name, as in object keys and {@code s3db.json}. */
  String name();

  /**
   * The resource's hooks: code run before and after its writes ({@code insert}, {@code update},
   * {@code upsert}, {@code delete} and their bulk forms), shared by every DAO of this resource in
   * this database. See {@link Hooks} for exactly when each runs and how failures surface.
   *
   * <pre>{@code users.hooks().beforeInsert((ctx, u) -> u.withEmail(u.email().toLowerCase()));}
   * </pre>
   */
  Hooks<T> hooks();

  /**
   * The resource's events: listeners told after its writes and reads, which, unlike hooks, never
   * make a call fail. See {@link ResourceEvents}.
   *
   * <pre>{@code users.events().onInsert(u -> metrics.increment("users.created"));}</pre>
   */
  ResourceEvents<T> events();

  /**
   * Stores a new record and returns it as stored, with its id: a record whose id is null gets a
   * generated one. Fails with {@link ResourceAlreadyExistsException} if the id is taken (the write
   * is conditional, {@code If-None-Match: *}, so two concurrent inserts of one id cannot both
   * succeed).
   *
   * <pre>{@code User ana = users.insert(new User(null, "Ana", 34));}</pre>
   *
   * Cost: 1 PUT, + 1 PUT per partition reference (written first, in parallel).
   */
  T insert(T record);

  /**
   * The record with this id. Cost: 1 HEAD.
   *
   * @throws ResourceNotFoundException if there is none
   */
  T get(String id);

  /** The record with this id, or empty. Cost: 1 HEAD. */
  Optional<T> find(String id);

  /** Whether a record with this id exists. Cost: 1 HEAD. */
  boolean exists(String id);

  /**
   * Reads the record, applies {@code change} and writes the result only if nobody changed the
   * record in between ({@code If-Match}); if somebody did, waits a random moment, reads again and
   * re-applies {@code change}, up to 16 times, before giving up with {@link ConflictException}. So
   * {@code change} may run more than once: keep it free of side effects. The id cannot be changed.
   *
   * <pre>{@code users.update(id, u -> new User(u.id(), u.name(), u.age() + 1));}</pre>
   *
   * Cost: 1 HEAD + 1 PUT (plus the same again per lost race); for each partition whose value
   * changed, + 1 PUT of the new reference (before the data) and the old one's removal after it (1
   * DELETE, or 1 DeleteObjects for several). Old references are computed from the record read,
   * never listed.
   *
   * @throws ResourceNotFoundException if there is no record with this id
   */
  T update(String id, UnaryOperator<T> change);

  /**
   * Stores the record whether or not its id exists, replacing what is there. A null id gets a
   * generated one. Its partition references follow the new values. Cost: 1 PUT (+ P PUTs of
   * references) when the id is new; when it replaces a record, 2 PUTs without partitions, and with
   * partitions P PUTs + 1 PUT (412) + 1 HEAD + 1 PUT + the removal of references that changed.
   */
  T upsert(T record);

  /**
   * Deletes the record and its partition references if it exists. Cost: 1 DELETE without
   * partitions; with partitions 1 HEAD (to learn its references) + 1 DELETE + 1 DELETE (one
   * reference) or 1 DeleteObjects (several).
   */
  void delete(String id);

  /** Every record, in id order. Cost: 1 LIST per 1 000 records + 1 HEAD per record, in parallel. */
  default List<T> list() {
    return list(PartitionKey.all());
  }

  /** Every id, in order. Cost: 1 LIST per 1 000 ids. */
  default List<String> listIds() {
    return listIds(PartitionKey.all());
  }

  /** The number of records. Cost: 1 LIST per 1 000 records. */
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
   */
  List<T> list(PartitionKey<T> key);

  /**
   * The ids of a partition's records, in order, from keys alone. Cost: 1 LIST per 1 000 ids. May
   * include stale references (see the class comment).
   */
  List<String> listIds(PartitionKey<T> key);

  /** The number of records in a partition, from keys alone. Cost: 1 LIST per 1 000 records. */
  long count(PartitionKey<T> key);

  /**
   * One page of a partition's records, in id order. Cost: 1 LIST + 1 HEAD per record of the page,
   * in parallel; an offset request ({@link PageRequest#ofOffset}) lists the skipped keys too (1
   * LIST per 1 000) but never fetches them.
   */
  Page<T> page(PartitionKey<T> key, PageRequest request);

  /**
   * The records of a partition that match a predicate, in id order. Narrow with a partition first:
   * the predicate runs in Java on every record of the key. Cost: as {@link #list(PartitionKey)}.
   *
   * <pre>{@code users.query(UserPartitions.byRegion("eu-west"), u -> u.age() >= 18);}</pre>
   */
  List<T> query(PartitionKey<T> key, Predicate<? super T> filter);

  /**
   * The records that match a predicate: {@code query(PartitionKey.all(), filter)}; reads every
   * record.
   */
  default List<T> query(Predicate<? super T> filter) {
    return query(PartitionKey.all(), filter);
  }

  /**
   * Every record, as {@link #list()} (the s3db.js name). Cost: 1 LIST per 1 000 + 1 HEAD per
   * record.
   */
  default List<T> getAll() {
    return list(PartitionKey.all());
  }

  /**
   * The records with these ids, in the order given; ids without a record are absent from the map.
   * Cost: 1 HEAD per id, in parallel.
   */
  Map<String, T> getMany(Collection<String> ids);

  /**
   * Inserts every record as {@link #insert} does, in parallel; records with a null id get one.
   * Cost: per record, as {@code insert}.
   */
  default BulkResult<T> insertMany(Collection<? extends T> records) {
    return insertMany(records, ProgressListener.NONE);
  }

  /** {@link #insertMany(Collection)}, telling {@code progress} of every finished record. */
  BulkResult<T> insertMany(Collection<? extends T> records, ProgressListener progress);

  /**
   * Deletes the records with these ids and their partition references; ids without a record
   * succeed. Cost: 1 DeleteObjects per 1 000 ids; with partitions, + 1 HEAD per id (in parallel, to
   * learn the references) + 1 DeleteObjects per 1 000 references. (s3db.js 21: 6 requests per id.)
   */
  default BulkResult<String> deleteMany(Collection<String> ids) {
    return deleteMany(ids, ProgressListener.NONE);
  }

  /** {@link #deleteMany(Collection)}, telling {@code progress} as batches finish. */
  BulkResult<String> deleteMany(Collection<String> ids, ProgressListener progress);

  /**
   * Deletes every record of the resource and every partition reference, and returns how many
   * records there were. Refused with {@link S3dbConfigurationException} while the resource is
   * paranoid, the default ({@code @S3Resource(paranoid = false)} allows it). Cost: per 1 000
   * records 1 LIST + 1 DeleteObjects, and the same per 1 000 references.
   *
   * @throws S3dbException naming the keys S3 refused to delete, after trying them all
   */
  long deleteAll();

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
   */
  Stream<T> stream(PartitionKey<T> key);

  /**
   * A view of this DAO whose bulk reads ({@code list}, {@code getAll}, {@code query}, {@code page},
   * {@code stream}, {@code getMany}) skip records that cannot be decoded (a corrupted object, or
   * one an incompatible schema wrote) and report each to {@code unreadable}, instead of failing the
   * whole call on the first one, which is what this DAO does. Single-record reads and writes are
   * the same as this DAO's.
   *
   * <pre>{@code
   * List<UnreadableRecord> skipped = new CopyOnWriteArrayList<>();
   * List<User> users = users.skippingUnreadable(skipped::add).list();
   * }</pre>
   */
  S3Dao<T> skippingUnreadable(Consumer<? super UnreadableRecord> unreadable);

  /**
   * Reconciles the resource's partition references with its records, and says what it fixed: puts
   * every reference a record's values name that is missing, deletes every reference no record has
   * (of a record that is gone, or under values it no longer has). Writes keep references right by
   * themselves, also when they race; {@code repair} is for what a crash midway or an older client
   * left behind. A reference put by a write in flight may look stale for that moment: run it while
   * the resource is quiet, or give {@link #repair(Duration)} a grace period. Cost: 1 LIST per 1 000
   * records and per 1 000 references, 1 HEAD per record, and 1 request per reference fixed.
   */
  default RepairReport repair() {
    return repair(Duration.ZERO);
  }

  /** {@link #repair()}, leaving alone stale-looking references younger than {@code grace}. */
  RepairReport repair(Duration grace);

  /**
   * A writer for long imports: inserts with bounded concurrency and back-pressure, and collects
   * failures. Cost: per record, as {@link #insert}.
   */
  BulkWriter<T> writer(BulkWriter.Options options);

  /**
   * Stores binary content (a photo, a PDF) as the body of the record's object, keeping its fields.
   * The record must exist and keep its fields in metadata (not a body-overflow or body-only record
   * over the limit). The content type must not be {@code application/json}: s3db.js's updates leave
   * a JSON copy of the record in the body, which readers tell from content by that type (use e.g.
   * {@code application/vnd.acme+json}). Cost: 1 HEAD + 1 PUT.
   *
   * @throws IllegalArgumentException for an {@code application/json} content type, before any
   *     request
   * @throws ContentNotAllowedException if the record keeps fields in its body
   * @throws ResourceNotFoundException if there is no such record
   */
  void setContent(String id, byte[] content, String contentType);

  /**
   * {@link #setContent(String, byte[], String)} from a stream of {@code length} bytes. Content over
   * 8 MiB is sent as a multipart upload, 8 MiB at a time, so memory stays bounded; it cannot be
   * re-read, so a concurrent change of the record fails it with {@link ConflictException} instead
   * of retrying. Cost: 1 HEAD + 1 PUT, or 1 HEAD + 2 + one request per 8 MiB.
   */
  void setContent(String id, java.io.InputStream content, long length, String contentType);

  /** The record's binary content, streamed; empty when it has none. Close it. Cost: 1 GET. */
  java.util.Optional<Content> content(String id);

  /** Whether the record has binary content. Cost: 1 HEAD. */
  boolean hasContent(String id);

  /** Removes the record's binary content, keeping the record. Cost: 1 HEAD + 1 PUT. */
  void deleteContent(String id);
}
