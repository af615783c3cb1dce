package io.s3db.reliability;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts of what happened, by name ("update ok", "insert ResourceAlreadyExistsException"), for the
 * figures.
 */
final class Tally {
  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

  void add(String what) {
    counts.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
  }

  /** Counts {@code operation ok}, or {@code operation <exception's simple name>}. */
  void outcome(String operation, Throwable failure) {
    add(operation + " " + (failure == null ? "ok" : failure.getClass().getSimpleName()));
  }

  long get(String what) {
    AtomicLong n = counts.get(what);
    return n == null ? 0 : n.get();
  }

  long total() {
    return counts.values().stream().mapToLong(AtomicLong::get).sum();
  }

  @Override
  public String toString() {
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((k, v) -> sorted.put(k, v.get()));
    return sorted.toString();
  }
}
