package io.s3db.internal;

import io.s3db.Registration;
import io.s3db.events.DeleteEvent;
import io.s3db.events.ExceedsLimitEvent;
import io.s3db.events.RecordEvent;
import io.s3db.events.ResourceEvents;
import io.s3db.events.UpdateEvent;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One resource's listeners, and the door through which its events leave: each event goes to the
 * resource's typed listeners, then to the database's ({@link EventBus}). Listener failures are
 * logged, never thrown.
 */
final class ResourceEventRegistry<T> implements ResourceEvents<T> {
  private final String resource;
  private final EventBus bus;
  private final List<Consumer<? super T>> inserted = new CopyOnWriteArrayList<>();
  private final List<BiConsumer<? super T, ? super T>> updated = new CopyOnWriteArrayList<>();
  private final List<Consumer<? super T>> upserted = new CopyOnWriteArrayList<>();
  private final List<Consumer<String>> deleted = new CopyOnWriteArrayList<>();
  private final List<Consumer<? super T>> read = new CopyOnWriteArrayList<>();
  private final List<Consumer<ExceedsLimitEvent>> exceeded = new CopyOnWriteArrayList<>();

  ResourceEventRegistry(String resource, EventBus bus) {
    this.resource = resource;
    this.bus = bus;
  }

  @Override
  public Registration onInsert(Consumer<? super T> listener) {
    return add(inserted, listener);
  }

  @Override
  public Registration onUpdate(BiConsumer<? super T, ? super T> listener) {
    return add(updated, listener);
  }

  @Override
  public Registration onUpsert(Consumer<? super T> listener) {
    return add(upserted, listener);
  }

  @Override
  public Registration onDelete(Consumer<String> listener) {
    return add(deleted, listener);
  }

  @Override
  public Registration onGet(Consumer<? super T> listener) {
    return add(read, listener);
  }

  @Override
  public Registration onExceedsLimit(Consumer<ExceedsLimitEvent> listener) {
    return add(exceeded, listener);
  }

  void inserted(String id, T stored) {
    inserted.forEach(l -> EventBus.deliver("insert", l, c -> c.accept(stored)));
    if (!bus.isEmpty()) {
      bus.inserted(new RecordEvent(resource, id, stored));
    }
  }

  void updated(String id, T before, T after) {
    updated.forEach(l -> EventBus.deliver("update", l, c -> c.accept(before, after)));
    if (!bus.isEmpty()) {
      bus.updated(new UpdateEvent(resource, id, before, after));
    }
  }

  void upserted(String id, T stored) {
    upserted.forEach(l -> EventBus.deliver("upsert", l, c -> c.accept(stored)));
    if (!bus.isEmpty()) {
      bus.upserted(new RecordEvent(resource, id, stored));
    }
  }

  void deleted(String id) {
    deleted.forEach(l -> EventBus.deliver("delete", l, c -> c.accept(id)));
    if (!bus.isEmpty()) {
      bus.deleted(new DeleteEvent(resource, id));
    }
  }

  void read(String id, T record) {
    read.forEach(l -> EventBus.deliver("get", l, c -> c.accept(record)));
    if (!bus.isEmpty()) {
      bus.read(new RecordEvent(resource, id, record));
    }
  }

  void exceedsLimit(ExceedsLimitEvent event) {
    exceeded.forEach(l -> EventBus.deliver("exceedsLimit", l, c -> c.accept(event)));
    bus.exceedsLimit(event);
  }

  private static <L> Registration add(List<L> listeners, L listener) {
    Objects.requireNonNull(listener, "listener");
    listeners.add(listener);
    return Registrations.removing(listeners, listener);
  }
}
