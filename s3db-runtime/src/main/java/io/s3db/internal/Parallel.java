package io.s3db.internal;

import io.s3db.S3dbException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one bulk call's requests with at most {@code parallelism} in flight, on shared daemon
 * threads, each task in the scope of the DAO call that started it ({@link OperationScope}).
 */
final class Parallel implements AutoCloseable {
  private final ExecutorService executor;
  private final int parallelism;

  Parallel(int parallelism) {
    this(threads(), parallelism);
  }

  private Parallel(ExecutorService executor, int parallelism) {
    this.executor = executor;
    this.parallelism = parallelism;
  }

  private static ExecutorService threads() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newCachedThreadPool(
        task -> {
          Thread thread = new Thread(task, "s3db-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  /** The same threads with another bound (a resource's own parallelism); closed with this one. */
  Parallel withParallelism(int parallelism) {
    return parallelism == this.parallelism ? this : new Parallel(executor, parallelism);
  }

  /** The configured bound on requests in flight per bulk call. */
  int parallelism() {
    return parallelism;
  }

  /** {@code fn} applied to every item, results in item order; the first failure is rethrown. */
  <I, O> List<O> map(List<I> items, Function<I, O> fn) {
    if (items.size() <= 1 || parallelism == 1) {
      List<O> results = new ArrayList<>(items.size());
      for (I item : items) {
        results.add(fn.apply(item));
      }
      return results;
    }
    Semaphore permits = new Semaphore(parallelism);
    List<CompletableFuture<O>> futures = new ArrayList<>(items.size());
    for (I item : items) {
      permits.acquireUninterruptibly();
      futures.add(
          CompletableFuture.supplyAsync(
              OperationScope.propagating(
                  () -> {
                    try {
                      return fn.apply(item);
                    } finally {
                      permits.release();
                    }
                  }),
              executor));
    }
    List<O> results = new ArrayList<>(items.size());
    for (CompletableFuture<O> future : futures) {
      results.add(join(future));
    }
    return results;
  }

  /** Runs one task on the shared threads; the caller bounds how many it has running. */
  <O> CompletableFuture<O> submit(Supplier<O> task) {
    return CompletableFuture.supplyAsync(OperationScope.propagating(task), executor);
  }

  /** The future's value, its failure rethrown as it was (unchecked) or wrapped. */
  static <O> O join(CompletableFuture<O> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new S3dbException("Bulk call failed: " + e.getCause(), null, null, e.getCause());
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
