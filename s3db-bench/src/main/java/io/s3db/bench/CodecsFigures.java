package io.s3db.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.internal.layout.Layout;
import java.util.ArrayList;
import java.util.List;

/**
 * The codec benchmarks' figures for {@code bench/results/summary.json} ({@link Summary}): per
 * variant, step and side, time, CPU time, allocation and the speed-ups; the metadata bytes; the
 * largest fitting record; the load before and after.
 */
final class CodecsFigures {
  private CodecsFigures() {}

  static List<ObjectNode> of(CodecsRun run, String file) {
    Figures figures = new Figures(run.start().toString(), file);
    for (String variant : CodecsRun.VARIANTS) {
      for (String op : CodecsRun.OPS) {
        for (String side : List.of("s3db", "jackson")) {
          JmhFigures.Figure j = run.jmh().get(side, op, variant);
          if (j == null) {
            continue;
          }
          ObjectNode t = figures.add(variant, op, side, "time", j.ns(), "ns/op");
          t.put("error", j.error()).put("median", j.median()).put("min", j.min());
          t.put("max", j.max());
          figures.add(variant, op, side, "cpu time", j.cpu(), "ns/op").put("error", j.cpuError());
          figures.add(variant, op, side, "allocated", j.bytes(), "B/op");
        }
        S3dbJsFigures.Rounds js = run.node().time(op, variant);
        figures
            .add(variant, op, "s3db.js", "time", js.median(), "ns/op")
            .put("min", js.min())
            .put("max", js.max());
        S3dbJsFigures.Rounds jsCpu = run.node().cpu(op, variant);
        figures
            .add(variant, op, "s3db.js", "cpu time", jsCpu.median(), "ns/op")
            .put("min", jsCpu.min())
            .put("max", jsCpu.max());
        JmhFigures.Figure ours = run.jmh().get("s3db", op, variant);
        JmhFigures.Figure jackson = run.jmh().get("jackson", op, variant);
        if (ours != null && jackson != null) {
          figures.add(
              variant,
              op,
              "s3db",
              "cpu speed-up over Jackson",
              jackson.cpu() / ours.cpu(),
              "ratio");
          figures.add(
              variant,
              op,
              "s3db",
              "wall speed-up over Jackson",
              jackson.median() / ours.median(),
              "ratio");
        }
        if (ours != null) {
          figures.add(
              variant,
              op,
              "s3db",
              "cpu speed-up over s3db.js",
              jsCpu.median() / ours.cpu(),
              "ratio");
          figures.add(
              variant,
              op,
              "s3db",
              "wall speed-up over s3db.js",
              js.median() / ours.median(),
              "ratio");
        }
      }
      figures.add(
          variant,
          "metadata",
          "s3db",
          "metadata size",
          Layout.size(run.paths().get(variant).metadata()),
          "bytes");
      figures.add(
          variant,
          "metadata",
          "s3db.js",
          "metadata size",
          run.node().metadataBytes(variant),
          "bytes");
      LargestFitting l = run.largest().get(variant);
      figures
          .add(variant, "largest fitting", "s3db", "grow", l.grow(), "chars per text field")
          .put("metadataBytes", l.bytes())
          .put("recordJsonBytes", l.recordJsonBytes())
          .put("s3dbJsMetadataBytes", l.nodeBytes());
    }
    figures.load("load average 1 min before", CodecsRun.oneMinute(run.loadBefore()));
    figures.load("load average 1 min after", CodecsRun.oneMinute(run.loadAfter()));
    return figures.all;
  }

  /** The run's figures as they are added, each stamped with the run's date and results file. */
  private static final class Figures {
    private final List<ObjectNode> all = new ArrayList<>();
    private final String date;
    private final String file;

    Figures(String date, String file) {
      this.date = date;
      this.file = file;
    }

    ObjectNode add(
        String variant, String operation, String side, String metric, double value, String unit) {
      ObjectNode f = Summary.figure(date, file);
      f.put("variant", variant).put("operation", operation).put("side", side);
      f.put("metric", metric).put("value", value).put("unit", unit);
      all.add(f);
      return f;
    }

    void load(String metric, double value) {
      ObjectNode f = Summary.figure(date, file);
      f.put("metric", metric);
      f.put("value", value).put("unit", "load");
      all.add(f);
    }
  }
}
