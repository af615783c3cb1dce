package io.s3db.bench;

import io.s3db.testing.faults.S3Operation;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results file, {@code bench/results/<date>-<name>.md}: plain tables, and how they were made.
 */
final class Report {
  private Report() {}

  static String markdown(Run run) {
    Config c = run.config();
    StringBuilder md = new StringBuilder();
    md.append("# Side by side: s3db.js 21.6.2, s3db, the raw AWS SDK\n\n");
    double before = Double.parseDouble(run.loadBefore().split(" ")[0]);
    double after = Double.parseDouble(run.loadAfter().split(" ")[0]);
    if (before >= 2.0) {
      md.append(
          String.format(
              Locale.ROOT,
              "**The machine was shared: 1-minute load average %.2f before and %.2f after (2 cores)."
                  + " Rates are a floor and ratios noisier than on a quiet machine.**%n%n",
              before,
              after));
    }
    md.append("- Date: ").append(run.start()).append(" to ").append(run.end()).append(" (UTC)\n");
    md.append("- Machine: ").append(run.machine()).append('\n');
    md.append("- JDK: ").append(run.jdk()).append("; Node ").append(run.node()).append('\n');
    md.append("- Load average (1/5/15 min): ")
        .append(run.loadBefore())
        .append(" before, ")
        .append(run.loadAfter())
        .append(" after; at the start of every round in the rounds table. The run itself keeps")
        .append(" about 2 processes busy.\n");
    md.append("- Command: `bench/run ").append(c.args()).append("`\n\n");
    Method.append(md, c);
    for (Timing.Result t : run.timings()) {
      throughput(md, t);
    }
    for (Timing.Result t : run.timings()) {
      rounds(md, t);
    }
    footprints(md, run);
    for (WireCounts.Result w : run.counts()) {
      requests(md, w);
    }
    return md.toString();
  }

  private static void throughput(StringBuilder md, Timing.Result t) {
    md.append("## Throughput, ")
        .append(t.variant().wire)
        .append(": ")
        .append(t.n())
        .append(" records of ")
        .append(t.variant().records)
        .append("\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Medians of %d measured rounds after %d warm-up rounds (%s). Ratios: B's rate ÷ A's or"
                + " C's in the same round, median (min–max over the rounds); above 1 B is faster.%n%n",
            t.measured().size(),
            t.warmUpRounds(),
            t.converged()
                ? "the last two agreed within 10 %"
                : "**never two in a row within 10 %: capped**"));
    md.append("| operation | unit | A s3db.js | B s3db | C raw SDK | B ÷ A | B ÷ C |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (Op op : Op.TIMED) {
      md.append("| ").append(op.wire).append(" | ").append(op.unit.label);
      for (Side side : Side.values()) {
        md.append(" | ").append(Stats.rate(Stats.of(Run.rates(t, op, side)).median()));
      }
      md.append(" | ").append(Stats.of(Run.ratios(t, op, Side.NODE)).ratio());
      md.append(" | ").append(Stats.of(Run.ratios(t, op, Side.RAW)).ratio());
      md.append(" |\n");
    }
    md.append('\n');
  }

  private static void rounds(StringBuilder md, Timing.Result t) {
    md.append("## Rounds, ").append(t.variant().wire).append("\n\n");
    md.append("Seconds for each side's whole sequence (12 operations over ")
        .append(t.n())
        .append(" records).\n\n");
    md.append(
        "| round | kind | load at start | A s | B s | C s |\n|---:|---|---|---:|---:|---:|\n");
    for (Round r : t.rounds()) {
      md.append("| ")
          .append(r.number())
          .append(" | ")
          .append(r.warmUp() ? "warm-up" : "measured")
          .append(" | ")
          .append(r.loadAtStart());
      for (Side side : Side.values()) {
        long total = r.total(side);
        md.append(" | ").append(total == 0 ? "–" : String.format(Locale.ROOT, "%.2f", total / 1e9));
      }
      md.append(" |\n");
    }
    md.append('\n');
  }

  /** Per operation, the Java sides' peak platform threads and heap, the largest over the run. */
  private static void footprints(StringBuilder md, Run run) {
    List<Side> java = List.of(Side.LIB, Side.RAW);
    if (java.stream().noneMatch(run.footprints()::containsKey)) {
      return;
    }
    Config c = run.config();
    md.append("## Threads and heap of the Java sides\n\n")
        .append(
            "Per operation, the largest over every run of it: the worker's peak of platform (OS)")
        .append(" threads, virtual threads not counted, and the sum of its heap pools' peaks (an")
        .append(" upper bound of the heap in use at once). Callers and B's bulk threads: ")
        .append(c.threads())
        .append("; heap limit: ")
        .append(c.heap().isEmpty() ? "the JVM's default" : "-Xmx" + c.heap())
        .append(".\n\n");
    md.append("| operation | B threads | B heap MiB | C threads | C heap MiB |\n")
        .append("|---|---:|---:|---:|---:|\n");
    for (Op op : c.ops()) {
      md.append("| ").append(op.wire);
      for (Side side : java) {
        Footprint f = run.footprints().getOrDefault(side, Map.of()).get(op);
        md.append(" | ")
            .append(f == null ? "–" : Integer.toString(f.peakThreads()))
            .append(" | ")
            .append(f == null ? "–" : Long.toString(f.peakHeapBytes() >> 20));
      }
      md.append(" |\n");
    }
    md.append('\n');
  }

  private static void requests(StringBuilder md, WireCounts.Result w) {
    md.append("## Requests per operation at the wire, ")
        .append(w.variant().wire)
        .append(" (")
        .append(w.n())
        .append(" records)\n\n");
    md.append("| operation | A s3db.js | B s3db | C raw SDK |\n|---|---|---|---|\n");
    List<String> operations = new java.util.ArrayList<>(List.of("connect"));
    Op.COUNTED.forEach(op -> operations.add(op.wire));
    for (String operation : operations) {
      int d = Requests.divisor(operation, w.n());
      md.append("| ").append(Requests.per(operation, w.n()));
      for (Side side : Side.values()) {
        Map<String, Map<S3Operation, Long>> bySide = w.counts().get(side);
        Map<S3Operation, Long> counts = bySide == null ? null : bySide.get(operation);
        md.append(" | ").append(counts == null ? "n/a" : Requests.format(counts, d));
      }
      md.append(" |\n");
    }
    md.append('\n');
  }

  static List<String> sideNames() {
    return List.of(Side.values()).stream().map(s -> s.letter + " " + s.label).toList();
  }
}
