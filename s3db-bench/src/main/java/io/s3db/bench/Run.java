package io.s3db.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything one invocation measured, and where. */
record Run(
    Config config,
    Instant start,
    Instant end,
    String loadBefore,
    String loadAfter,
    String machine,
    String jdk,
    String node,
    List<Timing.Result> timings,
    List<WireCounts.Result> counts,
    Map<Side, Map<Op, Footprint>> footprints) {

  /** B's rate ÷ {@code other}'s, per measured round. */
  static List<Double> ratios(Timing.Result t, Op op, Side other) {
    return t.measured().stream()
        .map(r -> r.rate(Side.LIB, op, t.n()) / r.rate(other, op, t.n()))
        .toList();
  }

  static List<Double> rates(Timing.Result t, Op op, Side side) {
    return t.measured().stream().map(r -> r.rate(side, op, t.n())).toList();
  }
}
