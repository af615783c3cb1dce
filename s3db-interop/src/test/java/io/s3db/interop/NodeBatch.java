package io.s3db.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A batch of s3db.js operations run by {@code src/test/node/driver.mjs} in a Node process of its
 * own, against the same S3 server as the test. Steps are collected first and run in one process,
 * because starting Node and loading s3db.js costs about a second: each step method returns the
 * index to read its result with.
 *
 * <pre>{@code
 * NodeBatch node = NodeBatch.connect(bucket.uri(prefix));
 * int all = node.list("people");
 * NodeBatch.Results results = node.run();
 * JsonNode records = results.value(all);
 * }</pre>
 */
final class NodeBatch {
  static final ObjectMapper JSON = new ObjectMapper().registerModule(Trees.jsForms());

  /**
   * Shared by every process of the suite: secrets written by one side must decrypt on the other.
   */
  static final String PASSPHRASE = "interop-passphrase-ção";

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String uri;
  private final ArrayNode steps = JSON.createArrayNode();
  private final List<String> labels = new ArrayList<>();

  private NodeBatch(String uri) {
    this.uri = uri;
  }

  /**
   * A batch that connects s3db.js to the database at {@code uri} (an {@code http://} connection
   * string).
   */
  static NodeBatch connect(String uri) {
    return new NodeBatch(uri);
  }

  /**
   * Defines (or redefines: a new version when the attributes changed) a resource as Node code
   * would.
   */
  int createResource(String name, JsonNode attributes) {
    return add(
        "createResource " + name,
        step("createResource").put("name", name).set("attributes", attributes));
  }

  /**
   * As {@link #createResource(String, JsonNode)}, with s3db.js resource options ({@code
   * partitions}, {@code behavior}).
   */
  int createResource(String name, JsonNode attributes, JsonNode options) {
    return add(
        "createResource " + name,
        step("createResource")
            .put("name", name)
            .<ObjectNode>set("attributes", attributes)
            .set("options", options));
  }

  /** The resources s3db.js loaded from {@code s3db.json} on connect, as {@code {name: version}}. */
  int resources() {
    return add("resources", step("resources"));
  }

  int insert(String resource, JsonNode data) {
    return add(
        "insert " + resource + "/" + data.path("id").asText(),
        step("insert", resource).set("data", data));
  }

  /** Do not get ids that may be missing: s3db.js retries the 404 three times. */
  int get(String resource, String id) {
    return add("get " + resource + "/" + id, step("get", resource).put("id", id));
  }

  /** s3db.js's update: reads the record, merges {@code data} into it, writes it back. */
  int update(String resource, String id, JsonNode data) {
    return add(
        "update " + resource + "/" + id, step("update", resource).put("id", id).set("data", data));
  }

  int delete(String resource, String id) {
    return add("delete " + resource + "/" + id, step("delete", resource).put("id", id));
  }

  int list(String resource) {
    return add("list " + resource, step("list", resource));
  }

  int listIds(String resource) {
    return add("listIds " + resource, step("listIds", resource));
  }

  int count(String resource) {
    return add("count " + resource, step("count", resource));
  }

  /** s3db.js's {@code list({partition, partitionValues})}. */
  int list(String resource, String partition, Map<String, ?> values) {
    return add(
        "list " + resource + " " + partition + values,
        partitioned("list", resource, partition, values));
  }

  /** s3db.js's {@code listIds({partition, partitionValues})}. */
  int listIds(String resource, String partition, Map<String, ?> values) {
    return add(
        "listIds " + resource + " " + partition + values,
        partitioned("listIds", resource, partition, values));
  }

  /** s3db.js's {@code count({partition, partitionValues})}. */
  int count(String resource, String partition, Map<String, ?> values) {
    return add(
        "count " + resource + " " + partition + values,
        partitioned("count", resource, partition, values));
  }

  /** s3db.js's {@code setContent({id, buffer, contentType})}. */
  int setContent(String resource, String id, byte[] content, String contentType) {
    return add(
        "setContent " + resource + "/" + id,
        step("setContent", resource)
            .put("id", id)
            .put("base64", Base64.getEncoder().encodeToString(content))
            .put("contentType", contentType));
  }

  /**
   * s3db.js's {@code content(id)}, as {@code {base64, contentType}} ({@code base64} null without
   * content).
   */
  int content(String resource, String id) {
    return add("content " + resource + "/" + id, step("content", resource).put("id", id));
  }

  int hasContent(String resource, String id) {
    return add("hasContent " + resource + "/" + id, step("hasContent", resource).put("id", id));
  }

  int deleteContent(String resource, String id) {
    return add(
        "deleteContent " + resource + "/" + id, step("deleteContent", resource).put("id", id));
  }

  private ObjectNode partitioned(
      String op, String resource, String partition, Map<String, ?> values) {
    return step(op, resource)
        .put("partition", partition)
        .set("partitionValues", JSON.valueToTree(values));
  }

  /**
   * s3db.js's own {@code decrypt} (dist/concerns/crypto.js) of a raw stored secret, under {@link
   * #PASSPHRASE}.
   */
  int decrypt(String stored) {
    return add("decrypt", step("decrypt").put("stored", stored));
  }

  /**
   * s3db.js's own {@code encrypt} of {@code plaintext}, under {@link #PASSPHRASE}: a raw value for
   * Java to read.
   */
  int encrypt(String plaintext) {
    return add("encrypt", step("encrypt").put("plaintext", plaintext));
  }

  /** The attribute rules s3db.js holds for a resource (as loaded from {@code s3db.json}). */
  int attributes(String resource) {
    return add("attributes " + resource, step("attributes", resource));
  }

  private ObjectNode step(String op) {
    return JSON.createObjectNode().put("op", op);
  }

  private ObjectNode step(String op, String resource) {
    return step(op).put("resource", resource);
  }

  private int add(String label, ObjectNode step) {
    steps.add(step);
    labels.add(label);
    return steps.size() - 1;
  }

  /**
   * Runs the batch in a new Node process and returns its results. Fails the test (with Node's
   * stderr) if the process cannot connect, crashes, prints no result or runs over a minute; failed
   * steps do not fail here but are reported by {@link Results#value} or {@link Results#error}.
   */
  Results run() {
    ObjectNode input = JSON.createObjectNode().put("uri", uri).put("passphrase", PASSPHRASE);
    input.set("steps", steps);
    Path dir = Node.dir();
    long started = System.nanoTime();
    Process process;
    try {
      process =
          new ProcessBuilder(
                  Node.executable(), "--no-warnings", dir.resolve("driver.mjs").toString())
              .directory(dir.toFile())
              .start();
    } catch (IOException e) {
      throw new AssertionError("Cannot start node: " + e.getMessage() + Node.HINT, e);
    }
    CompletableFuture<byte[]> stdout = drain(process.getInputStream());
    CompletableFuture<byte[]> stderr = drain(process.getErrorStream());
    try (OutputStream in = process.getOutputStream()) {
      in.write(JSON.writeValueAsBytes(input));
    } catch (IOException e) {
      // the process died early; its stderr says why
    }
    try {
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            "node driver.mjs ran over "
                + TIMEOUT.toSeconds()
                + " s; steps "
                + labels
                + "\nstderr:\n"
                + text(stderr));
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    String out = text(stdout);
    String lastLine = out.strip().lines().reduce((a, b) -> b).orElse("");
    if (process.exitValue() != 0 || !lastLine.startsWith("{")) {
      throw new AssertionError(
          "node driver.mjs exited with "
              + process.exitValue()
              + "; steps "
              + labels
              + "\nstderr:\n"
              + text(stderr)
              + "\nstdout:\n"
              + out);
    }
    System.out.printf(
        "node driver.mjs: %d steps in %d ms%n",
        labels.size(), (System.nanoTime() - started) / 1_000_000);
    if (System.getenv("S3DB_INTEROP_TRACE") != null) {
      System.out.println(text(stderr)); // the driver's trace of each step (and of its PUTs)
    }
    try {
      return new Results(JSON.readTree(lastLine).path("results"), labels, text(stderr));
    } catch (IOException e) {
      throw new AssertionError("node driver.mjs printed no JSON result: " + out, e);
    }
  }

  private static CompletableFuture<byte[]> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            stream.transferTo(bytes);
            return bytes.toByteArray();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static String text(CompletableFuture<byte[]> bytes) {
    try {
      return new String(bytes.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    } catch (Exception e) {
      return "(unreadable: " + e + ")";
    }
  }

  /** The outcome of each step, by the index its step method returned. */
  static final class Results {
    private final JsonNode results;
    private final List<String> labels;
    private final String stderr;

    private Results(JsonNode results, List<String> labels, String stderr) {
      this.results = results;
      this.labels = labels;
      this.stderr = stderr;
    }

    /** Whether the step succeeded. */
    boolean ok(int step) {
      return results.path(step).path("ok").asBoolean(false);
    }

    /** What the step returned; fails with s3db.js's error if the step failed. */
    JsonNode value(int step) {
      if (!ok(step)) {
        throw new AssertionError(
            "s3db.js step '"
                + labels.get(step)
                + "' failed: "
                + error(step)
                + (stderr.isBlank() ? "" : "\nstderr:\n" + stderr));
      }
      return results.path(step).path("value");
    }

    /** s3db.js's error message, or null if the step succeeded. */
    String error(int step) {
      return ok(step) ? null : results.path(step).path("error").asText("(no result)");
    }

    String label(int step) {
      return labels.get(step);
    }
  }

  /** Where Node and the installed s3db.js are. */
  static final class Node {
    static final String HINT =
        " The interop tests need Node.js 20+ on the PATH and s3db.js installed in"
            + " s3db-interop/src/test/node (the Maven build does it: `mvn verify`). -DskipInterop skips them.";

    private Node() {}

    static Path dir() {
      String configured = System.getProperty("interop.node.dir");
      Path dir = Path.of(configured != null ? configured : "src/test/node").toAbsolutePath();
      if (!Files.isRegularFile(dir.resolve("node_modules/s3db.js/package.json"))) {
        throw new AssertionError("s3db.js is not installed in " + dir + "." + HINT);
      }
      return dir;
    }

    static String executable() {
      return "node";
    }
  }
}
