package io.s3db.bench;

import io.s3db.bench.codec.CodecPaths;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of the codec benchmarks, what its results file and summary figures are made of: the
 * settings, when it ran, the 1/5/15-minute load before, at the start of the s3db.js part, at the
 * start of JMH and after, the figures of each part, and per variant the benchmarked paths and the
 * largest record that fits.
 */
record CodecsRun(
    CodecsSettings settings,
    Instant start,
    Instant end,
    String loadBefore,
    String loadNode,
    String loadJmh,
    String loadAfter,
    JmhFigures jmh,
    S3dbJsFigures node,
    Map<String, CodecPaths<?>> paths,
    Map<String, LargestFitting> largest) {
  /** The steps timed, in the order the tables and figures list them. */
  static final List<String> OPS = List.of("encode", "decode");

  /** The records, in the order the tables and figures list them. */
  static final List<String> VARIANTS = List.of("plain", "secret");

  /** The 1-minute load average of a {@link Machine#load()} line. */
  static double oneMinute(String load) {
    return Double.parseDouble(load.split(" ")[0]);
  }
}
