package io.s3db.internal;

import io.s3db.Registration;
import java.util.List;

/** Registrations of hooks and listeners kept in copy-on-write lists. */
final class Registrations {
  private Registrations() {}

  /**
   * Removes one occurrence of {@code item} when closed, once: the same lambda registered twice is
   * there twice, and each of its registrations removes one.
   */
  static <H> Registration removing(List<H> items, H item) {
    return new Registration() {
      private boolean closed;

      @Override
      public synchronized void close() {
        if (!closed) {
          closed = true;
          items.remove(item);
        }
      }
    };
  }
}
