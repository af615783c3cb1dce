package io.s3db.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link StartupBench}'s results file and summary figures. */
record StartupReport(Instant start, Instant end, String loadBefore, String loadAfter, int runs) {
  private static final List<String> ROWS = List.of("raw", "raw+cds", "lib", "lib+cds");

  private static final Map<String, String> LABELS =
      Map.of(
          "raw", "raw SDK client, plain JVM",
          "raw+cds", "raw SDK client, AppCDS",
          "lib", "s3db, plain JVM",
          "lib+cds", "s3db, AppCDS");

  String markdown(Map<String, List<StartupBench.Start>> results, List<String> metrics) {
    StringBuilder md = new StringBuilder("# Start-up: JVM start to the first read\n\n");
    if (Double.parseDouble(loadBefore.split(" ")[0]) >= 2.0) {
      md.append("**The machine was shared (1-minute load ")
          .append(loadBefore.split(" ")[0])
          .append(" before): times are a ceiling.**\n\n");
    }
    md.append("- Date: ")
        .append(start)
        .append(" to ")
        .append(end)
        .append(" (UTC)\n")
        .append("- Machine: ")
        .append(Machine.description())
        .append('\n')
        .append("- JDK: ")
        .append(Machine.jdk())
        .append('\n')
        .append("- Load average (1/5/15 min): ")
        .append(loadBefore)
        .append(" before, ")
        .append(loadAfter)
        .append(" after\n")
        .append("- Command: `bench/startup runs=")
        .append(runs)
        .append("`\n\n");
    md.append(
        """
        ## Method

        Every start is a new JVM (`java -cp <the bench's class path> io.s3db.bench.StartupProbe`, the \
        JVM's default heap and GC), against an in-memory S3Proxy in the coordinator's JVM on \
        127.0.0.1 that holds the quick-start record (the README's `Customer`) and its `s3db.json`. \
        *s3db*: `S3db.connect(uri)` as the quick start does (builds the S3 client, reads the catalog: \
        1 GET; finds the generated module on the class path), then `get(id)` (1 HEAD). *raw SDK \
        client*: builds an `S3Client` for the same server and heads the same object — the floor any \
        Java service reading S3 pays. *AppCDS*: a training run of the same command with \
        `-XX:ArchiveClassesAtExit`, then `-XX:SharedArchiveFile` (the JDK's default CDS archive is \
        on in every row). Plain and AppCDS starts alternate, `runs` of each; medians, (min–max).

        - start → first read: from this JVM's `ProcessBuilder.start()` to the probe's line printed \
        right after its first read.
        - JVM → main: that, less the probe's own `main` → first read (`System.nanoTime` in the \
        probe): JVM start-up and class-path loading.
        - connect: `main` → connected (s3db: the client built and the catalog read; raw: the client \
        built). first read, second read: one `get` (s3db) or `headObject` (raw) each.
        - classes: loaded when the probe prints (after both reads); heap: in use then.

        """);
    md.append("## Milliseconds per start\n\n| start | ");
    metrics.forEach(m -> md.append(label(m)).append(" | "));
    md.append("classes | heap MiB |\n|---|");
    metrics.forEach(m -> md.append("---:|"));
    md.append("---:|---:|\n");
    for (String row : ROWS) {
      List<StartupBench.Start> starts = results.get(row);
      md.append("| ").append(LABELS.get(row)).append(" | ");
      for (String m : metrics) {
        Stats v = stats(starts, m);
        md.append(StartupBench.ms(v.median()))
            .append(" (")
            .append(StartupBench.ms(v.min()))
            .append("–")
            .append(StartupBench.ms(v.max()))
            .append(") | ");
      }
      md.append(String.format(Locale.ROOT, "%.0f", stats(starts, "classes").median()))
          .append(" | ")
          .append(
              String.format(Locale.ROOT, "%.1f", stats(starts, "heapBytes").median() / 1048576.0))
          .append(" |\n");
    }
    md.append("\n## What the library adds to a cold start\n\n")
        .append("s3db's median less the raw SDK client's, in the same JVM setting.\n\n")
        .append("| JVM | start → first read ms | connect ms | first read ms | classes |\n")
        .append("|---|---:|---:|---:|---:|\n");
    for (String suffix : List.of("", "+cds")) {
      md.append("| ").append(suffix.isEmpty() ? "plain" : "AppCDS");
      for (String m : List.of("startToFirstRead", "connect", "firstRead")) {
        md.append(" | ")
            .append(
                StartupBench.ms(
                    stats(results.get("lib" + suffix), m).median()
                        - stats(results.get("raw" + suffix), m).median()));
      }
      md.append(" | ")
          .append(
              String.format(
                  Locale.ROOT,
                  "%.0f",
                  stats(results.get("lib" + suffix), "classes").median()
                      - stats(results.get("raw" + suffix), "classes").median()))
          .append(" |\n");
    }
    return md.append('\n').toString();
  }

  List<ObjectNode> figures(
      Map<String, List<StartupBench.Start>> results, List<String> metrics, String file) {
    List<ObjectNode> figures = new java.util.ArrayList<>();
    for (String row : ROWS) {
      for (String m : metrics) {
        Stats v = stats(results.get(row), m);
        ObjectNode f = Summary.figure(start.toString(), file);
        f.put("start", row).put("metric", m).put("value", v.median() / 1e6);
        f.put("min", v.min() / 1e6).put("max", v.max() / 1e6).put("unit", "ms");
        figures.add(f);
      }
      ObjectNode c = Summary.figure(start.toString(), file);
      c.put("start", row).put("metric", "classes");
      c.put("value", stats(results.get(row), "classes").median()).put("unit", "classes");
      figures.add(c);
    }
    return figures;
  }

  private static Stats stats(List<StartupBench.Start> starts, String metric) {
    return Stats.of(starts.stream().map(s -> (double) s.figures().get(metric)).toList());
  }

  private static String label(String metric) {
    return switch (metric) {
      case "startToFirstRead" -> "start → first read";
      case "jvmToMain" -> "JVM → main";
      case "connect" -> "connect";
      case "firstRead" -> "first read";
      case "secondRead" -> "second read";
      default -> metric;
    };
  }
}
