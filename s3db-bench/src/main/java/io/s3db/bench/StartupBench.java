package io.s3db.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.S3db;
import io.s3db.testing.EmbeddedS3;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Start-up (issue 13 §5): JVM start to the first read of the quick-start record, through this
 * library ({@code S3db.connect} then {@code get}) and, for the floor, through a plain SDK client
 * ({@code headObject} of the same object); each on a plain JVM and with an AppCDS archive made by a
 * training run of the same command. Every start is a new JVM; the server (in-memory S3Proxy) lives
 * in this one. Writes {@code bench/results/<date>-startup.md} and adds its figures to {@code
 * summary.json}.
 *
 * <pre>
 * bench/startup [runs=10] [name=startup]
 * </pre>
 */
public final class StartupBench {
  private static final List<String> MODES = List.of("raw", "lib");
  private static final List<String> METRICS =
      List.of("startToFirstRead", "jvmToMain", "connect", "firstRead", "secondRead");

  private StartupBench() {}

  /** One start's figures, in nanoseconds (classes and heap bytes as they are). */
  record Start(Map<String, Long> figures) {}

  public static void main(String[] args) throws Exception {
    int runs = 10;
    String name = "startup";
    for (String arg : args) {
      if (arg.startsWith("runs=")) {
        runs = Integer.parseInt(arg.substring(5));
      } else if (arg.startsWith("name=")) {
        name = arg.substring(5);
      } else {
        throw new IllegalArgumentException("settings are runs= and name=, not " + arg);
      }
    }
    Path root = BenchMain.repositoryRoot();
    Path logs = root.resolve("s3db-bench/target/bench-logs");
    Files.createDirectories(logs);
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String loadBefore = Machine.load();
    Map<String, List<Start>> results = new HashMap<>();
    try (EmbeddedS3 server = EmbeddedS3.inMemory()) {
      server.createBucket("startup");
      String uri = server.uri("startup", "app");
      String id;
      try (S3db db = S3db.connect(uri)) {
        id =
            QuickStartCustomerDao.of(db)
                .insert(
                    new QuickStartCustomer(
                        null,
                        "Ana",
                        "ana@example.com",
                        3,
                        120.5,
                        true,
                        new QuickStartCustomer.Address("Rua Augusta 10", "São Paulo"),
                        null))
                .id();
      }
      for (String mode : MODES) {
        List<String> probe = probeArgs(mode, server, uri, id);
        Path archive = logs.resolve("startup-" + mode + ".jsa");
        Files.deleteIfExists(archive);
        run(List.of("-XX:ArchiveClassesAtExit=" + archive), probe); // the training run
        for (int i = 0; i < runs; i++) {
          // interleaved, so a drift in the machine's load touches both alike
          results.computeIfAbsent(mode, m -> new ArrayList<>()).add(run(List.of(), probe));
          results
              .computeIfAbsent(mode + "+cds", m -> new ArrayList<>())
              .add(run(List.of("-XX:SharedArchiveFile=" + archive), probe));
        }
      }
    }
    StartupReport report =
        new StartupReport(
            start, Instant.now().truncatedTo(ChronoUnit.SECONDS), loadBefore, Machine.load(), runs);
    Path dir = root.resolve("bench/results");
    String file = LocalDate.ofInstant(start, ZoneOffset.UTC) + "-" + name + ".md";
    Files.writeString(dir.resolve(file), report.markdown(results, METRICS));
    List<ObjectNode> figures = report.figures(results, METRICS, file);
    Summary.write(dir.resolve("summary.json"), file, figures);
    System.out.println("results in " + dir.resolve(file));
  }

  private static List<String> probeArgs(String mode, EmbeddedS3 server, String uri, String id) {
    if (mode.equals("lib")) {
      return List.of("lib", uri, id);
    }
    return List.of(
        "raw",
        uri,
        id,
        server.endpoint().toString(),
        "startup",
        "app/resource=quickStartCustomers/data/id=" + id,
        EmbeddedS3.ACCESS_KEY,
        EmbeddedS3.SECRET_KEY);
  }

  /** Starts one probe JVM; its figures, the start-to-first-read wall clock measured here. */
  private static Start run(List<String> jvmOptions, List<String> probeArgs)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(archivableClassPath());
    command.add(StartupProbe.class.getName());
    command.addAll(probeArgs);
    long spawned = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String line = null;
    StringBuilder output = new StringBuilder();
    long printed = 0;
    try (var reader =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String l = reader.readLine(); l != null; l = reader.readLine()) {
        if (l.equals("READ") && printed == 0) {
          printed = System.nanoTime();
        } else if (l.startsWith("PROBE ")) {
          line = l;
        }
        output.append(l).append('\n');
      }
    }
    if (process.waitFor() != 0 || line == null || printed == 0) {
      throw new IllegalStateException("the probe failed: " + command + "\n" + output);
    }
    Map<String, Long> figures = new HashMap<>();
    for (String pair : line.substring("PROBE ".length()).split(" ")) {
      String[] kv = pair.split("=");
      figures.put(kv[0].replace("Nanos", ""), Long.parseLong(kv[1]));
    }
    // the probe prints READ right after its first read: the print and the pipe are inside this
    long startToFirstRead = printed - spawned;
    figures.put("startToFirstRead", startToFirstRead);
    figures.put("jvmToMain", startToFirstRead - figures.get("mainToFirstRead"));
    return new Start(figures);
  }

  /**
   * This JVM's class path with each module's {@code target/classes} replaced by the jar {@code
   * package} made beside it: AppCDS archives only classes from jars.
   */
  private static String archivableClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path) && path.endsWith(Path.of("target", "classes"))) {
        try (Stream<Path> files = Files.list(path.getParent())) {
          entry =
              files
                  .map(Path::toString)
                  .filter(f -> f.endsWith(".jar") && !f.endsWith("-sources.jar"))
                  .findFirst()
                  .orElseThrow(() -> new IllegalStateException("no jar beside " + path));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      entries.add(entry);
    }
    return String.join(File.pathSeparator, entries);
  }

  static String ms(double nanos) {
    return String.format(Locale.ROOT, "%.0f", nanos / 1e6);
  }
}
