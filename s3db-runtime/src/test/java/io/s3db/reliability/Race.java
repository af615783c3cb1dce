package io.s3db.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs one task per thread, all released at once by a latch so that they really contend, and waits
 * for every one; the first failure of a task fails the race.
 */
final class Race {
  private Race() {}

  /**
   * Runs {@code threads} tasks made by {@code task} (given the thread's number); their results, in
   * order.
   */
  static <R> List<R> run(int threads, IntFunction<Callable<R>> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<R>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<R> work = task.apply(t);
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.call();
                }));
      }
      start.countDown();
      List<R> results = new ArrayList<>();
      for (Future<R> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Milliseconds since {@code startNanos}, for the figures. */
  static long millisSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
  }
}
