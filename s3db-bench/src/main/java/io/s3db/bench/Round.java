package io.s3db.bench;

import java.util.EnumMap;
import java.util.Map;

/**
 * One round: every side ran the timed sequence once, each in a fresh bucket. Nanoseconds per side
 * and operation, as the worker measured them.
 */
record Round(int number, boolean warmUp, String loadAtStart, Map<Side, Map<Op, Long>> nanos) {

  static Round empty(int number, boolean warmUp, String load) {
    return new Round(number, warmUp, load, new EnumMap<>(Side.class));
  }

  /** The side's whole sequence, for the warm-up test. */
  long total(Side side) {
    return nanos.getOrDefault(side, Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }

  /** Records (or calls) per second of {@code op} on {@code side} with {@code n} records. */
  double rate(Side side, Op op, int n) {
    Long t = nanos.getOrDefault(side, Map.of()).get(op);
    return t == null ? Double.NaN : op.items(n) / (t / 1e9);
  }
}
