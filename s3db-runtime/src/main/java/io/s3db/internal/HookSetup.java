package io.s3db.internal;

import io.s3db.Hooks;
import java.util.function.Consumer;

/** Hooks given at connect ({@code S3db.builder().hooks(Type.class, …)}), for one record type. */
public record HookSetup<T>(Class<T> type, Consumer<Hooks<T>> registration) {

  /** Registers the hooks on a resource's registry if the resource is of this record type. */
  @SuppressWarnings("unchecked")
  void applyTo(Class<?> resourceType, Hooks<?> hooks) {
    if (resourceType == type) {
      registration.accept((Hooks<T>) hooks);
    }
  }
}
