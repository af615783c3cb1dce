package io.s3db.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.testing.EmbeddedS3;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A worker process for side B ({@code lib}) or C ({@code raw}): reads one JSON command a line from
 * stdin, answers one JSON line on stdout. Timing happens here, around the operation only, so the
 * pipe to the coordinator costs nothing measured. The same protocol as {@code bench-node.mjs}:
 *
 * <pre>
 * {"cmd":"open","endpoint":"http://127.0.0.1:PORT","bucket":"b","prefix":"p","variant":"plain",
 *  "n":1000,"parallelism":10,"threads":"platform"}     → {"ok":true}
 * {"cmd":"run","op":"insert"}                          → {"ok":true,"nanos":123456789,
 *                                                         "peakThreads":31,"peakHeapBytes":…}
 * {"cmd":"close"}                                      → {"ok":true}
 * </pre>
 *
 * Each side runs in its own JVM (and the server in another), so no side's JIT or GC work lands on
 * another's clock.
 */
public final class WorkerMain {
  private WorkerMain() {}

  public static void main(String[] args) throws Exception {
    String side = args.length > 0 ? args[0] : "lib";
    ObjectMapper json = new ObjectMapper();
    // replies go to the real stdout only; anything a library prints goes to stderr
    PrintStream replies = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    Workload workload = null;
    S3Client raw = null;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      JsonNode cmd = json.readTree(line);
      ObjectNode reply = json.createObjectNode();
      try {
        switch (cmd.path("cmd").asText()) {
          case "open" -> {
            URI endpoint = URI.create(cmd.path("endpoint").asText());
            String bucket = cmd.path("bucket").asText();
            String prefix = cmd.path("prefix").asText();
            Variant variant = Variant.ofWire(cmd.path("variant").asText());
            int n = cmd.path("n").asInt();
            int parallelism = cmd.path("parallelism").asInt(10);
            String threads = cmd.path("threads").asText("platform");
            ThreadFactory callers = CallerThreads.of(threads, "bench-caller-");
            if (side.equals("raw")) {
              raw = EmbeddedS3.newClient(endpoint, EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY);
              workload = RawWorkload.open(raw, bucket, prefix, variant, n, parallelism, callers);
            } else {
              String uri = EmbeddedS3.uri(endpoint, bucket, prefix);
              workload = LibWorkload.open(uri, variant, n, parallelism, threads, callers);
            }
          }
          case "run" -> {
            Op op = Op.ofWire(cmd.path("op").asText());
            Footprint.reset();
            long start = System.nanoTime();
            requireOpen(workload).run(op);
            reply.put("nanos", System.nanoTime() - start);
            Footprint footprint = Footprint.sinceReset();
            reply.put("peakThreads", footprint.peakThreads());
            reply.put("peakHeapBytes", footprint.peakHeapBytes());
          }
          case "close" -> {
            close(workload, raw);
            workload = null;
            raw = null;
          }
          default -> throw new IllegalArgumentException("unknown command " + line);
        }
        reply.put("ok", true);
      } catch (RuntimeException e) {
        e.printStackTrace();
        reply.put("ok", false);
        reply.put("error", e.toString() + (e.getCause() == null ? "" : " ← " + e.getCause()));
      }
      replies.println(json.writeValueAsString(reply));
    }
    close(workload, raw);
  }

  private static Workload requireOpen(@Nullable Workload workload) {
    if (workload == null) {
      throw new IllegalStateException("run before open");
    }
    return workload;
  }

  private static void close(@Nullable Workload workload, @Nullable S3Client raw) {
    if (workload != null) {
      workload.close();
    }
    if (raw != null) {
      raw.close();
    }
  }
}
