package io.s3db.internal;

import io.s3db.plugin.Operation;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The DAO call a thread works for, so that what happens below it (an S3 request, seen by a plugin's
 * SDK interceptor) can be told which resource and operation it serves. Bulk calls' tasks carry
 * their caller's scope to the worker threads ({@link #propagating}); a stream's scope is set again
 * whenever the stream is pulled ({@link #bind}), as its requests go out then.
 */
final class OperationScope {
  private static final ThreadLocal<@Nullable Operation<?>> CURRENT = new ThreadLocal<>();

  private OperationScope() {}

  static @Nullable Operation<?> current() {
    return CURRENT.get();
  }

  /** Makes {@code operation} current; returns what was, for {@link #exit}. */
  static @Nullable Operation<?> enter(@Nullable Operation<?> operation) {
    Operation<?> outer = CURRENT.get();
    CURRENT.set(operation);
    return outer;
  }

  static void exit(@Nullable Operation<?> outer) {
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }

  /** The task, run in the scope current now (on whichever thread runs it). */
  static Runnable propagating(Runnable task) {
    Operation<?> scope = CURRENT.get();
    if (scope == null) {
      return task;
    }
    return () -> {
      Operation<?> outer = enter(scope);
      try {
        task.run();
      } finally {
        exit(outer);
      }
    };
  }

  /** The stream, pulled in {@code operation}'s scope; closing it closes {@code stream}. */
  static <T> Stream<T> bind(Stream<T> stream, Operation<?> operation) {
    Spliterator<T> source = stream.spliterator();
    Spliterator<T> scoped =
        new Spliterator<>() {
          @Override
          public boolean tryAdvance(Consumer<? super T> action) {
            Operation<?> outer = enter(operation);
            try {
              return source.tryAdvance(action);
            } finally {
              exit(outer);
            }
          }

          @Override
          public @Nullable Spliterator<T> trySplit() {
            return null;
          }

          @Override
          public long estimateSize() {
            return source.estimateSize();
          }

          @Override
          public int characteristics() {
            return source.characteristics() & ~Spliterator.SUBSIZED;
          }
        };
    return StreamSupport.stream(scoped, false).onClose(stream::close);
  }
}
