package io.s3db.internal;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The lazy walk behind {@code stream(key)}: lists one page of up to 1 000 keys when the previous
 * one is used up, and keeps at most {@code window} record fetches in flight ahead of the consumer,
 * delivering records in key order. Memory is one page of ids plus {@code window} records, however
 * long the walk. Fetches yield empty for records that are gone or that no longer match the key
 * (stale references).
 */
final class RecordIterator<T> implements Iterator<T>, AutoCloseable {
  private final KeyLister lister;
  private final String prefix;
  private final Parallel parallel;
  private final int window;
  private final Function<String, Optional<T>> fetch;
  private final ArrayDeque<String> listed = new ArrayDeque<>();
  private final ArrayDeque<CompletableFuture<Optional<T>>> inFlight = new ArrayDeque<>();
  private @Nullable String token;
  private boolean listedAll;
  private boolean closed;
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
  }

  /** A sequential stream over the iterator that cancels the work in flight when closed. */
  Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      fill();
      CompletableFuture<Optional<T>> head = inFlight.poll();
      if (head == null) {
        return false;
      }
      Optional<T> record = Parallel.join(head);
      fill();
      next = record.orElse(null);
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
   * Starts fetches until {@code window} are in flight or the keys run out; lists a page when
   * needed.
   */
  private void fill() {
    while (!closed && inFlight.size() < window) {
      String id = listed.poll();
      if (id == null) {
        if (listedAll) {
          return;
        }
        listPage();
        continue;
      }
      inFlight.add(parallel.submit(() -> fetch.apply(id)));
    }
  }

  private void listPage() {
    ListObjectsV2Response page = lister.page(prefix, 1000, token);
    for (S3Object object : page.contents()) {
      String id = ResourceKeys.idOf(prefix, object.key());
      if (id != null) {
        listed.add(id);
      }
    }
    token = KeyLister.next(page);
    listedAll = token == null;
  }

  /** Stops listing and drops the fetches in flight (their results are discarded). */
  @Override
  public void close() {
    closed = true;
    listed.clear();
    inFlight.forEach(f -> f.cancel(false));
    inFlight.clear();
    next = null;
  }
}
