package io.s3db.internal;

import io.s3db.AfterHookException;
import io.s3db.HookContext;
import io.s3db.Hooks;
import io.s3db.S3Dao;
import io.s3db.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The one path every write of a resource takes, single or bulk: {@code before} stage (hooks that
 * may change the record or abort), the write itself ({@link RecordWrites}, or a bulk room's batch),
 * {@code after} stage (hooks told of the durable result). The façade ({@link ResourceEngine}) and
 * the bulk rooms ({@link Bulk}, so {@link DefaultBulkWriter} too) route through it; the rooms
 * themselves know nothing of hooks. The resource's listeners ({@link ResourceEventRegistry}) are
 * told last, once the after hooks ran (whether or not they failed). Plugins' interceptors wrap the
 * whole call, outside ({@link OperationChain}).
 *
 * <p>What the stages guarantee (see {@link Hooks}): before hooks run in registration order, each on
 * the previous one's result, before the record is prepared (validated, encoded) or any request is
 * sent; their exceptions propagate unchanged. After hooks run only once the write is durable, all
 * of them even when some fail; a single call then throws {@link AfterHookException}, a bulk call
 * logs each failure and keeps the item as stored.
 */
final class OperationPipeline<T> {
  private static final System.Logger LOG = System.getLogger("io.s3db.Hooks");

  private final HookRegistry<T> hooks;
  private final ResourceEventRegistry<T> events;
  private final RecordWrites<T> writes;
  private final CodecBridge<T> bridge;
  private final HookContext<T> context;

  OperationPipeline(
      HookRegistry<T> hooks,
      ResourceEventRegistry<T> events,
      RecordWrites<T> writes,
      CodecBridge<T> bridge,
      S3Dao<T> dao) {
    this.hooks = hooks;
    this.events = events;
    this.writes = writes;
    this.bridge = bridge;
    this.context = new Context<>(dao, bridge.resource(), bridge.version());
  }

  private record Context<T>(S3Dao<T> dao, String resource, String version)
      implements HookContext<T> {
    @Override
    public String toString() {
      return "HookContext[" + resource + ", " + version + "]";
    }
  }

  HookRegistry<T> hooks() {
    return hooks;
  }

  // ---- single calls: after-hook failures throw AfterHookException

  T insert(T record) {
    T withId = bridge.withId(record);
    T stored = namedAsGiven(record, withId, () -> writes.insert(beforeInsert(withId)));
    afterWrite("insert", hooks.afterInsert, stored, Failures.THROW, events::inserted);
    return stored;
  }

  T upsert(T record) {
    T withId = bridge.withId(record);
    T stored =
        namedAsGiven(
            record,
            withId,
            () -> writes.upsert(beforeWrite("beforeUpsert", hooks.beforeUpsert, withId)));
    afterWrite("upsert", hooks.afterUpsert, stored, Failures.THROW, events::upserted);
    return stored;
  }

  T update(String id, UnaryOperator<T> change) {
    List<Hooks.BeforeUpdate<T>> before = hooks.beforeUpdate;
    List<Hooks.AfterUpdate<T>> after = hooks.afterUpdate;
    // the attempt that wrote is the last one to run the step: its read record is the "before"
    List<T> read = new ArrayList<>(1);
    T stored =
        writes.update(
            id,
            change,
            (current, changed) -> {
              read.clear();
              read.add(current);
              T next = changed;
              for (Hooks.BeforeUpdate<T> hook : before) {
                next = returned("beforeUpdate", hook.apply(context, current, next));
              }
              return next;
            });
    T previous = read.get(0);
    run(
        "update",
        id,
        stored,
        Failures.THROW,
        after,
        hook -> hook.accept(context, previous, stored),
        () -> events.updated(id, previous, stored));
    return stored;
  }

  void delete(String id) {
    beforeDelete(id);
    writes.delete(id);
    afterDelete(id, Failures.THROW);
  }

  /**
   * Runs the write; a validation failure of a record given without an id names it as new, not by
   * the id generated for it (never stored). A hook's own exceptions pass unchanged: only a failure
   * naming the generated id is renamed.
   */
  <R> R namedAsGiven(T given, T withId, Supplier<R> write) {
    if (bridge.givenId(given) != null) {
      return write.get();
    }
    try {
      return write.get();
    } catch (ValidationException e) {
      throw bridge.idOf(withId).equals(e.id()) ? e.asNewRecord() : e;
    }
  }

  // ---- stages the bulk rooms call per record: after-hook failures are logged

  /** The before-insert stage: the record (given its id) as the hooks leave it. */
  T beforeInsert(T record) {
    return beforeWrite("beforeInsert", hooks.beforeInsert, record);
  }

  /** Inserts one record of a bulk call (its before stage already run): write and after stage. */
  T insertBulk(T hooked) {
    T stored = writes.insert(hooked);
    afterWrite("insert", hooks.afterInsert, stored, Failures.LOG, events::inserted);
    return stored;
  }

  /** The before-delete stage of one id; throws to keep the record. */
  void beforeDelete(String id) {
    for (Hooks.OnDelete<T> hook : hooks.beforeDelete) {
      hook.accept(context, id);
    }
  }

  /** The after-delete stage of one id, once its DELETE was answered. */
  void afterDeleteBulk(String id) {
    afterDelete(id, Failures.LOG);
  }

  boolean hasBeforeDelete() {
    return !hooks.beforeDelete.isEmpty();
  }

  // ---- the stages

  private enum Failures {
    THROW,
    LOG
  }

  private T beforeWrite(String kind, List<Hooks.BeforeWrite<T>> before, T record) {
    if (before.isEmpty()) {
      return record;
    }
    T next = bridge.withId(record);
    for (Hooks.BeforeWrite<T> hook : before) {
      next = returned(kind, hook.apply(context, next));
    }
    return next;
  }

  private void afterWrite(
      String operation,
      List<Hooks.AfterWrite<T>> after,
      T stored,
      Failures failures,
      BiConsumer<String, T> tell) {
    String id = bridge.idOf(stored);
    run(
        operation,
        id,
        stored,
        failures,
        after,
        hook -> hook.accept(context, stored),
        () -> tell.accept(id, stored));
  }

  private void afterDelete(String id, Failures failures) {
    run(
        "delete",
        id,
        id,
        failures,
        hooks.afterDelete,
        hook -> hook.accept(context, id),
        () -> events.deleted(id));
  }

  /**
   * Runs every after hook, then tells the listeners; then reports the hooks' failures as {@code
   * failures} says.
   */
  private <H> void run(
      String operation,
      String id,
      Object stored,
      Failures failures,
      List<H> after,
      Consumer<H> call,
      Runnable tell) {
    List<RuntimeException> failed = new ArrayList<>();
    for (H hook : after) {
      try {
        call.accept(hook);
      } catch (RuntimeException e) {
        if (failures == Failures.LOG) {
          LOG.log(
              System.Logger.Level.WARNING,
              "An after-"
                  + operation
                  + " hook failed for record "
                  + id
                  + " of resource "
                  + context.resource()
                  + " (the record WAS written; the bulk call counts it as succeeded)",
              e);
        } else {
          failed.add(e);
        }
      }
    }
    tell.run();
    if (!failed.isEmpty()) {
      AfterHookException thrown =
          new AfterHookException(operation, context.resource(), id, stored, failed.get(0));
      failed.subList(1, failed.size()).forEach(thrown::addSuppressed);
      throw thrown;
    }
  }

  private static <T> T returned(String kind, @Nullable T result) {
    return Objects.requireNonNull(
        result, () -> "A " + kind + " hook returned null; return the record to write");
  }
}
