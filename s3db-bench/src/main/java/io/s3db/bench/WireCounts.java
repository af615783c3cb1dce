package io.s3db.bench;

import io.s3db.testing.faults.FaultProxy;
import io.s3db.testing.faults.S3Operation;
import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Requests per operation as the wire saw them: each side runs the counted sequence with few records
 * through s3db-testing's {@link FaultProxy} (no faults injected, it only counts), and the counts
 * are read between operations. Connecting (catalog, resource creation) is counted as the
 * pseudo-operation {@code connect}.
 */
final class WireCounts {
  /** Per side, per operation (in order, {@code connect} first): requests by S3 operation. */
  record Result(Variant variant, int n, Map<Side, Map<String, Map<S3Operation, Long>>> counts) {}

  private WireCounts() {}

  static Result run(Sides sides, URI server, Variant variant, Config config) {
    Map<Side, Map<String, Map<S3Operation, Long>>> counts = new EnumMap<>(Side.class);
    try (FaultProxy proxy = FaultProxy.start(server)) {
      for (Side side : config.sides()) {
        long start = System.nanoTime();
        Map<String, Map<S3Operation, Long>> bySide = new LinkedHashMap<>();
        String bucket =
            ("c-" + variant.wire + "-" + side.letter).toLowerCase(java.util.Locale.ROOT);
        proxy.resetStats();
        sides.open(side, proxy.endpoint(), bucket, variant, config.countN(), true);
        bySide.put("connect", new TreeMap<>(proxy.stats().requests()));
        for (Op op : Op.COUNTED) {
          proxy.resetStats();
          if (sides.run(side, op) >= 0) {
            bySide.put(op.wire, new TreeMap<>(proxy.stats().requests()));
          }
        }
        sides.closeWorkload(side);
        counts.put(side, bySide);
        System.err.printf(
            java.util.Locale.ROOT,
            "  counted %s %s in %.1f s%n",
            variant.wire,
            side.letter,
            (System.nanoTime() - start) / 1e9);
      }
    }
    return new Result(variant, config.countN(), counts);
  }
}
