package io.s3db.cache;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Write counters per resource, which {@link Stamp}s are taken from. Invalidating is counting: a
 * write bumps the counters it touches, and every cached answer stamped before is stale from then
 * on, checked when it is looked up. So no invalidation can miss an answer being stored at that
 * moment, as removing entries by key could: the answer carries the counters of before its read.
 *
 * <p>While a write is in flight, no answer it may change is kept ({@link #quiet}): a read that
 * overlaps a write is never cached, so that nobody is served the state before a write once S3
 * already answers with the state after it.
 *
 * <p>Record ids share {@value #STRIPES} counters per resource (by hash) instead of one each, so
 * that memory stays bounded; a write then also makes a few other ids' answers stale, which costs
 * their next read one request, never a wrong answer.
 */
final class Versions {
  static final int STRIPES = 1024;

  private final AtomicLong cleared = new AtomicLong();
  private final ConcurrentMap<String, Resource> resources = new ConcurrentHashMap<>();

  private static final class Resource {
    /** Every write of the resource, at its start and at its end. */
    final AtomicLong writes = new AtomicLong();

    /** Writes that may have changed records without naming them (deleteAll, a failed insert). */
    final AtomicLong unnamed = new AtomicLong();

    final AtomicLongArray ids = new AtomicLongArray(STRIPES);

    /** Writes in flight. */
    final AtomicInteger writing = new AtomicInteger();

    /** Writes in flight that may change any record (deleteAll, insertMany). */
    final AtomicInteger writingAny = new AtomicInteger();

    /** Writes in flight per id stripe. */
    final AtomicIntegerArray writingIds = new AtomicIntegerArray(STRIPES);
  }

  /**
   * A write of the resource begins: the answers it may change are stale, and none is kept until it
   * {@linkplain #end ends}. Counted in flight first, so that a read checking both sees one.
   *
   * @param ids the ids it names
   * @param any whether it may change records it does not name
   */
  void begin(String name, List<String> ids, boolean any) {
    Resource resource = resource(name);
    resource.writing.incrementAndGet();
    if (any) {
      resource.writingAny.incrementAndGet();
    }
    ids.forEach(id -> resource.writingIds.incrementAndGet(stripe(id)));
    resource.writes.incrementAndGet();
    ids.forEach(id -> resource.ids.incrementAndGet(stripe(id)));
  }

  /**
   * The write {@linkplain #begin begun} with these arguments ended: stale again, then no longer in
   * flight.
   */
  void end(String name, List<String> ids, boolean any) {
    Resource resource = resource(name);
    resource.writes.incrementAndGet();
    ids.forEach(id -> resource.ids.incrementAndGet(stripe(id)));
    ids.forEach(id -> resource.writingIds.decrementAndGet(stripe(id)));
    if (any) {
      resource.writingAny.decrementAndGet();
    }
    resource.writing.decrementAndGet();
  }

  /** Whether no write that may change {@code key}'s answer is in flight. */
  boolean quiet(CacheKey key) {
    Resource resource = resource(key.resource());
    String id = key.recordId();
    if (id == null) {
      return resource.writing.get() == 0;
    }
    return resource.writingAny.get() == 0 && resource.writingIds.get(stripe(id)) == 0;
  }

  /** The counters {@code key}'s answer depends on, now. */
  Stamp stamp(CacheKey key) {
    Resource resource = resource(key.resource());
    long clears = cleared.get();
    String id = key.recordId();
    if (id == null) {
      return new Stamp(clears, resource.writes.get(), 0);
    }
    return new Stamp(clears, resource.unnamed.get(), resource.ids.get(stripe(id)));
  }

  /** The record with this id may have changed: its get, find and exists answers are stale. */
  void recordWritten(String name, String id) {
    resource(name).ids.incrementAndGet(stripe(id));
  }

  /** Records the write could not name may have changed: every single-record answer is stale. */
  void recordsWritten(String name) {
    resource(name).unnamed.incrementAndGet();
  }

  /** Every answer of the resource is stale. */
  void clear(String name) {
    Resource resource = resource(name);
    resource.writes.incrementAndGet();
    resource.unnamed.incrementAndGet();
  }

  /** Every answer is stale. */
  void clearAll() {
    cleared.incrementAndGet();
  }

  private Resource resource(String name) {
    return resources.computeIfAbsent(name, n -> new Resource());
  }

  private static int stripe(String id) {
    int h = id.hashCode();
    return (h ^ (h >>> 16)) & (STRIPES - 1);
  }
}
