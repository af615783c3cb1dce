package io.s3db.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not part of the suite: times the packaged jar's start-up as a shell runs it, against the embedded
 * server. {@code mvn -o -pl s3db-cli -am verify -Dtest=StartupTimes -Ds3db.cli.startup=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; the medians are in the test's output file.
 */
@ExtendWith(S3ServerExtension.class)
@EnabledIfSystemProperty(named = "s3db.cli.startup", matches = "true")
class StartupTimes {
  private static final int RUNS = 5;

  @Test
  void medians(TestBucket bucket) throws Exception {
    String uri = bucket.uri("startup");
    try (S3db db = S3db.connect(uri)) {
      OrderDao orders = OrderDao.of(db);
      for (int i = 0; i < 100; i++) {
        orders.insert(
            new Order(String.format("o%03d", i), "c", "PAID", i, new Order.Address("Faro", "PT")));
      }
    }
    Path jar = Path.of("target", "s3db.jar").toAbsolutePath();
    Path script = Path.of("..", "bin", "s3db").toAbsolutePath().normalize();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<List<String>> launchers =
        List.of(List.of(java, "-jar", jar.toString()), List.of("sh", script.toString()));
    List<List<String>> commands =
        List.of(
            List.of("--help"),
            List.of("resources", "--uri", uri),
            List.of("count", "orders", "--uri", uri),
            List.of("list", "orders", "--limit", "10", "--uri", uri),
            List.of("export", "orders", "--uri", uri));
    // each command by both launchers in turn, so that the machine's load weighs on both alike
    for (List<String> command : commands) {
      for (List<String> launcher : launchers) {
        List<String> line = new ArrayList<>(launcher);
        line.addAll(command);
        System.out.printf(
            "%-7s %-40s %5d ms%n",
            launcher.get(0).endsWith("java") ? "java" : "bin/s3db",
            String.join(" ", command).replace(uri, "$URI"),
            median(line, jar));
      }
    }
  }

  private static long median(List<String> line, Path jar) throws IOException, InterruptedException {
    long[] times = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
      builder.environment().put("S3DB_JAR", jar.toString());
      Path output = Files.createTempFile("startup", ".out");
      builder.redirectOutput(output.toFile());
      long start = System.nanoTime();
      int code = builder.start().waitFor();
      times[i] = (System.nanoTime() - start) / 1_000_000;
      assertEquals(0, code, () -> line + ": " + read(output));
      Files.delete(output);
    }
    java.util.Arrays.sort(times);
    return times[RUNS / 2];
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
