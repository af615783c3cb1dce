package io.s3db.internal;

import io.s3db.events.CacheEvent;
import io.s3db.events.CatalogUploadedEvent;
import io.s3db.events.DeleteEvent;
import io.s3db.events.ExceedsLimitEvent;
import io.s3db.events.PluginEvent;
import io.s3db.events.RecordEvent;
import io.s3db.events.ResourceCreatedEvent;
import io.s3db.events.S3dbListener;
import io.s3db.events.UpdateEvent;
import io.s3db.events.VersionUpdatedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The database's listeners, told of each event in registration order; a listener that throws is
 * logged and the others are still told. Listeners may be added while events flow.
 */
final class EventBus implements S3dbListener {
  private static final System.Logger LOG = System.getLogger("io.s3db.events");

  private final List<S3dbListener> listeners = new CopyOnWriteArrayList<>();

  void add(S3dbListener listener) {
    listeners.add(listener);
  }

  /** Whether nobody listens, so that events need not even be made. */
  boolean isEmpty() {
    return listeners.isEmpty();
  }

  @Override
  public void inserted(RecordEvent event) {
    each("inserted", l -> l.inserted(event));
  }

  @Override
  public void updated(UpdateEvent event) {
    each("updated", l -> l.updated(event));
  }

  @Override
  public void upserted(RecordEvent event) {
    each("upserted", l -> l.upserted(event));
  }

  @Override
  public void deleted(DeleteEvent event) {
    each("deleted", l -> l.deleted(event));
  }

  @Override
  public void read(RecordEvent event) {
    each("read", l -> l.read(event));
  }

  @Override
  public void exceedsLimit(ExceedsLimitEvent event) {
    each("exceedsLimit", l -> l.exceedsLimit(event));
  }

  @Override
  public void resourceCreated(ResourceCreatedEvent event) {
    each("resourceCreated", l -> l.resourceCreated(event));
  }

  @Override
  public void versionUpdated(VersionUpdatedEvent event) {
    each("versionUpdated", l -> l.versionUpdated(event));
  }

  @Override
  public void catalogUploaded(CatalogUploadedEvent event) {
    each("catalogUploaded", l -> l.catalogUploaded(event));
  }

  @Override
  public void cacheHit(CacheEvent event) {
    each("cacheHit", l -> l.cacheHit(event));
  }

  @Override
  public void cacheMiss(CacheEvent event) {
    each("cacheMiss", l -> l.cacheMiss(event));
  }

  @Override
  public void pluginEvent(PluginEvent event) {
    each("pluginEvent", l -> l.pluginEvent(event));
  }

  private void each(String event, Consumer<S3dbListener> call) {
    for (S3dbListener listener : listeners) {
      deliver(event, listener, call);
    }
  }

  /** Tells one listener; its failure is logged, never thrown into the operation. */
  static <L> void deliver(String event, L listener, Consumer<L> call) {
    try {
      call.accept(listener);
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "A listener of " + event + " events failed (the operation went on): " + listener,
          e);
    }
  }
}
