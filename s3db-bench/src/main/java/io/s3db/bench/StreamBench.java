package io.s3db.bench;

import io.s3db.BulkResult;
import io.s3db.BulkWriter;
import io.s3db.PartitionKey;
import io.s3db.S3db;
import io.s3db.testing.EmbeddedS3;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Streams 100 000+ records through a JVM with a 64 MB heap, to show that {@code stream()} runs in
 * constant memory. The records are written by this JVM into an in-memory embedded S3 server (which
 * itself needs memory for them all); a forked JVM with {@code -Xmx64m} then connects to that
 * server, counts (LIST only) and streams every record, and reports its peak heap use. Results go to
 * {@code bench/results/<date>-stream.md}.
 *
 * <pre>
 * bench/stream 100000 64m
 * </pre>
 */
public final class StreamBench {
  private StreamBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--read")) {
      read(args[1], Long.parseLong(args[2]));
      return;
    }
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String heap = args.length > 1 ? args[1] : "64m";
    String loadBefore = Machine.load();
    try (EmbeddedS3 server = EmbeddedS3.inMemory()) {
      server.createBucket("bench");
      String uri = server.uri("bench", "stream-bench");
      long writeNanos;
      try (S3db db = S3db.builder().uri(uri).module(Resources.STREAM).parallelism(32).build()) {
        SampleDao samples = SampleDao.of(db);
        long start = System.nanoTime();
        BulkWriter<Sample> writer =
            samples.writer(
                BulkWriter.options()
                    .concurrency(32)
                    .batchSize(500)
                    .progress(
                        (done, total) -> {
                          if (done % 10_000 == 0) {
                            System.out.printf("\rwritten %,d of %,d", done, records);
                          }
                        }));
        try (writer) {
          for (int i = 0; i < records; i++) {
            writer.add(
                new Sample(
                    String.format("s%07d", i),
                    "sensor-" + (i % 100),
                    i,
                    i * 0.5,
                    "a note of some forty characters, roughly"));
          }
        }
        writeNanos = System.nanoTime() - start;
        BulkResult<Sample> result = writer.result();
        System.out.printf(
            "%nwrote %,d records in %.1f s (%,.0f/s), %d failures%n",
            result.succeededCount(),
            writeNanos / 1e9,
            result.succeededCount() / (writeNanos / 1e9),
            result.failures().size());
      }
      String line = fork(heap, uri, records);
      System.out.println(line);
      Path file =
          report(
              records,
              heap,
              writeNanos,
              line,
              loadBefore + " before, " + Machine.load() + " after");
      System.out.println("results in " + file);
    }
  }

  /** The forked reader: count, then stream everything, in a small heap. */
  private static void read(String uri, long expected) {
    try (S3db db = S3db.builder().uri(uri).module(Resources.STREAM).parallelism(16).build()) {
      SampleDao samples = SampleDao.of(db);
      long start = System.nanoTime();
      long counted = samples.count();
      long countNanos = System.nanoTime() - start;
      System.gc(); // the stream's peak, not what count and connect left behind
      Footprint.reset();
      AtomicLong sum = new AtomicLong();
      start = System.nanoTime();
      long streamed;
      try (Stream<Sample> stream = samples.stream(PartitionKey.all())) {
        streamed = stream.peek(s -> sum.addAndGet(s.seq())).count();
      }
      long streamNanos = System.nanoTime() - start;
      long expectedSum = expected * (expected - 1) / 2;
      System.out.printf(
          "RESULT counted=%d streamed=%d checksumOk=%b countSeconds=%.2f streamSeconds=%.1f"
              + " recordsPerSecond=%.0f peakHeapMb=%.1f maxHeapMb=%.0f%n",
          counted,
          streamed,
          sum.get() == expectedSum,
          countNanos / 1e9,
          streamNanos / 1e9,
          streamed / (streamNanos / 1e9),
          Footprint.sinceReset().peakHeapBytes() / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0);
    }
  }

  private static String fork(String heap, String uri, int records)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        List.of(
            java,
            "-Xmx" + heap,
            "-cp",
            classPath(),
            StreamBench.class.getName(),
            "--read",
            uri,
            Integer.toString(records));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0 || !output.contains("RESULT")) {
      throw new IllegalStateException("the reader failed:\n" + output);
    }
    return output.substring(output.indexOf("RESULT")).trim();
  }

  /** The class path this class was loaded from (exec:java loads it from a URLClassLoader). */
  private static String classPath() {
    List<String> entries = new ArrayList<>();
    if (StreamBench.class.getClassLoader() instanceof URLClassLoader loader) {
      for (URL url : loader.getURLs()) {
        entries.add(new File(url.getPath()).getPath());
      }
    }
    return entries.isEmpty()
        ? System.getProperty("java.class.path")
        : String.join(File.pathSeparator, entries);
  }

  private static Path report(int records, String heap, long writeNanos, String line, String load)
      throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.isDirectory(root.resolve("s3db-bench"))) {
      root = root.getParent();
    }
    Path dir = (root == null ? Path.of("") : root).resolve("bench/results");
    Files.createDirectories(dir);
    Path file = dir.resolve(LocalDate.now(java.time.ZoneOffset.UTC) + "-stream.md");
    String text =
        "# stream() of "
            + String.format("%,d", records)
            + " records in a "
            + heap
            + " heap\n\n"
            + "- date: "
            + LocalDate.now(java.time.ZoneOffset.UTC)
            + "\n"
            + "- machine: "
            + Machine.cpu()
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + ", Java "
            + System.getProperty("java.version")
            + "\n"
            + "- load average (1 min): "
            + load
            + " (other builds share the machine; rates are a floor)\n"
            + "- server: S3Proxy 4.1 in memory (EmbeddedS3), in the writing JVM, on 127.0.0.1\n"
            + "- command: `bench/stream "
            + records
            + " "
            + heap
            + "`\n\n"
            + "| step | result |\n|---|---|\n"
            + String.format(
                "| write (BulkWriter, concurrency 32) | %.1f s, %,.0f records/s |%n",
                writeNanos / 1e9, records / (writeNanos / 1e9))
            + "| read (forked JVM, -Xmx"
            + heap
            + ", parallelism 16) | `"
            + line
            + "` |\n";
    Files.writeString(file, text);
    return file;
  }
}
