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

  /** {@return the resource name, as in object keys and {@code s3db.json}} */
  String name();

  /**
   * The resource's hooks: code run before and after its writes ({@code insert}, {@code update},
   * {@code upsert}, {@code delete} and their bulk forms), shared by every DAO of this resource in
   * this database. See {@link Hooks} for exactly when each runs and how failures surface.
   *
   * <pre>{@code users.hooks().beforeInsert((ctx, u) -> u.withEmail(u.email().toLowerCase()));}
   * </pre>
   *
   * @return the resource's hooks, to register on
   */
  Hooks<T> hooks();

  /**
   * The resource's events: listeners told after its writes and reads, which, unlike hooks, never
   * make a call fail. See {@link ResourceEvents}.
   *
   * <pre>{@code users.events().onInsert(u -> metrics.increment("users.created"));}</pre>
   *
   * @return the resource's events, to register listeners on
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
   *
   * @param record the record to store; a null id asks for a generated one
   * @return the record as stored: with its id, and with defaults and timestamps filled in
   * @throws ResourceAlreadyExistsException if a record with this id exists
   * @throws ValidationException if the record breaks its constraints, before any request
   */
  T insert(T record);

  /**
   * The record with this id. Cost: 1 HEAD.
   *
   * @param id the record's id, as given on insert or generated then; not null
   * @return the record, decoded
   * @throws ResourceNotFoundException if there is none
   */
  T get(String id);

  /**
   * The record with this id, if there is one. Cost: 1 HEAD.
   *
   * @param id the record's id, as given on insert or generated then; not null
   * @return the record, or empty if there is none
   */
  Optional<T> find(String id);

  /**
   * Whether a record with this id exists. Cost: 1 HEAD.
   *
   * @param id the record's id, as given on insert or generated then; not null
   * @return true if the record exists, without decoding it
   */
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
   * @param id the id of the record to change
   * @param change computes the new record from the current one; may run several times, and must
   *     keep the id
   * @return the record as stored after the change
   * @throws ResourceNotFoundException if there is no record with this id
   */
  T update(String id, UnaryOperator<T> change);

  /**
   * Stores the record whether or not its id exists, replacing what is there. A null id gets a
   * generated one. Its partition references follow the new values. Cost: 1 PUT (+ P PUTs of
   * references) when the id is new; when it replaces a record, 2 PUTs without partitions, and with
   * partitions P PUTs + 1 PUT (412) + 1 HEAD + 1 PUT + the removal of references that changed.
   *
   * @param record the record to store; a null id asks for a generated one
   * @return the record as stored, with its id
   * @throws ValidationException if the record breaks its constraints, before any request
   */
  T upsert(T record);

  /**
   * Deletes the record and its partition references if it exists. Cost: 1 DELETE without
   * partitions; with partitions 1 HEAD (to learn its references) + 1 DELETE + 1 DELETE (one
   * reference) or 1 DeleteObjects (several).
   *
   * @param id the id of the record to delete; deleting an id without a record does nothing
   */
  void delete(String id);

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
   * The records with these ids, in the order given; ids without a record are absent from the map.
   * Cost: 1 HEAD per id, in parallel.
   *
   * @param ids the ids to read
   * @return the records found, keyed by id, iterating in the order of {@code ids}
   */
  Map<String, T> getMany(Collection<String> ids);

  /**
   * Inserts every record as {@link #insert} does, in parallel; records with a null id get one.
   * Cost: per record, as {@code insert}.
   *
   * @param records the records to store
   * @return the records stored and, for each failed one, why: one record's failure does not stop
   *     the others
   */
  default BulkResult<T> insertMany(Collection<? extends T> records) {
    return insertMany(records, ProgressListener.NONE);
  }

  /**
   * {@link #insertMany(Collection)}, telling {@code progress} of every finished record.
   *
   * @param records the records to store
   * @param progress told after each record, stored or failed, with the total known in advance
   * @return the records stored and, for each failed one, why
   */
  BulkResult<T> insertMany(Collection<? extends T> records, ProgressListener progress);

  /**
   * Deletes the records with these ids and their partition references; ids without a record
   * succeed. Cost: 1 DeleteObjects per 1 000 ids; with partitions, + 1 HEAD per id (in parallel, to
   * learn the references) + 1 DeleteObjects per 1 000 references. (s3db.js 21: 6 requests per id.)
   *
   * @param ids the ids of the records to delete
   * @return the ids deleted and, for each failed one, why
   */
  default BulkResult<String> deleteMany(Collection<String> ids) {
    return deleteMany(ids, ProgressListener.NONE);
  }

  /**
   * {@link #deleteMany(Collection)}, telling {@code progress} as batches finish.
   *
   * @param ids the ids of the records to delete
   * @param progress told after each batch of up to 1 000 ids, with the total known in advance
   * @return the ids deleted and, for each failed one, why
   */
  BulkResult<String> deleteMany(Collection<String> ids, ProgressListener progress);

  /**
   * Deletes every record of the resource and every partition reference, and returns how many
   * records there were. Refused with {@link S3dbConfigurationException} while the resource is
   * paranoid, the default ({@code @S3Resource(paranoid = false)} allows it). Cost: per 1 000
   * records 1 LIST + 1 DeleteObjects, and the same per 1 000 references.
   *
   * @return how many records were deleted
   * @throws S3dbException naming the keys S3 refused to delete, after trying them all
   * @throws S3dbConfigurationException while the resource is paranoid
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
   *
   * @param key the partition values to read, or {@link PartitionKey#all()}
   * @return a sequential stream of the partition's records, in id order, without stale references
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
   *
   * @param unreadable told of each record skipped, with its id and why it could not be read; it may
   *     be called from several threads at once
   * @return a view sharing this DAO's resource, hooks and events
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
   *
   * @return the references put and deleted, and the records that could not be read
   */
  default RepairReport repair() {
    return repair(Duration.ZERO);
  }

  /**
   * {@link #repair()}, leaving alone stale-looking references younger than {@code grace}.
   *
   * @param grace how old a reference with no record must be before it is deleted, by its S3
   *     last-modified time; {@link Duration#ZERO} deletes them all
   * @return the references put and deleted, and the records that could not be read
   */
  RepairReport repair(Duration grace);

  /**
   * A writer for long imports: inserts with bounded concurrency and back-pressure, and collects
   * failures. Cost: per record, as {@link #insert}.
   *
   * @param options the writer's concurrency, queue size, progress listener and whether it keeps the
   *     stored records
   * @return a new writer; close it to wait for the records added
   */
  BulkWriter<T> writer(BulkWriter.Options options);

  /**
   * Stores binary content (a photo, a PDF) as the body of the record's object, keeping its fields.
   * The record must exist and keep its fields in metadata (not a body-overflow or body-only record
   * over the limit). The content type must not be {@code application/json}: s3db.js's updates leave
   * a JSON copy of the record in the body, which readers tell from content by that type (use e.g.
   * {@code application/vnd.acme+json}). Cost: 1 HEAD + 1 PUT.
   *
   * @param id the id of an existing record
   * @param content the bytes to store; may be empty
   * @param contentType the MIME type the content is stored and served with, e.g. {@code image/png}
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
   *
   * @param id the id of an existing record
   * @param content the bytes to store: {@code length} bytes are read from it, and it is not closed
   * @param length the number of bytes {@code content} gives, 0 or more
   * @param contentType the MIME type the content is stored and served with, not {@code
   *     application/json}
   * @throws IllegalArgumentException for an {@code application/json} content type, before any
   *     request
   * @throws ContentNotAllowedException if the record keeps fields in its body
   * @throws ResourceNotFoundException if there is no such record
   * @throws S3dbException if the stream fails or ends before {@code length} bytes; nothing is
   *     stored
   */
  void setContent(String id, java.io.InputStream content, long length, String contentType);

  /**
   * The record's binary content, streamed. Close it. Cost: 1 GET.
   *
   * @param id the record's id
   * @return the content with its type and length, or empty when the record has none or does not
   *     exist
   */
  java.util.Optional<Content> content(String id);

  /**
   * Whether the record has binary content. Cost: 1 HEAD.
   *
   * @param id the record's id
   * @return true if the record exists and has content
   */
  boolean hasContent(String id);

  /**
   * Removes the record's binary content, keeping the record. Cost: 1 HEAD + 1 PUT.
   *
   * @param id the id of the record whose content goes; a record without content, or none at all, is
   *     left as it is
   */
  void deleteContent(String id);
}
