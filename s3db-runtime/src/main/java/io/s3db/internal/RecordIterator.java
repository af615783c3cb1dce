package io.s3db.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The lazy walk behind {@code stream(key)}: lists one page of up to 1 000 keys when the previous
 * one is used up, keeps at most {@code window} record fetches in flight, and delivers records in
 * key order. Memory is one page of ids plus {@link #AHEAD} × {@code window} records, however long
 * the walk. Fetches yield empty for records that are gone or that no longer match the key (stale
 * references).
 *
 * <p>Up to {@code window} workers each claim the next id until none is left or the walk is {@code
 * AHEAD} windows ahead of the consumer: one hand-off per worker, not per record, and a slow record
 * at the head holds up only the consumer, not the other fetches, which keep going until the buffer
 * ahead is full.
 */
final class RecordIterator<T> implements Iterator<T>, AutoCloseable {
  /** How many windows of records the fetches may run ahead of the consumer. */
  static final int AHEAD = 4;

  private final KeyLister lister;
  private final String prefix;
  private final Parallel parallel;
  private final int window;
  private final Function<String, Optional<T>> fetch;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition headDone = lock.newCondition();
  // guarded by lock: ids listed and not claimed; fetched records by sequence number, in a ring of
  // AHEAD × window slots (sequence numbers in [consumed, claimed) are claimed, and their slot fills
  // when the fetch is done)
  private final ArrayDeque<String> listed = new ArrayDeque<>();
  private final @Nullable Object[] slots;
  private long claimed;
  private long consumed;
  private int running;
  private boolean closed;

  // the consumer's own state
  private @Nullable String token;
  private boolean listedAll;
  private @Nullable T next;

  RecordIterator(
      KeyLister lister,
      String prefix,
      Parallel parallel,
      int window,
      Function<String, Optional<T>> fetch) {
    this.lister = lister;
    this.prefix = prefix;
    this.parallel = parallel;
    this.window = window;
    this.fetch = fetch;
    this.slots = new Object[AHEAD * window];
  }

  /** A sequential stream over the iterator that drops the work in flight when closed. */
  Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (!fill()) {
        return false;
      }
      next = unwrap(awaitHead());
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T record = Objects.requireNonNull(next);
    next = null;
    return record;
  }

  /**
   * Lists a page when no id is left to claim, and starts workers up to {@code window}; false when
   * every record was delivered (or the walk was closed).
   */
  private boolean fill() {
    lock.lock();
    try {
      while (!closed && listed.isEmpty() && !listedAll && claimed - consumed < slots.length) {
        lock.unlock();
        try {
          listPage();
        } finally {
          lock.lock();
        }
      }
      if (closed || (consumed == claimed && listed.isEmpty())) {
        return false;
      }
      long claimable = Math.min(listed.size(), slots.length - (claimed - consumed));
      while (running < window && running < claimable) {
        parallel.start(this::claimUntilDone); // throws if the database was closed
        running++;
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** A worker: fetches the next unclaimed id until none is left or the buffer ahead is full. */
  private void claimUntilDone() {
    while (true) {
      String id;
      long seq;
      lock.lock();
      try {
        if (closed || listed.isEmpty() || claimed - consumed >= slots.length) {
          running--;
          return;
        }
        id = listed.poll();
        seq = claimed++;
      } finally {
        lock.unlock();
      }
      Object result;
      try {
        result = fetch.apply(Objects.requireNonNull(id));
      } catch (RuntimeException | Error e) {
        result = new Failure(e); // rethrown to the consumer, who would otherwise wait for it
      }
      lock.lock();
      try {
        if (!closed) {
          slots[slot(seq)] = result;
          if (seq == consumed) {
            headDone.signal();
          }
        }
      } finally {
        lock.unlock();
      }
    }
  }

  /** The head's result, once fetched; the head is claimed (fill started a worker for it). */
  private Object awaitHead() {
    lock.lock();
    try {
      Object result;
      while ((result = slots[slot(consumed)]) == null) {
        if (closed) { // by another thread: nothing more comes
          return Optional.empty();
        }
        headDone.awaitUninterruptibly();
      }
      slots[slot(consumed)] = null;
      consumed++;
      return result;
    } finally {
      lock.unlock();
    }
  }

  @SuppressWarnings("unchecked")
  private @Nullable T unwrap(Object result) {
    if (result instanceof Failure failure) {
      if (failure.exception instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) failure.exception;
    }
    return ((Optional<T>) result).orElse(null);
  }

  private int slot(long seq) {
    return (int) (seq % slots.length);
  }

  private void listPage() {
    ListObjectsV2Response page = lister.page(prefix, 1000, token);
    lock.lock();
    try {
      for (S3Object object : page.contents()) {
        String id = ResourceKeys.idOf(prefix, object.key());
        if (id != null) {
          listed.add(id);
        }
      }
    } finally {
      lock.unlock();
    }
    token = KeyLister.next(page);
    listedAll = token == null;
  }

  /** Stops listing and drops the fetches in flight (their results are discarded). */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      listed.clear();
      Arrays.fill(slots, null);
      headDone.signalAll();
    } finally {
      lock.unlock();
    }
    next = null;
  }

  /** A fetch that threw: rethrown when the consumer reaches its record. */
  private record Failure(Throwable exception) {}
}
