package io.s3db.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs {@code op(0..n-1)} on a fixed set of threads that take indices from a shared counter: the
 * same "10 calls in flight" the Node driver makes with 10 async loops. The threads are made once
 * per worker, so a round does not pay for thread start-up.
 */
final class Parallel implements AutoCloseable {
  private final int threads;
  private final ExecutorService pool;

  Parallel(int threads, ThreadFactory factory) {
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads, factory);
  }

  void forEach(int n, IntConsumer op) {
    AtomicInteger next = new AtomicInteger();
    Future<?>[] loops = new Future<?>[threads];
    for (int t = 0; t < threads; t++) {
      loops[t] =
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                  op.accept(i);
                }
              });
    }
    RuntimeException failure = null;
    for (Future<?> loop : loops) {
      try {
        loop.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (java.util.concurrent.ExecutionException e) {
        // the other loops stop soon: every index after a failure fails the same way or finishes
        if (failure == null) {
          failure = new IllegalStateException("a call failed", e.getCause());
        }
        next.set(n);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
