package io.s3db.bench;

import java.util.Locale;

/**
 * The codec benchmarks' results file, {@code bench/results/<date>-<name>.md}: how and where it ran,
 * then {@link TimingTables}, {@link MetadataBytesTables} and {@link CodecsMethod}.
 */
final class CodecsReport {
  private CodecsReport() {}

  static String markdown(CodecsRun run) {
    CodecsSettings s = run.settings();
    StringBuilder md = new StringBuilder();
    md.append("# Codecs: the record ↔ metadata step, s3db against Jackson and s3db.js 21.6.2\n\n");
    double before = CodecsRun.oneMinute(run.loadBefore());
    double after = CodecsRun.oneMinute(run.loadAfter());
    if (Math.max(before, after) >= 2.0) {
      md.append(
          String.format(
              Locale.ROOT,
              "**The machine was shared: 1-minute load average %.2f before and %.2f after (2 cores;"
                  + " others were building). Times are a ceiling and ratios noisier than on a quiet"
                  + " machine; all three paths ran under the same load.**%n%n",
              before,
              after));
    }
    md.append("- Date: ").append(run.start()).append(" to ").append(run.end()).append(" (UTC)\n");
    md.append("- Machine: ").append(Machine.description()).append('\n');
    md.append("- JDK: ")
        .append(Machine.jdk())
        .append("; JMH 1.37; Node ")
        .append(run.node().nodeVersion())
        .append(", s3db.js ")
        .append(run.node().version())
        .append('\n');
    md.append("- Load average (1/5/15 min): ")
        .append(run.loadBefore())
        .append(" before; ")
        .append(run.loadNode())
        .append(" at the start of the s3db.js part; ")
        .append(run.loadJmh())
        .append(" at the start of JMH; ")
        .append(run.loadAfter())
        .append(" after. The benchmark itself keeps one core busy.\n");
    md.append("- Command: `bench/codecs")
        .append(s.args().isEmpty() ? "" : " " + s.args())
        .append("`\n");
    md.append(
        String.format(
            Locale.ROOT,
            "- JMH: %d forks × (%d warm-up + %d measured iterations of 1 s), average time, 1"
                + " thread, `-Xms1g -Xmx1g`, profilers `gc` and `CpuProfiler`%s; ± is JMH's 99.9 %% confidence"
                + " half-width over the %d measured iterations. Why: on this shared 2-core"
                + " machine C2 took ~8 s of a fork to settle (a probe's iterations fell from 12–130"
                + " µs to their steady value by the 7th–9th second), so a long warm-up is worth more"
                + " than a third fork; two forks still show fork-to-fork spread, and the run stays"
                + " under 10 minutes.%n",
            s.forks(),
            s.warmup(),
            s.measure(),
            s.prof().contains("stack") ? " and `stack`" : "",
            s.forks() * s.measure()));
    md.append(
        String.format(
            Locale.ROOT,
            "- s3db.js: %d ms warm-up, then %d rounds of at least %d ms each; median (min–max) of"
                + " the rounds' ns/op.%n%n",
            s.nodeWarmupMs(),
            s.nodeRounds(),
            s.nodeMeasureMs()));
    TimingTables.append(md, run);
    MetadataBytesTables.append(md, run);
    CodecsMethod.append(md);
    return md.toString();
  }
}
