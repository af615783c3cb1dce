package io.s3db.internal;

import io.s3db.BulkResult;
import io.s3db.BulkWriter;
import io.s3db.S3dbException;
import io.s3db.plugin.OperationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * {@link BulkWriter} over a bounded queue ({@code batchSize} records) drained by {@code
 * concurrency} workers on the shared threads: {@code add} blocks while the queue is full, so memory
 * stays bounded however fast the producer is. Workers stop on a sentinel per worker, put by {@link
 * #close()}, which then rethrows what a worker died of (an exception of the progress listener, say:
 * a record's own failure is a {@link BulkResult.Failure}, not a worker's).
 */
final class DefaultBulkWriter<T> implements BulkWriter<T> {
  private static final Object STOP = new Object();

  private final Bulk<T> bulk;
  private final @Nullable OperationChain chain;
  private final BulkWriter.Options options;
  private final BlockingQueue<Object> queue;
  private final CountDownLatch stopped;
  private final List<CompletableFuture<Void>> runs = new ArrayList<>();
  private final int workers;
  private final Object lock = new Object();
  private final List<T> succeeded = new ArrayList<>();
  private final List<BulkResult.Failure<T>> failures = new ArrayList<>();
  private long added;
  private long finished;
  private long succeededCount;
  private boolean closed;

  /**
   * @param chain what each record's insert passes through; null to insert directly
   */
  DefaultBulkWriter(
      Bulk<T> bulk, Parallel parallel, BulkWriter.Options options, @Nullable OperationChain chain) {
    this.bulk = bulk;
    this.chain = chain;
    this.options = options;
    this.workers = options.concurrency() > 0 ? options.concurrency() : parallel.parallelism();
    this.queue = new ArrayBlockingQueue<>(options.batchSize());
    this.stopped = new CountDownLatch(workers);
    for (int i = 0; i < workers; i++) {
      runs.add(
          parallel.submit(
              () -> {
                try {
                  work();
                } finally {
                  stopped.countDown();
                }
              }));
    }
  }

  @Override
  public synchronized void add(T record) {
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("This BulkWriter is closed.");
      }
      added++;
    }
    try {
      put(record);
    } catch (RuntimeException e) {
      synchronized (lock) {
        added--;
        lock.notifyAll();
      }
      throw e;
    }
  }

  @SuppressWarnings("unchecked")
  private void work() {
    while (true) {
      Object item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (item == STOP) {
        return;
      }
      BulkOutcome<T> outcome = insertOne((T) item);
      synchronized (lock) {
        finished++;
        if (outcome instanceof BulkOutcome.Stored<T> stored) {
          succeededCount++;
          if (options.keepSucceeded()) {
            succeeded.add(stored.item());
          }
        } else if (outcome instanceof BulkOutcome.Failed<T> failed) {
          failures.add(failed.failure());
        }
        options.progress().onProgress(finished, -1);
        lock.notifyAll();
      }
    }
  }

  @Override
  public void flush() {
    synchronized (lock) {
      while (finished < added) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new S3dbException(
              "Interrupted while flushing a BulkWriter", bulk.resource(), null, e);
        }
      }
    }
  }

  @Override
  public synchronized void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
    }
    flush();
    for (int i = 0; i < workers; i++) {
      put(STOP);
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new S3dbException("Interrupted while closing a BulkWriter", bulk.resource(), null, e);
    }
    for (CompletableFuture<Void> run : runs) {
      Parallel.join(run);
    }
  }

  @Override
  public BulkResult<T> result() {
    synchronized (lock) {
      return new BulkResult<>(succeeded, succeededCount, failures);
    }
  }

  private void put(Object item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new S3dbException(
          "Interrupted while waiting for room in a BulkWriter", bulk.resource(), null, e);
    }
  }

  /**
   * One record's insert; through the chain, as an interceptor expects of a call: the stored record
   * returned, a failure thrown (and made the record's outcome here).
   */
  private BulkOutcome<T> insertOne(T record) {
    if (chain == null) {
      return bulk.insertOne(record);
    }
    String id = bulk.givenId(record);
    try {
      return new BulkOutcome.Stored<>(
          chain.byId(
              OperationKind.WRITER_INSERT,
              id,
              () -> {
                BulkOutcome<T> outcome = bulk.insertOne(record);
                if (outcome instanceof BulkOutcome.Failed<T> failed) {
                  throw failed.failure().error();
                }
                return ((BulkOutcome.Stored<T>) outcome).item();
              }));
    } catch (RuntimeException e) {
      return BulkOutcome.insertFailed(bulk.resource(), id, record, e);
    }
  }
}
