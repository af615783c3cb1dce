package io.s3db.internal;

import io.s3db.Hooks;
import io.s3db.Registration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The hooks registered for one resource of one database, shared by every view of its engine. Each
 * kind is a copy-on-write list: a write iterates over the hooks present when it starts, while
 * registrations and removals go on.
 */
final class HookRegistry<T> implements Hooks<T> {
  final List<Hooks.BeforeWrite<T>> beforeInsert = new CopyOnWriteArrayList<>();
  final List<Hooks.AfterWrite<T>> afterInsert = new CopyOnWriteArrayList<>();
  final List<Hooks.BeforeUpdate<T>> beforeUpdate = new CopyOnWriteArrayList<>();
  final List<Hooks.AfterUpdate<T>> afterUpdate = new CopyOnWriteArrayList<>();
  final List<Hooks.BeforeWrite<T>> beforeUpsert = new CopyOnWriteArrayList<>();
  final List<Hooks.AfterWrite<T>> afterUpsert = new CopyOnWriteArrayList<>();
  final List<Hooks.OnDelete<T>> beforeDelete = new CopyOnWriteArrayList<>();
  final List<Hooks.OnDelete<T>> afterDelete = new CopyOnWriteArrayList<>();

  @Override
  public Registration beforeInsert(Hooks.BeforeWrite<T> hook) {
    return add(beforeInsert, hook);
  }

  @Override
  public Registration afterInsert(Hooks.AfterWrite<T> hook) {
    return add(afterInsert, hook);
  }

  @Override
  public Registration beforeUpdate(Hooks.BeforeUpdate<T> hook) {
    return add(beforeUpdate, hook);
  }

  @Override
  public Registration afterUpdate(Hooks.AfterUpdate<T> hook) {
    return add(afterUpdate, hook);
  }

  @Override
  public Registration beforeUpsert(Hooks.BeforeWrite<T> hook) {
    return add(beforeUpsert, hook);
  }

  @Override
  public Registration afterUpsert(Hooks.AfterWrite<T> hook) {
    return add(afterUpsert, hook);
  }

  @Override
  public Registration beforeDelete(Hooks.OnDelete<T> hook) {
    return add(beforeDelete, hook);
  }

  @Override
  public Registration afterDelete(Hooks.OnDelete<T> hook) {
    return add(afterDelete, hook);
  }

  @Override
  public String toString() {
    return "Hooks[beforeInsert="
        + beforeInsert.size()
        + ", afterInsert="
        + afterInsert.size()
        + ", beforeUpdate="
        + beforeUpdate.size()
        + ", afterUpdate="
        + afterUpdate.size()
        + ", beforeUpsert="
        + beforeUpsert.size()
        + ", afterUpsert="
        + afterUpsert.size()
        + ", beforeDelete="
        + beforeDelete.size()
        + ", afterDelete="
        + afterDelete.size()
        + "]";
  }

  /** Adds the hook at the end; see {@link Registrations#removing}. */
  private static <H> Registration add(List<H> hooks, H hook) {
    Objects.requireNonNull(hook, "hook");
    hooks.add(hook);
    return Registrations.removing(hooks, hook);
  }
}
