package io.s3db.bench;

import io.s3db.bench.codec.CodecBench;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of {@code bench/codecs}, {@code key=value}: {@code forks=2 warmup=10 measure=5} (JMH
 * iterations of 1 s), {@code nodeRounds=5 nodeWarmupMs=3000 nodeMeasureMs=2000}, {@code
 * name=codecs}, {@code prof=gc} ({@code prof=stack} adds JMH's stack profiler, printed with JMH's
 * output), {@code include=<regex>} (JMH benchmarks). {@code args} is the command line as given, for
 * the results file.
 */
record CodecsSettings(
    int forks,
    int warmup,
    int measure,
    int nodeRounds,
    int nodeWarmupMs,
    int nodeMeasureMs,
    String name,
    String prof,
    String include,
    String args) {
  static CodecsSettings parse(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("key=value expected: " + a);
      }
      m.put(a.substring(0, eq), a.substring(eq + 1));
    }
    CodecsSettings s =
        new CodecsSettings(
            Integer.parseInt(m.getOrDefault("forks", "2")),
            Integer.parseInt(m.getOrDefault("warmup", "10")),
            Integer.parseInt(m.getOrDefault("measure", "5")),
            Integer.parseInt(m.getOrDefault("nodeRounds", "5")),
            Integer.parseInt(m.getOrDefault("nodeWarmupMs", "3000")),
            Integer.parseInt(m.getOrDefault("nodeMeasureMs", "2000")),
            m.getOrDefault("name", "codecs"),
            m.getOrDefault("prof", "gc"),
            m.getOrDefault("include", CodecBench.class.getName()),
            String.join(" ", args));
    m.keySet()
        .removeAll(
            List.of(
                "forks",
                "warmup",
                "measure",
                "nodeRounds",
                "nodeWarmupMs",
                "nodeMeasureMs",
                "name",
                "prof",
                "include"));
    if (!m.isEmpty()) {
      throw new IllegalArgumentException("unknown settings: " + m.keySet());
    }
    return s;
  }
}
