package io.s3db.bench;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The codec results file's tables per operation: CPU time (the figure the targets are judged on),
 * wall-clock time and allocation, of s3db, Jackson and s3db.js for each step and record.
 */
final class TimingTables {
  private TimingTables() {}

  static void append(StringBuilder md, CodecsRun run) {
    cpu(md, run);
    wallClock(md, run);
    allocation(md, run);
  }

  /** CPU ns/op, with the ratios to the targets. */
  private static void cpu(StringBuilder md, CodecsRun run) {
    md.append("## CPU time per operation\n\n");
    md.append(
        "Encode: record → the metadata a put sends. Decode: the metadata a head returns → record."
            + " CPU time of the benchmark's thread per operation (Java: `CpuProfiler`, the JMH"
            + " worker's thread CPU time over the iteration's operations, mean ± 99.9 % CI; Node:"
            + " `process.cpuUsage()` over a round's operations, median (min–max) of the rounds):"
            + " on this shared machine the figure the targets are judged on, as it leaves out the"
            + " time a thread waited for a core. Ratios: the other path's ÷ s3db's (above 1, s3db"
            + " is faster); targets ≥ 3× Jackson, ≥ 10× s3db.js.\n\n");
    timeRows(
        md,
        run,
        j -> num(j.cpu()) + " ± " + num(j.cpuError()),
        JmhFigures.Figure::cpu,
        run.node()::cpu);
    md.append("\n✓ / ✗: the issue's target met or not.\n\n");
  }

  /** Wall-clock ns/op: JMH's score and median, s3db.js's rounds. */
  private static void wallClock(StringBuilder md, CodecsRun run) {
    md.append("## Wall-clock time per operation\n\n");
    md.append(
        "JMH's score (mean ± 99.9 % CI over the measured iterations) and, in brackets, the"
            + " iterations' median; s3db.js: median (min–max) of the rounds. Ratios on the medians."
            + " Under the load above these include waiting for a core.\n\n");
    timeRows(md, run, TimingTables::ns, JmhFigures.Figure::median, run.node()::time);
  }

  /**
   * The table: one row per step and record, s3db's and Jackson's {@code cell}, s3db.js's {@code js}
   * rounds, and the ratios of {@code value} (to s3db.js's median) against the targets.
   */
  private static void timeRows(
      StringBuilder md,
      CodecsRun run,
      Function<JmhFigures.Figure, String> cell,
      ToDoubleFunction<JmhFigures.Figure> value,
      BiFunction<String, String, S3dbJsFigures.Rounds> js) {
    md.append(
        "| step | record | s3db ns/op | Jackson ns/op | s3db.js ns/op | vs Jackson | vs s3db.js"
            + " |\n|---|---|---:|---:|---:|---:|---:|\n");
    for (String variant : CodecsRun.VARIANTS) {
      for (String op : CodecsRun.OPS) {
        JmhFigures.Figure ours = run.jmh().get("s3db", op, variant);
        JmhFigures.Figure jackson = run.jmh().get("jackson", op, variant);
        S3dbJsFigures.Rounds node = js.apply(op, variant);
        double oursValue = ours == null ? Double.NaN : value.applyAsDouble(ours);
        md.append("| ")
            .append(op)
            .append(" | ")
            .append(label(variant))
            .append(" | ")
            .append(ours == null ? "–" : cell.apply(ours))
            .append(" | ")
            .append(jackson == null ? "–" : cell.apply(jackson))
            .append(" | ")
            .append(range(node))
            .append(" | ")
            .append(
                ratio(oursValue, jackson == null ? Double.NaN : value.applyAsDouble(jackson), 3))
            .append(" | ")
            .append(ratio(oursValue, node.median(), 10))
            .append(" |\n");
      }
    }
  }

  /** Bytes allocated per op (JMH's GC profiler; Java only). */
  private static void allocation(StringBuilder md, CodecsRun run) {
    md.append("\n## Allocation per operation\n\n");
    md.append(
        "JMH's `gc.alloc.rate.norm` (bytes allocated per operation, mean); s3db.js's allocation is"
            + " not measured.\n\n");
    md.append(
        "| step | record | s3db B/op | Jackson B/op | Jackson ÷ s3db |\n|---|---|---:|---:|---:|\n");
    for (String variant : CodecsRun.VARIANTS) {
      for (String op : CodecsRun.OPS) {
        JmhFigures.Figure ours = run.jmh().get("s3db", op, variant);
        JmhFigures.Figure jackson = run.jmh().get("jackson", op, variant);
        md.append("| ")
            .append(op)
            .append(" | ")
            .append(label(variant))
            .append(" | ")
            .append(ours == null ? "–" : num(ours.bytes()))
            .append(" | ")
            .append(jackson == null ? "–" : num(jackson.bytes()))
            .append(" | ")
            .append(
                ours == null || jackson == null
                    ? "–"
                    : String.format(Locale.ROOT, "%.1f×", jackson.bytes() / ours.bytes()))
            .append(" |\n");
      }
    }
    md.append('\n');
  }

  private static String ns(JmhFigures.Figure j) {
    return num(j.ns()) + " ± " + num(j.error()) + " (" + num(j.median()) + ")";
  }

  private static String range(S3dbJsFigures.Rounds t) {
    return num(t.median()) + " (" + num(t.min()) + "–" + num(t.max()) + ")";
  }

  private static String label(String variant) {
    return variant.equals("plain") ? "15 fields" : "15 fields, 1 secret";
  }

  private static String ratio(double ours, double other, double target) {
    if (Double.isNaN(ours) || Double.isNaN(other)) {
      return "–";
    }
    double r = other / ours;
    return String.format(Locale.ROOT, "%.1f× %s", r, r >= target ? "✓" : "✗");
  }

  private static String num(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return String.format(Locale.ROOT, "%,.0f", v).replace(',', ' ');
  }
}
