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
    String date = run.start().toString();
    List<ObjectNode> figures = new ArrayList<>();
    for (String variant : CodecsRun.VARIANTS) {
      for (String op : CodecsRun.OPS) {
        for (String side : List.of("s3db", "jackson")) {
          JmhFigures.Figure j = run.jmh().get(side, op, variant);
          if (j == null) {
            continue;
          }
          ObjectNode t = figure(figures, date, file, variant, op, side, "time", j.ns(), "ns/op");
          t.put("error", j.error()).put("median", j.median()).put("min", j.min());
          t.put("max", j.max());
          figure(figures, date, file, variant, op, side, "cpu time", j.cpu(), "ns/op")
              .put("error", j.cpuError());
          figure(figures, date, file, variant, op, side, "allocated", j.bytes(), "B/op");
        }
        S3dbJsFigures.Rounds js = run.node().time(op, variant);
        figure(figures, date, file, variant, op, "s3db.js", "time", js.median(), "ns/op")
            .put("min", js.min())
            .put("max", js.max());
        S3dbJsFigures.Rounds jsCpu = run.node().cpu(op, variant);
        figure(figures, date, file, variant, op, "s3db.js", "cpu time", jsCpu.median(), "ns/op")
            .put("min", jsCpu.min())
            .put("max", jsCpu.max());
        JmhFigures.Figure ours = run.jmh().get("s3db", op, variant);
        JmhFigures.Figure jackson = run.jmh().get("jackson", op, variant);
        if (ours != null && jackson != null) {
          figure(
              figures,
              date,
              file,
              variant,
              op,
              "s3db",
              "cpu speed-up over Jackson",
              jackson.cpu() / ours.cpu(),
              "ratio");
          figure(
              figures,
              date,
              file,
              variant,
              op,
              "s3db",
              "wall speed-up over Jackson",
              jackson.median() / ours.median(),
              "ratio");
        }
        if (ours != null) {
          figure(
              figures,
              date,
              file,
              variant,
              op,
              "s3db",
              "cpu speed-up over s3db.js",
              jsCpu.median() / ours.cpu(),
              "ratio");
          figure(
              figures,
              date,
              file,
              variant,
              op,
              "s3db",
              "wall speed-up over s3db.js",
              js.median() / ours.median(),
              "ratio");
        }
      }
      figure(
          figures,
          date,
          file,
          variant,
          "metadata",
          "s3db",
          "metadata size",
          Layout.size(run.paths().get(variant).metadata()),
          "bytes");
      figure(
          figures,
          date,
          file,
          variant,
          "metadata",
          "s3db.js",
          "metadata size",
          run.node().metadataBytes(variant),
          "bytes");
      LargestFitting l = run.largest().get(variant);
      figure(
              figures,
              date,
              file,
              variant,
              "largest fitting",
              "s3db",
              "grow",
              l.grow(),
              "chars per text field")
          .put("metadataBytes", l.bytes())
          .put("recordJsonBytes", l.recordJsonBytes())
          .put("s3dbJsMetadataBytes", l.nodeBytes());
    }
    ObjectNode load = Summary.figure(date, file);
    load.put("metric", "load average 1 min before");
    load.put("value", CodecsRun.oneMinute(run.loadBefore())).put("unit", "load");
    figures.add(load);
    load = Summary.figure(date, file);
    load.put("metric", "load average 1 min after");
    load.put("value", CodecsRun.oneMinute(run.loadAfter())).put("unit", "load");
    figures.add(load);
    return figures;
  }

  private static ObjectNode figure(
      List<ObjectNode> figures,
      String date,
      String file,
      String variant,
      String operation,
      String side,
      String metric,
      double value,
      String unit) {
    ObjectNode f = Summary.figure(date, file);
    f.put("variant", variant).put("operation", operation).put("side", side);
    f.put("metric", metric).put("value", value).put("unit", unit);
    figures.add(f);
    return f;
  }
}
