package io.s3db.events;

import io.s3db.Registration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The events of one resource, typed with its record: {@code dao.events()}. Like s3db.js's {@code
 * users.on('insert', …)}, each listener is a plain lambda; each registration returns a {@link
 * Registration} that removes it. Listeners are shared by every DAO of the resource in the database.
 *
 * <pre>{@code
 * users.events().onInsert(u -> metrics.increment("users.created"));
 * users.events().onUpdate((before, after) -> audit.changed(before, after));
 * users.events().onExceedsLimit(e -> log.warn("{} is {} bytes over", e.id(), e.excess()));
 * }</pre>
 *
 * <p>Listeners are told after the write is durable, after the after-hooks, on the thread that did
 * the work; one that throws is logged (WARNING, logger {@code io.s3db.events}) and never breaks the
 * operation. Unlike an after-hook, a listener cannot make the call fail: use hooks for what must
 * happen, listeners for what should be known. For every resource at once, or for database events
 * (resources created, catalog, cache), use an {@link S3dbListener}.
 *
 * @param <T> the record type
 */
public interface ResourceEvents<T> {

  /**
   * After every insert (also in bulk calls), with the record as stored.
   *
   * @param listener told the record as stored; not null
   * @return the registration, whose {@code close()} takes the listener out again
   */
  Registration onInsert(Consumer<? super T> listener);

  /**
   * After every update, with the record the winning attempt read, and the record stored.
   *
   * @param listener told the record as read, then the record as stored; not null
   * @return the registration, whose {@code close()} takes the listener out again
   */
  Registration onUpdate(BiConsumer<? super T, ? super T> listener);

  /**
   * After every upsert, with the record as stored.
   *
   * @param listener told the record as stored; not null
   * @return the registration, whose {@code close()} takes the listener out again
   */
  Registration onUpsert(Consumer<? super T> listener);

  /**
   * After every delete, with the id.
   *
   * @param listener told the id deleted; not null
   * @return the registration, whose {@code close()} takes the listener out again
   */
  Registration onDelete(Consumer<String> listener);

  /**
   * After every {@code get} or {@code find} that found the record.
   *
   * @param listener told the record as read; not null
   * @return the registration, whose {@code close()} takes the listener out again
   */
  Registration onGet(Consumer<? super T> listener);

  /**
   * When a record needed more than 2 KB of metadata and its behavior stored it another way.
   *
   * @param listener told the record's id, its size and how it was stored; not null
   * @return the registration, whose {@code close()} takes the listener out again
   */
  Registration onExceedsLimit(Consumer<ExceedsLimitEvent> listener);
}
