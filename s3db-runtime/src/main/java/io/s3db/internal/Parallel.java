package io.s3db.internal;

import io.s3db.S3dbException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs one bulk call's requests with at most {@code parallelism} in flight, on shared threads (the
 * builder's {@code threads}, daemon platform threads by default), each task in the scope of the DAO
 * call that started it ({@link OperationScope}).
 */
final class Parallel implements AutoCloseable {
  private final ExecutorService executor;
  private final int parallelism;

  /** {@code threads} null: daemon platform threads named {@code s3db-N}. */
  Parallel(int parallelism, @Nullable ThreadFactory threads) {
    this(Executors.newCachedThreadPool(threads != null ? threads : daemonThreads()), parallelism);
  }

  private Parallel(ExecutorService executor, int parallelism) {
    this.executor = executor;
    this.parallelism = parallelism;
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "s3db-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The same threads with another bound (a resource's own parallelism); closed with this one. */
  Parallel withParallelism(int parallelism) {
    return parallelism == this.parallelism ? this : new Parallel(executor, parallelism);
  }

  /** The configured bound on requests in flight per bulk call. */
  int parallelism() {
    return parallelism;
  }

  /**
   * {@code fn} applied to every item, results in item order; every item is tried, then the first
   * failure in item order is rethrown.
   *
   * <p>The caller and up to {@code parallelism - 1} workers each claim the next unclaimed index
   * until none is left: one hand-off per worker, not per item, which is what kept bulk calls below
   * the raw SDK's rate (each item used to be its own task, future and permit).
   */
  <I, O> List<O> map(List<I> items, Function<I, O> fn) {
    int size = items.size();
    Object[] results = new Object[size];
    RuntimeException[] failures = new RuntimeException[size];
    AtomicInteger next = new AtomicInteger();
    Runnable claimUntilDone =
        () -> {
          for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
            try {
              results[i] = fn.apply(items.get(i));
            } catch (RuntimeException e) {
              failures[i] = e;
            }
          }
        };
    int workers = Math.min(parallelism, size) - 1;
    List<CompletableFuture<Void>> helpers = new ArrayList<>(Math.max(workers, 0));
    for (int w = 0; w < workers; w++) {
      helpers.add(
          CompletableFuture.supplyAsync(
              OperationScope.propagating(
                  () -> {
                    claimUntilDone.run();
                    return null;
                  }),
              executor));
    }
    claimUntilDone.run();
    helpers.forEach(Parallel::join);
    List<O> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      if (failures[i] != null) {
        throw failures[i];
      }
      @SuppressWarnings("unchecked")
      O result = (O) results[i];
      list.add(result);
    }
    return list;
  }

  /** Runs one task on the shared threads; the caller bounds how many it has running. */
  <O> CompletableFuture<O> submit(Supplier<O> task) {
    return CompletableFuture.supplyAsync(OperationScope.propagating(task), executor);
  }

  /**
   * Starts a task on the shared threads that reports its own outcome (it must not throw); the
   * caller bounds how many it has running.
   */
  void start(Runnable task) {
    Supplier<@Nullable Void> run =
        OperationScope.propagating(
            () -> {
              task.run();
              return null;
            });
    executor.execute(run::get);
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
