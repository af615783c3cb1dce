package io.s3db;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The operations on one resource. The processor generates an implementation per record ({@code UserDao});
 * get it with {@code UserDao.of(db)} or {@link S3db#dao(Class)}. Thread-safe.
 *
 * <p>Each record is one S3 object, {@code <prefix>/resource=<name>/data/id=<id>}, whose user metadata holds
 * the fields. The request cost of each call is given in its Javadoc.
 */
public interface S3Dao<T> {

  /** The resource name, as in object keys and {@code s3db.json}. */
  String name();

  /**
   * Stores a new record and returns it as stored, with its id: a record whose id is null gets a generated
   * one. Fails with {@link ResourceAlreadyExistsException} if the id is taken (the write is conditional,
   * {@code If-None-Match: *}, so two concurrent inserts of one id cannot both succeed).
   * <pre>{@code User ana = users.insert(new User(null, "Ana", 34));}</pre>
   * Cost: 1 PUT.
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
   * Reads the record, applies {@code change} and writes the result only if nobody changed the record in
   * between ({@code If-Match}); if somebody did, waits a random moment, reads again and re-applies
   * {@code change}, up to 16 times, before giving up with {@link ConflictException}. So {@code change} may run more than once: keep it
   * free of side effects. The id cannot be changed.
   * <pre>{@code users.update(id, u -> new User(u.id(), u.name(), u.age() + 1));}</pre>
   * Cost: 1 HEAD + 1 PUT (plus the same again per lost race).
   *
   * @throws ResourceNotFoundException if there is no record with this id
   */
  T update(String id, UnaryOperator<T> change);

  /**
   * Stores the record whether or not its id exists, replacing what is there. A null id gets a generated
   * one. Cost: 1 PUT when the id is new, 2 PUTs when it replaces a record.
   */
  T upsert(T record);

  /** Deletes the record if it exists. Cost: 1 DELETE. */
  void delete(String id);

  /** Every record, in id order. Cost: 1 LIST per 1 000 records + 1 HEAD per record, in parallel. */
  List<T> list();

  /** Every id, in order. Cost: 1 LIST per 1 000 ids. */
  List<String> listIds();

  /** The number of records. Cost: 1 LIST per 1 000 records. */
  long count();
}
