package io.s3db.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.testing.faults.S3Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code bench/results/summary.json}: every figure as a number, with its unit and its run's date
 * and file. Figures of other runs (other result files) are kept; this run's replace its own.
 */
final class Summary {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Summary() {}

  static void write(Path file, Run run, String resultsFile) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode figures = root.putArray("figures");
    keepOthers(file, resultsFile, figures);
    String date = run.start().toString();
    for (Timing.Result t : run.timings()) {
      for (Op op : Op.TIMED) {
        for (Side side : Side.values()) {
          Stats s = Stats.of(Run.rates(t, op, side));
          if (!Double.isNaN(s.median())) {
            add(
                figures,
                date,
                resultsFile,
                t.variant().wire,
                op.wire,
                side,
                "median rate",
                s,
                op.unit.label);
          }
        }
        add(
            figures,
            date,
            resultsFile,
            t.variant().wire,
            op.wire,
            Side.LIB,
            "ratio B/A",
            Stats.of(Run.ratios(t, op, Side.NODE)),
            "ratio");
        add(
            figures,
            date,
            resultsFile,
            t.variant().wire,
            op.wire,
            Side.LIB,
            "ratio B/C",
            Stats.of(Run.ratios(t, op, Side.RAW)),
            "ratio");
      }
      ObjectNode warm = figures.addObject();
      warm.put("date", date).put("file", resultsFile).put("variant", t.variant().wire);
      warm.put("metric", "warm-up rounds").put("value", t.warmUpRounds()).put("unit", "rounds");
      warm.put("converged", t.converged()).put("records", t.n());
    }
    for (WireCounts.Result w : run.counts()) {
      w.counts()
          .forEach(
              (side, byOp) ->
                  byOp.forEach(
                      (operation, counts) -> {
                        ObjectNode f = figures.addObject();
                        f.put("date", date)
                            .put("file", resultsFile)
                            .put("variant", w.variant().wire);
                        f.put("operation", operation).put("side", side.letter);
                        f.put("metric", "requests");
                        int d = Requests.divisor(operation, w.n());
                        f.put("value", Requests.total(counts) / (double) d);
                        f.put(
                            "unit",
                            Requests.perRecord(operation) ? "requests/record" : "requests/call");
                        f.put("records", w.n());
                        ObjectNode by = f.putObject("byType");
                        for (Map.Entry<S3Operation, Long> e : counts.entrySet()) {
                          by.put(Requests.name(e.getKey()), e.getValue() / (double) d);
                        }
                      }));
    }
    run.footprints()
        .forEach(
            (side, byOp) ->
                byOp.forEach(
                    (op, footprint) -> {
                      footprintFigure(figures, date, resultsFile, run, side, op)
                          .put("metric", "peak platform threads")
                          .put("value", footprint.peakThreads())
                          .put("unit", "threads");
                      footprintFigure(figures, date, resultsFile, run, side, op)
                          .put("metric", "peak heap")
                          .put("value", footprint.peakHeapBytes() / 1048576.0)
                          .put("unit", "MiB");
                    }));
    ObjectNode load = figures.addObject();
    load.put("date", date).put("file", resultsFile).put("metric", "load average 1 min before");
    load.put("value", Double.parseDouble(run.loadBefore().split(" ")[0])).put("unit", "load");
    load = figures.addObject();
    load.put("date", date).put("file", resultsFile).put("metric", "load average 1 min after");
    load.put("value", Double.parseDouble(run.loadAfter().split(" ")[0])).put("unit", "load");
    JSON.writeValue(file.toFile(), root);
  }

  /** A new figure of one side's footprint in one operation, its metric still to be put. */
  private static ObjectNode footprintFigure(
      ArrayNode figures, String date, String resultsFile, Run run, Side side, Op op) {
    ObjectNode f = figures.addObject();
    f.put("date", date).put("file", resultsFile).put("operation", op.wire);
    return f.put("side", side.letter).put("threads", run.config().threads());
  }

  /**
   * Writes {@code figures} (each with its {@code file}: {@code resultsFile}) after the figures of
   * every other results file already in {@code file}.
   */
  static void write(Path file, String resultsFile, List<ObjectNode> figures) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode all = root.putArray("figures");
    keepOthers(file, resultsFile, all);
    figures.forEach(all::add);
    JSON.writeValue(file.toFile(), root);
  }

  /**
   * A new figure of {@code resultsFile}, to be filled in and given to {@link #write(Path, String,
   * List)}.
   */
  static ObjectNode figure(String date, String resultsFile) {
    ObjectNode f = JSON.createObjectNode();
    f.put("date", date).put("file", resultsFile);
    return f;
  }

  private static void keepOthers(Path file, String resultsFile, ArrayNode figures)
      throws IOException {
    if (Files.exists(file)) {
      for (JsonNode old : JSON.readTree(file.toFile()).path("figures")) {
        if (!old.path("file").asText().equals(resultsFile)) {
          figures.add(old);
        }
      }
    }
  }

  private static void add(
      ArrayNode figures,
      String date,
      String file,
      String variant,
      String operation,
      Side side,
      String metric,
      Stats s,
      String unit) {
    if (Double.isNaN(s.median())) {
      return;
    }
    ObjectNode f = figures.addObject();
    f.put("date", date).put("file", file).put("variant", variant).put("operation", operation);
    f.put("side", side.letter).put("metric", metric);
    f.put("value", s.median()).put("min", s.min()).put("max", s.max()).put("unit", unit);
  }
}
