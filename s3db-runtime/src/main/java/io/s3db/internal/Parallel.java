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
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
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
   */
  <I, O extends @Nullable Object> List<O> map(List<I> items, Function<I, O> fn) {
    Object[] results = new Object[items.size()];
    forEachIndex(items.size(), i -> results[i] = fn.apply(items.get(i)));
    List<O> list = new ArrayList<>(results.length);
    for (Object result : results) {
      @SuppressWarnings("unchecked")
      O typed = (O) result;
      list.add(typed);
    }
    return list;
  }

  /**
   * {@code action} run for every item; every item is tried, then the first failure in item order is
   * rethrown.
   */
  <I> void forEach(List<I> items, Consumer<I> action) {
    forEachIndex(items.size(), i -> action.accept(items.get(i)));
  }

  /**
   * The caller and up to {@code parallelism - 1} workers each claim the next unclaimed index until
   * none is left: one hand-off per worker, not per item, which is what kept bulk calls below the
   * raw SDK's rate (each item used to be its own task, future and permit).
   */
  private void forEachIndex(int size, IntConsumer task) {
    @Nullable RuntimeException[] failures = new RuntimeException[size];
    AtomicInteger next = new AtomicInteger();
    Runnable claimUntilDone =
        () -> {
          for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
            try {
              task.accept(i);
            } catch (RuntimeException e) {
              failures[i] = e;
            }
          }
        };
    int workers = Math.min(parallelism, size) - 1;
    List<CompletableFuture<Void>> helpers = new ArrayList<>(Math.max(workers, 0));
    for (int w = 0; w < workers; w++) {
      helpers.add(submit(claimUntilDone));
    }
    claimUntilDone.run();
    helpers.forEach(Parallel::join);
    for (RuntimeException failure : failures) {
      if (failure != null) {
        throw failure;
      }
    }
  }

  /** Runs one task on the shared threads; the caller bounds how many it has running. */
  CompletableFuture<Void> submit(Runnable task) {
    return CompletableFuture.runAsync(OperationScope.propagating(task), executor);
  }

  /**
   * Starts a task on the shared threads that reports its own outcome (it must not throw); the
   * caller bounds how many it has running.
   */
  void start(Runnable task) {
    executor.execute(OperationScope.propagating(task));
  }

  /** The future's value, its failure rethrown as it was (unchecked) or wrapped. */
  static <O extends @Nullable Object> O join(CompletableFuture<O> future) {
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
