package io.s3db.bench;

import io.s3db.bench.codec.CodecBench;
import io.s3db.bench.codec.CpuProfiler;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.profile.StackProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The JMH part of the codec benchmarks: {@link CodecBench} run with the settings' forks and
 * iterations and the GC and CPU profilers, its figures kept by benchmark method and variant.
 */
final class JmhFigures {
  /**
   * One benchmark's figures: wall-clock ns/op (JMH's score, its error, the iterations' median and
   * range), CPU ns/op ({@link CpuProfiler}) and bytes allocated per op.
   */
  record Figure(
      double ns,
      double error,
      double median,
      double min,
      double max,
      long samples,
      double cpu,
      double cpuError,
      double bytes) {}

  private final Map<String, Figure> byKey;

  private JmhFigures(Map<String, Figure> byKey) {
    this.byKey = byKey;
  }

  static JmhFigures run(CodecsSettings s) throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(s.include())
            .forks(s.forks())
            .warmupIterations(s.warmup())
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(s.measure())
            .measurementTime(TimeValue.seconds(1))
            .threads(1)
            .jvmArgsAppend("-Xms1g", "-Xmx1g")
            .shouldFailOnError(true)
            .addProfiler(GCProfiler.class)
            .addProfiler(CpuProfiler.class);
    if (s.prof().contains("stack")) {
      options.addProfiler(
          StackProfiler.class,
          "lines=" + (s.prof().contains("flat") ? "1" : "12") + ";top=25;detailLine=true");
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Figure> byKey = new LinkedHashMap<>();
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String variant = r.getParams().getParam("variant");
      Result<?> primary = r.getPrimaryResult();
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      Result<?> cpu = r.getSecondaryResults().get("cpu.time.norm");
      byKey.put(
          method + "/" + variant,
          new Figure(
              primary.getScore(),
              primary.getScoreError(),
              primary.getStatistics().getPercentile(50),
              primary.getStatistics().getMin(),
              primary.getStatistics().getMax(),
              primary.getStatistics().getN(),
              cpu == null ? Double.NaN : cpu.getScore(),
              cpu == null ? Double.NaN : cpu.getScoreError(),
              alloc == null ? Double.NaN : alloc.getScore()));
    }
    return new JmhFigures(byKey);
  }

  /**
   * The figures of {@code side}'s {@code op} ({@code s3db}, {@code encode}: {@code s3dbEncode}) for
   * the variant; null when {@code include} left that benchmark out.
   */
  @Nullable Figure get(String side, String op, String variant) {
    return byKey.get(side + Character.toUpperCase(op.charAt(0)) + op.substring(1) + "/" + variant);
  }
}
