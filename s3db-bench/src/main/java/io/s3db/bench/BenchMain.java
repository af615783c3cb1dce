package io.s3db.bench;

import io.s3db.testing.EmbeddedS3;
import io.s3db.testing.faults.FaultProxy;
import io.s3db.testing.faults.FaultRule;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The side-by-side benchmark's coordinator (issue 13 §1 and §2): starts the standalone server and
 * one worker process per side, counts requests per operation through a counting proxy, times the
 * workload in interleaved rounds, and writes {@code bench/results/<date>-<name>.md} and {@code
 * bench/results/summary.json}. Run it with {@code bench/run [key=value …]} (see {@link Config}).
 *
 * <p>This process only coordinates: no request it makes is timed.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws IOException {
    Config config = Config.parse(args);
    RawParity.check(config.variants());
    Path root = repositoryRoot();
    Path logs = root.resolve("s3db-bench/target/bench-logs");
    Files.createDirectories(logs);
    Path nodeModules = root.resolve("s3db-interop/src/test/node/node_modules");
    if (config.sides().contains(Side.NODE)
        && !Files.exists(nodeModules.resolve("s3db.js/package.json"))) {
      throw new IllegalStateException(
          "s3db.js is not installed: run `node install.mjs` in s3db-interop/src/test/node");
    }
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String loadBefore = Machine.load();
    System.err.println("load before: " + loadBefore);

    List<String> jvm = List.of("-XX:+UseG1GC");
    try (WorkerProcess server =
        WorkerProcess.java(
            "server", jvm(jvm, "server", logs), ServerMain.class.getName(), List.of(), logs)) {
      String ready = server.firstLineStartingWith("READY ");
      URI endpoint = URI.create(ready.substring("READY ".length()).trim());
      Map<Side, Supplier<WorkerProcess>> workers = new EnumMap<>(Side.class);
      for (Side side : config.sides()) {
        workers.put(
            side,
            switch (side) {
              case NODE ->
                  () ->
                      WorkerProcess.node(
                          "A-node",
                          root.resolve("s3db-bench/src/main/node/bench-node.mjs"),
                          nodeModules,
                          logs);
              case LIB -> () -> javaWorker("B-lib", "lib", jvm, config, logs);
              case RAW -> () -> javaWorker("C-raw", "raw", jvm, config, logs);
            });
      }
      try (S3Client admin =
              EmbeddedS3.newClient(endpoint, EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY);
          Sides sides = new Sides(workers, admin, config.parallelism(), config.threads())) {
        List<WireCounts.Result> counts = new ArrayList<>();
        for (Variant variant : config.variants()) {
          System.err.println("counting requests, " + variant.wire);
          counts.add(WireCounts.run(sides, endpoint, variant, config));
        }
        List<Timing.Result> timings = timed(sides, endpoint, config);
        Run run =
            new Run(
                config,
                start,
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                loadBefore,
                Machine.load(),
                Machine.description(),
                Machine.jdk(),
                Machine.node(),
                timings,
                counts,
                sides.footprints());
        write(root, run);
      }
    }
  }

  /**
   * Every variant's timed rounds, through a proxy that delays each request by {@code delayMs} when
   * one is set: S3 is 10–30 ms away, where throughput is requests in flight ÷ latency.
   */
  private static List<Timing.Result> timed(Sides sides, URI server, Config config) {
    List<Timing.Result> timings = new ArrayList<>();
    if (config.delayMs() == 0) {
      for (Variant variant : config.variants()) {
        timings.add(Timing.run(sides, server, variant, config));
      }
      return timings;
    }
    // every side's pool at once, plus the ones bulk calls open beyond their parallelism
    int connections = 4 * config.parallelism() + 64;
    try (FaultProxy proxy = FaultProxy.start(server, connections)) {
      proxy.inject(
          FaultRule.any().times(Integer.MAX_VALUE).delay(Duration.ofMillis(config.delayMs())));
      for (Variant variant : config.variants()) {
        timings.add(Timing.run(sides, proxy.endpoint(), variant, config));
      }
    }
    return timings;
  }

  private static void write(Path root, Run run) throws IOException {
    Path dir = root.resolve("bench/results");
    Files.createDirectories(dir);
    String name = LocalDate.ofInstant(run.start(), ZoneOffset.UTC) + "-" + run.config().name();
    Path md = dir.resolve(name + ".md");
    Files.writeString(md, Report.markdown(run));
    if (run.config().summary()) {
      Summary.write(dir.resolve("summary.json"), run, md.getFileName().toString());
    }
    System.err.println("load after: " + run.loadAfter());
    System.out.println("results in " + md);
  }

  /** The Java sides' options: {@code heap=} as their {@code -Xmx}. */
  /** A Java side's worker ({@code kind} lib or raw, see {@link WorkerMain}). */
  private static WorkerProcess javaWorker(
      String name, String kind, List<String> jvm, Config config, Path logs) {
    return WorkerProcess.java(
        name,
        jvm(workerJvm(jvm, config), name, logs),
        WorkerMain.class.getName(),
        List.of(kind),
        logs);
  }

  private static List<String> workerJvm(List<String> base, Config config) {
    if (config.heap().isEmpty()) {
      return base;
    }
    List<String> options = new ArrayList<>(base);
    options.add("-Xmx" + config.heap());
    return options;
  }

  /**
   * A JVM's options (the server's or a worker's): with {@code BENCH_JFR} set, a flight recording of
   * the whole run (profile settings) into {@code target/bench-logs/<name>.jfr}, for {@code jfr
   * print --events jdk.ExecutionSample}.
   */
  private static List<String> jvm(List<String> base, String name, Path logs) {
    if (System.getenv("BENCH_JFR") == null) {
      return base;
    }
    List<String> options = new ArrayList<>(base);
    options.add("-XX:FlightRecorderOptions:stackdepth=256");
    options.add(
        "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
            + logs.resolve(name + ".jfr"));
    return options;
  }

  /** The directory holding {@code s3db-bench}, from the working directory upwards. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("s3db-bench"))) {
        return d;
      }
    }
    throw new IllegalStateException("run from the repository (no s3db-bench above " + dir + ")");
  }
}
