package io.s3db.cache;

import io.s3db.BulkResult;
import io.s3db.events.DeleteEvent;
import io.s3db.events.RecordEvent;
import io.s3db.events.S3dbListener;
import io.s3db.events.UpdateEvent;
import io.s3db.plugin.Operation;
import io.s3db.plugin.OperationKind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Makes answers stale on every write through the database, whether the write succeeds or fails (a
 * failed write may still have changed the bucket: an S3 answer lost on the way back). Each write
 * bumps its resource's counters when it begins, and again when it ends, once its outcome is
 * whatever it will be; in between, no answer it may change is kept ({@link Versions#quiet}).
 *
 * <p>Which single-record answers a write makes stale:
 *
 * <ul>
 *   <li>{@code update}, {@code delete}, content calls: their id (a content call rewrites the
 *       object; today it keeps the fields {@code get} returns, but that is the engine's business).
 *   <li>{@code deleteMany}: its ids.
 *   <li>{@code insert}, {@code upsert}, a bulk writer's record: the id given, and the id stored, as
 *       the database's write events tell it (a generated id, or one a before hook set). One that
 *       ends without such an event (it failed, or its outcome is unknown) may have stored a record
 *       under an id nobody told: then every single-record answer of the resource is stale.
 *   <li>{@code insertMany}: the ids its events and its failures name; all, if it threw.
 *   <li>{@code deleteAll}: all. {@code repair}: none (it removes stale references, never data; but
 *       {@code count} and {@code listIds} count those, so its lists and counts are stale).
 * </ul>
 *
 * Lists, counts, pages and {@code getMany} answers of the resource are stale after any write.
 */
final class Invalidation implements S3dbListener {
  private final Versions versions;

  /**
   * The write calls this thread is in, innermost first: to hear whether one told its id. Per
   * instance, not static: two databases' caches on one thread keep their frames apart.
   */
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<@Nullable Frame> current = new ThreadLocal<>();

  Invalidation(Versions versions) {
    this.versions = versions;
  }

  private static final class Frame {
    final String resource;
    final @Nullable Frame outer;
    boolean told;

    Frame(String resource, @Nullable Frame outer) {
      this.resource = resource;
      this.outer = outer;
    }
  }

  <R> R write(Operation<R> op) {
    String resource = op.resource();
    List<String> named = named(op);
    boolean any = changesUnnamed(op.kind());
    Frame frame = new Frame(resource, current.get());
    current.set(frame);
    versions.begin(resource, named, any);
    if (any && op.kind() != OperationKind.INSERT_MANY) {
      versions.recordsWritten(resource); // deleteAll: every record, from its first DELETE on
    }
    R result = null;
    boolean failed = true;
    try {
      result = op.proceed();
      failed = false;
      return result;
    } finally {
      if (frame.outer == null) {
        current.remove();
      } else {
        current.set(frame.outer);
      }
      versions.end(resource, named, any);
      forgetUnnamed(op, failed, frame.told, result);
    }
  }

  /**
   * Whether the write changes records it does not name, by design: deleteAll, insertMany (and any
   * kind added later). An insert or upsert may too (an id generated or set by a hook), but it
   * stores one record, which its event names: the cost of treating it so (every single-record
   * answer of the resource dropped, on each insert) is not worth it.
   */
  private static boolean changesUnnamed(OperationKind kind) {
    return switch (kind) {
      case UPDATE, DELETE, SET_CONTENT, DELETE_CONTENT, DELETE_MANY, REPAIR -> false;
      case INSERT, UPSERT, WRITER_INSERT -> false;
      default -> true;
    };
  }

  /** The ids the write names: its id, or its ids. */
  private static List<String> named(Operation<?> op) {
    String id = op.id();
    if (id == null) {
      return op.ids();
    }
    List<String> named = new ArrayList<>(op.ids().size() + 1);
    named.add(id);
    named.addAll(op.ids());
    return named;
  }

  /** What the write may have changed without naming it beforehand. */
  private void forgetUnnamed(
      Operation<?> op, boolean failed, boolean told, @Nullable Object result) {
    String resource = op.resource();
    switch (op.kind()) {
      case UPDATE, DELETE, SET_CONTENT, DELETE_CONTENT, DELETE_MANY, REPAIR -> {
        // their ids were forgotten by name; repair changes no record
      }
      case INSERT, UPSERT, WRITER_INSERT -> {
        if (!told) {
          versions.recordsWritten(resource);
        }
      }
      case INSERT_MANY -> {
        if (failed || !(result instanceof BulkResult<?> bulk)) {
          versions.recordsWritten(resource);
        } else {
          bulk.failures().forEach(f -> versions.recordWritten(resource, f.id()));
        }
      }
      default -> versions.recordsWritten(resource); // deleteAll, and any kind added later
    }
  }

  // ---- the database's write events: the ids stored, generated ones included

  @Override
  public void inserted(RecordEvent event) {
    told(event.resource(), event.id());
  }

  @Override
  public void upserted(RecordEvent event) {
    told(event.resource(), event.id());
  }

  @Override
  public void updated(UpdateEvent event) {
    told(event.resource(), event.id());
  }

  @Override
  public void deleted(DeleteEvent event) {
    told(event.resource(), event.id());
  }

  private void told(String resource, String id) {
    versions.recordWritten(resource, id);
    Frame frame = current.get();
    if (frame != null && frame.resource.equals(resource)) {
      frame.told = true;
    }
  }
}
