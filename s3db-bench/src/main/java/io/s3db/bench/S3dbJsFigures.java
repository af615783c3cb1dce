package io.s3db.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.bench.codec.CodecPaths;
import io.s3db.bench.codec.Shapes;
import io.s3db.spi.Attribute;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The s3db.js part of the codec benchmarks: {@code bench-codecs.mjs} on Node times s3db.js's mapper
 * for the same records (from the same attributes) and reports the metadata it sends; this writes
 * its input, runs it, and reads its figures.
 */
final class S3dbJsFigures {
  /** One timing, ns/op: median and range over the rounds. */
  record Rounds(double median, double min, double max) {}

  private final JsonNode output;

  private S3dbJsFigures(JsonNode output) {
    this.output = output;
  }

  /**
   * Runs {@code bench-codecs.mjs} for each variant's benchmarked record and its largest fitting
   * record (whose metadata bytes it reports); input and output are kept in {@code
   * s3db-bench/target/bench-logs}.
   */
  static S3dbJsFigures measure(
      Path root,
      Path nodeModules,
      CodecsSettings s,
      Map<String, CodecPaths<?>> paths,
      Map<String, List<Attribute>> attributes,
      Map<String, Object> largestRecords)
      throws IOException, InterruptedException {
    ObjectNode input = input(s, paths, attributes, largestRecords);
    Path logs = root.resolve("s3db-bench/target/bench-logs");
    Files.createDirectories(logs);
    Path in = logs.resolve("codecs-node-input.json");
    RecordJson.JSON.writeValue(in.toFile(), input);
    Process p =
        new ProcessBuilder(
                "node",
                root.resolve("s3db-bench/src/main/node/bench-codecs.mjs").toString(),
                nodeModules.toString(),
                in.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("bench-codecs.mjs failed: " + out);
    }
    Files.writeString(logs.resolve("codecs-node-output.json"), out);
    return new S3dbJsFigures(RecordJson.JSON.readTree(out));
  }

  /** The script's input: timing settings, and per variant s3db.js's schema and the records. */
  private static ObjectNode input(
      CodecsSettings s,
      Map<String, CodecPaths<?>> paths,
      Map<String, List<Attribute>> attributes,
      Map<String, Object> largestRecords) {
    ObjectNode input = RecordJson.JSON.createObjectNode();
    input.put("warmupMs", s.nodeWarmupMs());
    input.put("measureMs", s.nodeMeasureMs());
    input.put("rounds", s.nodeRounds());
    ArrayNode variants = input.putArray("variants");
    for (Map.Entry<String, CodecPaths<?>> e : paths.entrySet()) {
      ObjectNode v = variants.addObject();
      v.put("name", e.getKey());
      ObjectNode attrs = v.putObject("attributes");
      ArrayNode secrets = v.putArray("secretFields");
      for (Attribute a : attributes.get(e.getKey())) {
        // s3db.js nests its attributes by path segment: address.city is {address: {city: rule}}
        String[] segments = a.path().split("\\.");
        ObjectNode parent = attrs;
        for (int i = 0; i < segments.length - 1; i++) {
          parent =
              parent.has(segments[i])
                  ? (ObjectNode) parent.get(segments[i])
                  : parent.putObject(segments[i]);
        }
        parent.put(segments[segments.length - 1], a.rule());
        if (a.secret()) {
          secrets.add(a.path());
        }
      }
      if (!secrets.isEmpty()) {
        v.put("passphrase", Shapes.PASSPHRASE);
      }
      v.set("record", RecordJson.withoutId(e.getValue().record()));
      v.putArray("sizes").add(RecordJson.withoutId(largestRecords.get(e.getKey())));
    }
    return input;
  }

  /** Node's version, as {@code process.version} gives it. */
  String nodeVersion() {
    return output.path("node").asText();
  }

  /** s3db.js's version, from its package.json. */
  String version() {
    return output.path("version").asText();
  }

  /** Wall-clock ns/op of {@code op} (encode, decode) for the variant. */
  Rounds time(String op, String variant) {
    return rounds(variant(variant).path(op));
  }

  /** CPU ns/op ({@code process.cpuUsage()}) of {@code op} for the variant. */
  Rounds cpu(String op, String variant) {
    return rounds(variant(variant).path(op).path("cpu"));
  }

  /** The metadata bytes s3db.js sends for the variant's benchmarked record. */
  int metadataBytes(String variant) {
    return variant(variant).path("bytes").asInt();
  }

  /** The metadata s3db.js sends for the variant's benchmarked record, key by key. */
  JsonNode headers(String variant) {
    return variant(variant).path("headers");
  }

  /** The metadata bytes s3db.js sends for the variant's largest fitting record; -1 if absent. */
  int largestMetadataBytes(String variant) {
    return variant(variant).path("sizes").path(0).asInt(-1);
  }

  private static Rounds rounds(JsonNode t) {
    return new Rounds(
        t.path("median").asDouble(), t.path("min").asDouble(), t.path("max").asDouble());
  }

  private JsonNode variant(String variant) {
    for (JsonNode v : output.path("variants")) {
      if (v.path("name").asText().equals(variant)) {
        return v;
      }
    }
    throw new IllegalStateException("no s3db.js figures for " + variant);
  }
}
