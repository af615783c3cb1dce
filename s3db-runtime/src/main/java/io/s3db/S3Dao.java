package io.s3db;

import io.s3db.events.ResourceEvents;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The operations on one resource. The processor generates an implementation per record ({@code
 * UserDao}); get it with {@code UserDao.of(db)} or {@link S3db#dao(Class)}. Thread-safe.
 *
 * <p>Each record is one S3 object, {@code <prefix>/resource=<name>/data/id=<id>}, whose user
 * metadata holds the fields. The request cost of each call is given in its Javadoc, where P is the
 * number of partitions the record has a value for (each is one zero-byte reference object, {@code
 * resource=<name>/partition=<p>/<field>=<value>/id=<id>}). Bulk calls run at most {@code
 * parallelism} requests at once (default 10, {@link S3dbBuilder#parallelism}).
 *
 * <p><b>Partitions and failures.</b> A write puts the new references before the data and removes
 * old ones after it, so an interrupted write leaves at worst a stale reference, never a record
 * missing from its partition. Calls that read records ({@code list}, {@code page}, {@code query},
 * {@code stream}) check each record against the partition key and skip stale references; {@code
 * count} and {@code listIds} read keys only, so they count such references until a later write of
 * the record removes them.
 */
public interface S3Dao<T> extends ListOperations<T>, BulkOperations<T>, ContentOperations {

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
}
