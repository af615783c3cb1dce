package io.s3db.costs;

import io.s3db.plugin.OperationKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Every group's counters. A request's event (sent, answered, lost) is added to all its groups under
 * the shared side of a lock and a snapshot or reset takes the exclusive side, so that a snapshot
 * never sees an event in one group and not yet in another: its totals always equal the sums of its
 * breakdowns. Adding threads do not block each other.
 */
final class Tally {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  // both read under the shared side of the lock, written under the exclusive side
  private Groups groups = new Groups();
  private long epoch;

  /**
   * Adds a request's sending to the total and to each of its groups; returns the epoch to give
   * {@link #addLater} for the request's later events.
   */
  long addSent(String s3Operation, @Nullable Served served, Consumer<Counters> event) {
    lock.readLock().lock();
    try {
      add(groups, s3Operation, served, event);
      return epoch;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Adds a later event of a request sent in {@code sentEpoch} (its answer, its loss); dropped if
   * the counts were reset since, so that no group ever has more answers than requests.
   */
  void addLater(
      long sentEpoch, String s3Operation, @Nullable Served served, Consumer<Counters> event) {
    lock.readLock().lock();
    try {
      if (sentEpoch == epoch) {
        add(groups, s3Operation, served, event);
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  private static void add(
      Groups g, String s3Operation, @Nullable Served served, Consumer<Counters> event) {
    event.accept(g.total);
    event.accept(g.byS3Operation.computeIfAbsent(s3Operation, k -> new Counters()));
    if (served == null) {
      event.accept(g.outside);
    } else {
      event.accept(g.byResource.computeIfAbsent(served.resource(), k -> new Counters()));
      event.accept(g.byDaoOperation.computeIfAbsent(served.kind(), k -> new Counters()));
    }
  }

  CostsSnapshot snapshot(PriceTable prices) {
    lock.writeLock().lock();
    try {
      Groups g = groups;
      Map<String, Usage> byS3Operation = new TreeMap<>();
      g.byS3Operation.forEach((k, v) -> byS3Operation.put(k, v.usage(prices)));
      Map<String, Usage> byResource = new TreeMap<>();
      g.byResource.forEach((k, v) -> byResource.put(k, v.usage(prices)));
      Map<OperationKind, Usage> byDaoOperation = new EnumMap<>(OperationKind.class);
      g.byDaoOperation.forEach((k, v) -> byDaoOperation.put(k, v.usage(prices)));
      return new CostsSnapshot(
          g.total.usage(prices),
          byS3Operation,
          byResource,
          byDaoOperation,
          g.outside.usage(prices),
          prices);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Forgets every count; the answers of requests sent before are not counted either. */
  void reset() {
    lock.writeLock().lock();
    try {
      groups = new Groups();
      epoch++;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The DAO call a request served: its resource and kind (never the call, which holds records). */
  record Served(String resource, OperationKind kind) {}

  private static final class Groups {
    final Counters total = new Counters();
    final Counters outside = new Counters();
    final ConcurrentMap<String, Counters> byS3Operation = new ConcurrentHashMap<>();
    final ConcurrentMap<String, Counters> byResource = new ConcurrentHashMap<>();
    final ConcurrentMap<OperationKind, Counters> byDaoOperation = new ConcurrentHashMap<>();
  }
}
