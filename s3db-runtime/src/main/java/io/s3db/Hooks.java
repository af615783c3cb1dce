package io.s3db;

/**
 * The hooks of one resource: code that runs around its writes, registered on any of its DAOs
 * ({@link S3Dao#hooks()}) and shared by every DAO of that resource in that database. Hooks are
 * plain lambdas (functional interfaces without checked exceptions, so Kotlin lambdas fit too);
 * several hooks of one kind run in registration order. Each registration returns a {@link
 * Registration} that removes it. Thread-safe: hooks may be added and removed while writes run (a
 * write sees the hooks registered when its step starts).
 *
 * <pre>{@code
 * Hooks<Product> hooks = products.hooks();
 * hooks.beforeInsert((ctx, p) -> p.sku() != null ? p : p.withSku(Skus.next()));
 * hooks.beforeDelete((ctx, id) -> { if (orders.referencing(id)) throw new IllegalStateException("in use"); });
 * hooks.afterInsert((ctx, stored) -> audit.log("created " + stored.id()));
 * }</pre>
 *
 * <h2>When they run</h2>
 *
 * <ul>
 *   <li>{@code beforeInsert} / {@code beforeUpsert}: once per call, before anything else: before
 *       defaults, timestamps, validation and encoding, and before any request. The record they get
 *       has its id (a generated one if it had none). What the last hook returns is what is
 *       validated and written, so a hook's change is checked like the caller's (an invalid result
 *       is a {@link ValidationException}, nothing written).
 *   <li>{@code beforeUpdate}: on <em>each attempt</em> of an update, on the record that attempt
 *       just read and after the caller's change function ran on it: {@code (ctx, current,
 *       changed)}. An update that loses a race to another writer reads again and runs the change
 *       function and every {@code beforeUpdate} hook again, so keep them free of side effects, like
 *       the change function.
 *   <li>{@code beforeDelete}: once per call, before any request.
 *   <li>{@code after*}: once per call, after the write is durable (the conditional PUT or the
 *       DELETE was answered), with the record as stored ({@code afterUpdate} also gets the record
 *       as the winning attempt read it). They never run for a call that failed. A delete of an id
 *       without a record is a successful delete, so {@code afterDelete} runs for it too.
 * </ul>
 *
 * <h2>Aborting, and failures</h2>
 *
 * A {@code before*} hook aborts the call by throwing: the exception reaches the caller unchanged
 * (not wrapped), nothing is written, and the hooks after it do not run. An {@code after*} hook's
 * failure does not undo anything, the write has happened: every other after hook still runs, and
 * then the call throws {@link AfterHookException}, which carries the stored record (or the deleted
 * id), with the first failure as cause and the others suppressed.
 *
 * <p>Bulk calls ({@code insertMany}, {@code deleteMany}, {@link BulkWriter}) run the same hooks for
 * each record. A before hook's abort is that record's failure in the {@link BulkResult} (its error
 * is the hook's exception, or an {@link S3dbException} whose cause it is), and the other records go
 * on. An after hook's failure does not make the record a failure (it is stored, and listed among
 * the succeeded): it is logged as a WARNING on the logger {@code io.s3db.Hooks}, with the record's
 * id and the exception.
 *
 * <p>A hook may use the database, e.g. {@code ctx.dao().exists(id)}; writes it makes through {@code
 * ctx.dao()} run their own hooks (beware of endless recursion). Hooks run on the caller's thread,
 * and in bulk calls on the database's worker threads, concurrently for different records.
 *
 * @param <T> the record type
 */
public interface Hooks<T> {

  /**
   * Runs before every insert; returns the record to insert (itself, or a changed copy).
   *
   * @param hook the hook; not null
   * @return the registration, whose {@code close()} takes the hook out again
   */
  Registration beforeInsert(BeforeWrite<T> hook);

  /**
   * Runs after every insert, with the record as stored.
   *
   * @param hook the hook; not null
   * @return the registration, whose {@code close()} takes the hook out again
   */
  Registration afterInsert(AfterWrite<T> hook);

  /**
   * Runs on each attempt of every update, after the change function: returns the record to write.
   *
   * @param hook the hook; not null
   * @return the registration, whose {@code close()} takes the hook out again
   */
  Registration beforeUpdate(BeforeUpdate<T> hook);

  /**
   * Runs after every update, with the record the winning attempt read and the one stored.
   *
   * @param hook the hook; not null
   * @return the registration, whose {@code close()} takes the hook out again
   */
  Registration afterUpdate(AfterUpdate<T> hook);

  /**
   * Runs before every upsert; returns the record to store (itself, or a changed copy).
   *
   * @param hook the hook; not null
   * @return the registration, whose {@code close()} takes the hook out again
   */
  Registration beforeUpsert(BeforeWrite<T> hook);

  /**
   * Runs after every upsert, with the record as stored.
   *
   * @param hook the hook; not null
   * @return the registration, whose {@code close()} takes the hook out again
   */
  Registration afterUpsert(AfterWrite<T> hook);

  /**
   * Runs before every delete, with the id; throws to keep the record.
   *
   * @param hook the hook; not null
   * @return the registration, whose {@code close()} takes the hook out again
   */
  Registration beforeDelete(OnDelete<T> hook);

  /**
   * Runs after every delete, with the id.
   *
   * @param hook the hook; not null
   * @return the registration, whose {@code close()} takes the hook out again
   */
  Registration afterDelete(OnDelete<T> hook);

  /** A hook run before an insert or upsert. */
  @FunctionalInterface
  interface BeforeWrite<T> {
    /**
     * {@return the record to write instead of {@code record} (or {@code record} itself); never
     * null}
     *
     * @param ctx the DAO to read or write with, the resource name and the schema version written
     * @param record the record about to be written, with its id; what the hooks registered before
     *     this one returned
     */
    T apply(HookContext<T> ctx, T record);
  }

  /** A hook run after an insert or upsert. */
  @FunctionalInterface
  interface AfterWrite<T> {
    /**
     * Called once the write is durable.
     *
     * @param ctx the DAO to read or write with, the resource name and the schema version written
     * @param stored the record as stored, with its id
     */
    void accept(HookContext<T> ctx, T stored);
  }

  /** A hook run on each attempt of an update. */
  @FunctionalInterface
  interface BeforeUpdate<T> {
    /**
     * {@return the record to write: {@code changed} or a changed copy of it; never null}
     *
     * @param ctx the DAO to read or write with, the resource name and the schema version written
     * @param current the record as this attempt read it
     * @param changed what the change function, and the hooks registered before this one, made of
     *     {@code current}
     */
    T apply(HookContext<T> ctx, T current, T changed);
  }

  /** A hook run after an update. */
  @FunctionalInterface
  interface AfterUpdate<T> {
    /**
     * Called once the update is durable.
     *
     * @param ctx the DAO to read or write with, the resource name and the schema version written
     * @param before the record as the winning attempt read it
     * @param after the record as stored
     */
    void accept(HookContext<T> ctx, T before, T after);
  }

  /** A hook run before or after a delete. */
  @FunctionalInterface
  interface OnDelete<T> {
    /**
     * Called before a delete (throw to keep the record) or once it is done.
     *
     * @param ctx the DAO to read or write with, the resource name and the schema version written
     * @param id the id of the record deleted; after a delete, there may have been no record
     */
    void accept(HookContext<T> ctx, String id);
  }
}
