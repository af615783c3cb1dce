package io.s3db.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.cli.Cli;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §2 on data s3db.js 21.6.2 wrote: the {@code s3db} CLI (run in-process) describes,
 * counts, lists and gets a resource only s3db.js declared, with a partition and a secret, and what
 * it exports and imports into another s3db.js database reads back in s3db.js as s3db.js wrote it.
 */
@ExtendWith(S3ServerExtension.class)
class CliOnNodeDataTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectNode ATTRIBUTES =
      Shared.attributes(
          """
      {
        "title": "string",
        "priority": "number|integer",
        "owner": { "name": "string", "team": "string" },
        "labels": "array|items:string",
        "token": "secret"
      }""");
  private static final ObjectNode OPTIONS =
      Shared.attributes(
          """
      { "partitions": { "byTeam": { "fields": { "owner.team": "string" } } } }""");
  private static final List<String> IDS = List.of("t1", "t2", "t3", "t4");

  @Test
  void theCliReadsAndCopiesWhatS3dbJsWrote(TestBucket bucket, @TempDir Path dir) throws Exception {
    NodeBatch writer = NodeBatch.connect(bucket.uri("cli-node"));
    writer.createResource("tickets", ATTRIBUTES, OPTIONS);
    for (int i = 0; i < IDS.size(); i++) {
      writer.insert(
          "tickets",
          JSON.readTree(
              "{\"id\":\""
                  + IDS.get(i)
                  + "\",\"title\":\"Fix, \\\"now\\\" #"
                  + i
                  + "\",\"priority\":"
                  + (i - 1)
                  + ",\"owner\":{\"name\":\"Ana Ção\",\"team\":\""
                  + (i % 2 == 0 ? "core" : "web")
                  + "\"},\"labels\":[\"a|b\",\"c\"],\"token\":\"tok-"
                  + i
                  + "\"}"));
    }
    List<Integer> gets = IDS.stream().map(id -> writer.get("tickets", id)).toList();
    NodeBatch.Results written = writer.run();
    List<JsonNode> expected = new ArrayList<>();
    for (int get : gets) {
      expected.add(declared(written.value(get)));
    }

    Map<String, String> env =
        Map.of("S3DB_URI", bucket.uri("cli-node"), "S3DB_PASSPHRASE", NodeBatch.PASSPHRASE);
    Out describe = run(env, "describe", "tickets", "--compact");
    assertEquals(0, describe.code(), describe::toString);
    JsonNode description = JSON.readTree(describe.out());
    assertTrue(description.get("writable").asBoolean(), describe::toString);
    assertEquals("byTeam", description.get("partitions").get(0).get("name").asText());
    assertEquals("4", run(env, "count", "tickets").out().strip());
    assertEquals(
        "t1\nt3\n",
        run(env, "list", "tickets", "--ids", "--partition=byTeam", "--value=owner.team=core")
            .out());
    assertEquals(
        expected.get(1),
        declared(JSON.readTree(run(env, "get", "tickets", "t2", "--decrypt").out())));
    assertEquals(
        "***", JSON.readTree(run(env, "get", "tickets", "t2").out()).get("token").asText());

    Path file = dir.resolve("tickets.jsonl");
    Out export = run(env, "export", "tickets", "--decrypt", "--out", file.toString());
    assertEquals(0, export.code(), export::toString);
    assertEquals(4, Files.readAllLines(file).size());

    NodeBatch target = NodeBatch.connect(bucket.uri("cli-copy"));
    target.createResource("tickets", ATTRIBUTES, OPTIONS);
    target.run();
    Map<String, String> copy =
        Map.of("S3DB_URI", bucket.uri("cli-copy"), "S3DB_PASSPHRASE", NodeBatch.PASSPHRASE);
    Out imported = run(copy, "import", "tickets", file.toString());
    assertEquals(0, imported.code(), imported::toString);

    NodeBatch reader = NodeBatch.connect(bucket.uri("cli-copy"));
    List<Integer> readBack = IDS.stream().map(id -> reader.get("tickets", id)).toList();
    int web = reader.listIds("tickets", "byTeam", Map.of("owner.team", "web"));
    NodeBatch.Results read = reader.run();
    for (int i = 0; i < IDS.size(); i++) {
      assertEquals(expected.get(i), declared(read.value(readBack.get(i))), IDS.get(i));
    }
    assertEquals(JSON.readTree("[\"t2\",\"t4\"]"), sorted(read.value(web)));
  }

  /** The declared fields: s3db.js's get adds its own ({@code _etag}, {@code _v}, timestamps…). */
  private static JsonNode declared(JsonNode document) {
    ObjectNode fields = JSON.createObjectNode();
    for (String name : List.of("id", "title", "priority", "owner", "labels", "token")) {
      fields.set(name, document.get(name));
    }
    return fields;
  }

  private static JsonNode sorted(JsonNode ids) {
    List<String> list = new ArrayList<>();
    ids.forEach(id -> list.add(id.asText()));
    list.sort(null);
    return JSON.valueToTree(list);
  }

  private record Out(int code, String out, String err) {}

  private static Out run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new Cli(
                env,
                new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out),
                new PrintWriter(err),
                false)
            .execute(args);
    return new Out(code, out.toString(), err.toString());
  }
}
