package io.s3db.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Java workers' threads ({@code threads=platform|virtual}): the callers of single-record
 * operations, and side B's bulk threads ({@code S3dbBuilder.threads}). Virtual threads need JDK 21
 * or later; the benchmark compiles for 17, so it reaches {@code Thread.ofVirtual()} through a
 * method handle (the library itself never does: its users pass the factory).
 */
final class CallerThreads {
  private CallerThreads() {}

  static ThreadFactory of(String kind, String name) {
    return switch (kind) {
      case "platform" -> platform(name);
      case "virtual" -> virtual(name);
      default -> throw new IllegalArgumentException("threads are platform or virtual, not " + kind);
    };
  }

  private static ThreadFactory platform(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static ThreadFactory virtual(String name) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Class<?> builder = Class.forName("java.lang.Thread$Builder");
      Object ofVirtual =
          lookup
              .findStatic(
                  Thread.class,
                  "ofVirtual",
                  MethodType.methodType(Class.forName("java.lang.Thread$Builder$OfVirtual")))
              .invoke();
      Object named =
          lookup
              .findVirtual(
                  builder, "name", MethodType.methodType(builder, String.class, long.class))
              .invoke(ofVirtual, name, 1L);
      return (ThreadFactory)
          lookup
              .findVirtual(builder, "factory", MethodType.methodType(ThreadFactory.class))
              .invoke(named);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new IllegalStateException(
          "threads=virtual needs JDK 21 or later; this is " + Runtime.version(), e);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot make virtual threads", e);
    }
  }
}
