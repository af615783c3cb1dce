package io.s3db.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.s3db.bench.codec.CodecBench;
import io.s3db.bench.codec.CpuProfiler;
import io.s3db.bench.codec.Customer;
import io.s3db.bench.codec.CustomerCodec;
import io.s3db.bench.codec.CustomerDao;
import io.s3db.bench.codec.SecretCustomer;
import io.s3db.bench.codec.SecretCustomerCodec;
import io.s3db.bench.codec.SecretCustomerDao;
import io.s3db.bench.codec.Shapes;
import io.s3db.internal.RecordMetadata;
import io.s3db.internal.layout.Layout;
import io.s3db.internal.layout.StoredObject;
import io.s3db.spi.Attribute;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;
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
 * The codec benchmarks (issue 13 §4), run by {@code bench/codecs [key=value …]}: the JMH benchmarks
 * of {@link CodecBench} (s3db's generated codec through the engine's step, and Jackson) with the GC
 * profiler, s3db.js 21.6.2's mapper on Node ({@code bench-codecs.mjs}) for the same records, the
 * metadata bytes of both, and the largest record of the shape that fits 2 KB. Writes {@code
 * bench/results/<date>-<name>.md} and adds its figures to {@code bench/results/summary.json}.
 *
 * <p>Settings: {@code forks=2 warmup=10 measure=5} (JMH iterations of 1 s), {@code nodeRounds=5
 * nodeWarmupMs=3000 nodeMeasureMs=2000}, {@code name=codecs}, {@code prof=gc} ({@code prof=stack}
 * adds JMH's stack profiler, printed with JMH's output), {@code include=<regex>} (JMH benchmarks).
 */
public final class CodecsMain {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setDefaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

  private static final List<String> OPS = List.of("encode", "decode");
  private static final List<String> VARIANTS = List.of("plain", "secret");

  private CodecsMain() {}

  /** The settings, {@code key=value}. */
  record Settings(
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
    static Settings parse(String[] args) {
      Map<String, String> m = new LinkedHashMap<>();
      for (String a : args) {
        int eq = a.indexOf('=');
        if (eq < 1) {
          throw new IllegalArgumentException("key=value expected: " + a);
        }
        m.put(a.substring(0, eq), a.substring(eq + 1));
      }
      Settings s =
          new Settings(
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

  /**
   * One JMH figure: wall-clock ns/op (JMH's score, its error, the iterations' median and range),
   * CPU ns/op ({@link CpuProfiler}) and bytes allocated per op.
   */
  record Jmh(
      double ns,
      double error,
      double median,
      double min,
      double max,
      long samples,
      double cpu,
      double cpuError,
      double bytes) {}

  /** One s3db.js figure: ns/op, median and range over the rounds. */
  record Timed(double median, double min, double max) {}

  /** The largest record that fits, and the metadata bytes of it and of one character more. */
  record Largest(int grow, int bytes, int nextBytes, int recordJsonBytes, int nodeBytes) {}

  public static void main(String[] args) throws IOException, RunnerException, InterruptedException {
    Settings s = Settings.parse(args);
    Path root = BenchMain.repositoryRoot();
    Path nodeModules = root.resolve("s3db-interop/src/test/node/node_modules");
    if (!Files.exists(nodeModules.resolve("s3db.js/package.json"))) {
      throw new IllegalStateException(
          "s3db.js is not installed: run `node install.mjs` in s3db-interop/src/test/node");
    }
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String loadBefore = Machine.load();
    System.err.println("load before: " + loadBefore);

    Map<String, CodecBench.Path<?>> paths = new LinkedHashMap<>();
    paths.put("plain", CodecBench.Path.plain(0));
    paths.put("secret", CodecBench.Path.secret(0));
    Map<String, List<Attribute>> attributes =
        Map.of("plain", CustomerCodec.ATTRIBUTES, "secret", SecretCustomerCodec.ATTRIBUTES);

    RecordMetadata<Customer> plainStep = RecordMetadata.of(CustomerDao.DESCRIPTOR, null);
    RecordMetadata<SecretCustomer> secretStep =
        RecordMetadata.of(SecretCustomerDao.DESCRIPTOR, Shapes.PASSPHRASE);
    Map<String, Integer> grows = new LinkedHashMap<>();
    grows.put("plain", largestGrow(g -> plainStep.put(Shapes.customer(g))));
    grows.put("secret", largestGrow(g -> secretStep.put(Shapes.secretCustomer(g))));

    String loadNode = Machine.load();
    JsonNode node =
        node(
            root,
            nodeModules,
            s,
            paths,
            attributes,
            Map.of(
                "plain", Shapes.customer(grows.get("plain")),
                "secret", Shapes.secretCustomer(grows.get("secret"))));

    Map<String, Largest> largest = new LinkedHashMap<>();
    largest.put(
        "plain",
        largest(grows.get("plain"), plainStep, Shapes::customer, nodeVariant(node, "plain")));
    largest.put(
        "secret",
        largest(
            grows.get("secret"), secretStep, Shapes::secretCustomer, nodeVariant(node, "secret")));

    String loadJmh = Machine.load();
    Map<String, Jmh> jmh = jmh(s);
    String loadAfter = Machine.load();
    Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    System.err.println("load after: " + loadAfter);

    String date = LocalDate.ofInstant(start, ZoneOffset.UTC).toString();
    String file = date + "-" + s.name() + ".md";
    Path results = root.resolve("bench/results");
    Files.createDirectories(results);
    String md =
        markdown(
            s, start, end, loadBefore, loadNode, loadJmh, loadAfter, jmh, node, paths, largest);
    Files.writeString(results.resolve(file), md, StandardCharsets.UTF_8);
    Summary.write(
        results.resolve("summary.json"),
        file,
        figures(start.toString(), file, jmh, node, paths, largest, loadBefore, loadAfter));
    System.err.println("wrote bench/results/" + file + " and bench/results/summary.json");
  }

  /** The largest {@code grow} whose record the default layout keeps in metadata (no body). */
  private static int largestGrow(IntFunction<StoredObject> put) {
    if (put.apply(0).hasBody()) {
      return -1;
    }
    int fits = 0;
    int overflows = 1;
    while (!put.apply(overflows).hasBody()) {
      fits = overflows;
      overflows *= 2;
    }
    while (overflows - fits > 1) {
      int mid = (fits + overflows) >>> 1;
      if (put.apply(mid).hasBody()) {
        overflows = mid;
      } else {
        fits = mid;
      }
    }
    return fits;
  }

  private static <T> Largest largest(
      int grow, RecordMetadata<T> step, IntFunction<T> record, JsonNode nodeVariant) {
    ObjectNode json = withoutId(record.apply(grow));
    return new Largest(
        grow,
        Layout.size(step.put(record.apply(grow)).metadata()),
        Layout.size(step.encode(record.apply(grow + 1))),
        json.toString().getBytes(StandardCharsets.UTF_8).length,
        nodeVariant.path("sizes").path(0).asInt(-1));
  }

  private static JsonNode node(
      Path root,
      Path nodeModules,
      Settings s,
      Map<String, CodecBench.Path<?>> paths,
      Map<String, List<Attribute>> attributes,
      Map<String, Object> largestRecords)
      throws IOException, InterruptedException {
    ObjectNode input = JSON.createObjectNode();
    input.put("warmupMs", s.nodeWarmupMs());
    input.put("measureMs", s.nodeMeasureMs());
    input.put("rounds", s.nodeRounds());
    ArrayNode variants = input.putArray("variants");
    for (Map.Entry<String, CodecBench.Path<?>> e : paths.entrySet()) {
      ObjectNode v = variants.addObject();
      v.put("name", e.getKey());
      ObjectNode attrs = v.putObject("attributes");
      ArrayNode secrets = v.putArray("secretFields");
      for (Attribute a : attributes.get(e.getKey())) {
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
      v.set("record", withoutId(e.getValue().record()));
      v.putArray("sizes").add(withoutId(largestRecords.get(e.getKey())));
    }
    Path logs = root.resolve("s3db-bench/target/bench-logs");
    Files.createDirectories(logs);
    Path in = logs.resolve("codecs-node-input.json");
    JSON.writeValue(in.toFile(), input);
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
    return JSON.readTree(out);
  }

  private static ObjectNode withoutId(@Nullable Object record) {
    ObjectNode json = JSON.valueToTree(record);
    json.remove("id");
    return json;
  }

  private static JsonNode nodeVariant(JsonNode node, String variant) {
    for (JsonNode v : node.path("variants")) {
      if (v.path("name").asText().equals(variant)) {
        return v;
      }
    }
    throw new IllegalStateException("no s3db.js figures for " + variant);
  }

  private static Map<String, Jmh> jmh(Settings s) throws RunnerException {
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
    Map<String, Jmh> byKey = new LinkedHashMap<>();
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String variant = r.getParams().getParam("variant");
      Result<?> primary = r.getPrimaryResult();
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      Result<?> cpu = r.getSecondaryResults().get("cpu.time.norm");
      byKey.put(
          method + "/" + variant,
          new Jmh(
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
    return byKey;
  }

  private static @Nullable Jmh jmh(Map<String, Jmh> jmh, String side, String op, String variant) {
    return jmh.get(side + Character.toUpperCase(op.charAt(0)) + op.substring(1) + "/" + variant);
  }

  private static Timed timed(JsonNode node, String op, String variant) {
    JsonNode t = nodeVariant(node, variant).path(op);
    return new Timed(
        t.path("median").asDouble(), t.path("min").asDouble(), t.path("max").asDouble());
  }

  private static Timed cpu(JsonNode node, String op, String variant) {
    JsonNode t = nodeVariant(node, variant).path(op).path("cpu");
    return new Timed(
        t.path("median").asDouble(), t.path("min").asDouble(), t.path("max").asDouble());
  }

  private static String markdown(
      Settings s,
      Instant start,
      Instant end,
      String loadBefore,
      String loadNode,
      String loadJmh,
      String loadAfter,
      Map<String, Jmh> jmh,
      JsonNode node,
      Map<String, CodecBench.Path<?>> paths,
      Map<String, Largest> largest) {
    StringBuilder md = new StringBuilder();
    md.append("# Codecs: the record ↔ metadata step, s3db against Jackson and s3db.js 21.6.2\n\n");
    double before = Double.parseDouble(loadBefore.split(" ")[0]);
    double after = Double.parseDouble(loadAfter.split(" ")[0]);
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
    md.append("- Date: ").append(start).append(" to ").append(end).append(" (UTC)\n");
    md.append("- Machine: ").append(Machine.description()).append('\n');
    md.append("- JDK: ")
        .append(Machine.jdk())
        .append("; JMH 1.37; Node ")
        .append(node.path("node").asText())
        .append(", s3db.js ")
        .append(node.path("version").asText())
        .append('\n');
    md.append("- Load average (1/5/15 min): ")
        .append(loadBefore)
        .append(" before; ")
        .append(loadNode)
        .append(" at the start of the s3db.js part; ")
        .append(loadJmh)
        .append(" at the start of JMH; ")
        .append(loadAfter)
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

    md.append("## CPU time per operation\n\n");
    md.append(
        "Encode: record → the metadata a put sends. Decode: the metadata a head returns → record."
            + " CPU time of the benchmark's thread per operation (Java: `CpuProfiler`, the JMH"
            + " worker's thread CPU time over the iteration's operations, mean ± 99.9 % CI; Node:"
            + " `process.cpuUsage()` over a round's operations, median (min–max) of the rounds):"
            + " on this shared machine the figure the targets are judged on, as it leaves out the"
            + " time a thread waited for a core. Ratios: the other path's ÷ s3db's (above 1, s3db"
            + " is faster); targets ≥ 3× Jackson, ≥ 10× s3db.js.\n\n");
    md.append(
        "| step | record | s3db ns/op | Jackson ns/op | s3db.js ns/op | vs Jackson | vs s3db.js"
            + " |\n|---|---|---:|---:|---:|---:|---:|\n");
    for (String variant : VARIANTS) {
      for (String op : OPS) {
        Jmh ours = jmh(jmh, "s3db", op, variant);
        Jmh jackson = jmh(jmh, "jackson", op, variant);
        Timed js = cpu(node, op, variant);
        md.append("| ")
            .append(op)
            .append(" | ")
            .append(label(variant))
            .append(" | ")
            .append(ours == null ? "–" : num(ours.cpu()) + " ± " + num(ours.cpuError()))
            .append(" | ")
            .append(jackson == null ? "–" : num(jackson.cpu()) + " ± " + num(jackson.cpuError()))
            .append(" | ")
            .append(range(js))
            .append(" | ")
            .append(ratio(cpuOf(ours), cpuOf(jackson), 3))
            .append(" | ")
            .append(ratio(cpuOf(ours), js.median(), 10))
            .append(" |\n");
      }
    }
    md.append("\n✓ / ✗: the issue's target met or not.\n\n");

    md.append("## Wall-clock time per operation\n\n");
    md.append(
        "JMH's score (mean ± 99.9 % CI over the measured iterations) and, in brackets, the"
            + " iterations' median; s3db.js: median (min–max) of the rounds. Ratios on the medians."
            + " Under the load above these include waiting for a core.\n\n");
    md.append(
        "| step | record | s3db ns/op | Jackson ns/op | s3db.js ns/op | vs Jackson | vs s3db.js"
            + " |\n|---|---|---:|---:|---:|---:|---:|\n");
    for (String variant : VARIANTS) {
      for (String op : OPS) {
        Jmh ours = jmh(jmh, "s3db", op, variant);
        Jmh jackson = jmh(jmh, "jackson", op, variant);
        Timed js = timed(node, op, variant);
        md.append("| ")
            .append(op)
            .append(" | ")
            .append(label(variant))
            .append(" | ")
            .append(ours == null ? "–" : ns(ours))
            .append(" | ")
            .append(jackson == null ? "–" : ns(jackson))
            .append(" | ")
            .append(range(js))
            .append(" | ")
            .append(ratio(medianOf(ours), medianOf(jackson), 3))
            .append(" | ")
            .append(ratio(medianOf(ours), js.median(), 10))
            .append(" |\n");
      }
    }
    md.append("\n## Allocation per operation\n\n");
    md.append(
        "JMH's `gc.alloc.rate.norm` (bytes allocated per operation, mean); s3db.js's allocation is"
            + " not measured.\n\n");
    md.append(
        "| step | record | s3db B/op | Jackson B/op | Jackson ÷ s3db |\n|---|---|---:|---:|---:|\n");
    for (String variant : VARIANTS) {
      for (String op : OPS) {
        Jmh ours = jmh(jmh, "s3db", op, variant);
        Jmh jackson = jmh(jmh, "jackson", op, variant);
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

    md.append("## Metadata bytes of the same record\n\n");
    md.append(
        "User-metadata bytes as AWS counts them (UTF-8 of every key and value, `_v` included), of"
            + " what each library sends for the benchmarked record.\n\n");
    md.append("| record | s3db | s3db.js | s3db − s3db.js |\n|---|---:|---:|---:|\n");
    for (String variant : VARIANTS) {
      int ours = Layout.size(paths.get(variant).metadata());
      int js = nodeVariant(node, variant).path("bytes").asInt();
      md.append("| ")
          .append(variant)
          .append(" | ")
          .append(ours)
          .append(" | ")
          .append(js)
          .append(" | ")
          .append(ours - js)
          .append(" |\n");
    }
    md.append(
        "\nKey by key, the plain record (path, s3db's value, s3db.js's where it differs):\n\n");
    md.append("| key | path | bytes s3db | bytes s3db.js | s3db's value | s3db.js's value |\n");
    md.append("|---|---|---:|---:|---|---|\n");
    Map<String, String> ours = paths.get("plain").metadata();
    JsonNode theirs = nodeVariant(node, "plain").path("headers");
    Map<String, String> pathOf = new LinkedHashMap<>();
    paths.get("plain").storedKeys().forEach((path, key) -> pathOf.put(key, path));
    TreeSet<String> keys = new TreeSet<>(ours.keySet());
    theirs.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      String a = ours.get(key);
      String b = theirs.has(key) ? theirs.get(key).asText() : null;
      md.append("| `")
          .append(key)
          .append("` | ")
          .append(pathOf.getOrDefault(key, "–"))
          .append(" | ")
          .append(a == null ? "–" : String.valueOf(Layout.bytes(key) + Layout.bytes(a)))
          .append(" | ")
          .append(b == null ? "–" : String.valueOf(Layout.bytes(key) + Layout.bytes(b)))
          .append(" | ")
          .append(a == null ? "–" : "`" + a.replace("|", "\\|") + "`")
          .append(" | ")
          .append(b == null ? "–" : b.equals(a) ? "same" : "`" + b.replace("|", "\\|") + "`")
          .append(" |\n");
    }

    md.append("\n## The largest record of this shape that fits 2 KB\n\n");
    md.append(
        "Method: every text field of the record (name, e-mail's local part, city, bio, the third"
            + " tag, street, the address's city) is made `grow` characters longer by repeating"
            + " its own text (so the mix of ASCII and non-ASCII stays the record's); the largest"
            + " `grow` whose metadata the default layout (user-managed) still keeps in metadata —"
            + " one more character and it moves the fields to the body — is found by bisection."
            + " Bytes as above; the record's size is its JSON without the id, UTF-8.\n\n");
    md.append(
        "| record | grow (chars per text field) | metadata bytes | one char more | record as JSON"
            + " | s3db.js's metadata for it |\n|---|---:|---:|---:|---:|---:|\n");
    for (String variant : VARIANTS) {
      Largest l = largest.get(variant);
      md.append("| ")
          .append(variant)
          .append(" | ")
          .append(l.grow())
          .append(" | ")
          .append(l.bytes())
          .append(" | ")
          .append(l.nextBytes())
          .append(" | ")
          .append(l.recordJsonBytes())
          .append(" | ")
          .append(l.nodeBytes())
          .append(l.nodeBytes() > Layout.LIMIT ? " (over 2 048)" : "")
          .append(" |\n");
    }
    md.append('\n');
    CodecsMethod.append(md);
    return md.toString();
  }

  private static String ns(Jmh j) {
    return num(j.ns()) + " ± " + num(j.error()) + " (" + num(j.median()) + ")";
  }

  private static String range(Timed t) {
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

  private static double cpuOf(@Nullable Jmh j) {
    return j == null ? Double.NaN : j.cpu();
  }

  private static double medianOf(@Nullable Jmh j) {
    return j == null ? Double.NaN : j.median();
  }

  private static String num(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return String.format(Locale.ROOT, "%,.0f", v).replace(',', ' ');
  }

  private static List<ObjectNode> figures(
      String date,
      String file,
      Map<String, Jmh> jmh,
      JsonNode node,
      Map<String, CodecBench.Path<?>> paths,
      Map<String, Largest> largest,
      String loadBefore,
      String loadAfter) {
    List<ObjectNode> figures = new ArrayList<>();
    for (String variant : VARIANTS) {
      for (String op : OPS) {
        for (String side : List.of("s3db", "jackson")) {
          Jmh j = jmh(jmh, side, op, variant);
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
        Timed js = timed(node, op, variant);
        figure(figures, date, file, variant, op, "s3db.js", "time", js.median(), "ns/op")
            .put("min", js.min())
            .put("max", js.max());
        Timed jsCpu = cpu(node, op, variant);
        figure(figures, date, file, variant, op, "s3db.js", "cpu time", jsCpu.median(), "ns/op")
            .put("min", jsCpu.min())
            .put("max", jsCpu.max());
        Jmh ours = jmh(jmh, "s3db", op, variant);
        Jmh jackson = jmh(jmh, "jackson", op, variant);
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
          Layout.size(paths.get(variant).metadata()),
          "bytes");
      figure(
          figures,
          date,
          file,
          variant,
          "metadata",
          "s3db.js",
          "metadata size",
          nodeVariant(node, variant).path("bytes").asInt(),
          "bytes");
      Largest l = largest.get(variant);
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
    load.put("value", Double.parseDouble(loadBefore.split(" ")[0])).put("unit", "load");
    figures.add(load);
    load = Summary.figure(date, file);
    load.put("metric", "load average 1 min after");
    load.put("value", Double.parseDouble(loadAfter.split(" ")[0])).put("unit", "load");
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
