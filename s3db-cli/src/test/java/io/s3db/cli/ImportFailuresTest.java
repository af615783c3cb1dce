package io.s3db.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Lines that cannot be stored are reported with their numbers, and nothing of them is written. */
@ExtendWith(S3ServerExtension.class)
class ImportFailuresTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyLineIsStoredOrReportedWithItsNumber(TestBucket bucket, @TempDir Path dir)
      throws Exception {
    String uri = bucket.uri("failures");
    try (S3db db = S3db.connect(uri)) {
      OrderDao.of(db).insert(new Order("taken", "zed", "NEW", 1, new Order.Address("Rome", "IT")));
    }
    Path file = dir.resolve("orders.jsonl");
    Files.writeString(
        file,
        String.join(
                "\n",
                order("g1", "PAID", "1"),
                "{not json",
                "",
                "[1,2]",
                order("bad-cents", "PAID", "\"lots\""),
                order("taken", "NEW", "5"),
                "{\"id\":\"no-fields\"}",
                order("g2", "NEW", "7"),
                order("bad/id", "NEW", "7"))
            + "\n");
    Map<String, String> env = Run.env(uri);
    // a batch of 2: failures in several batches still come out in line order
    Run run = Run.of(env, "import", "orders", file.toString(), "--batch", "2");
    assertEquals(1, run.code(), run::toString);
    JsonNode summary = JSON.readTree(run.out());
    assertEquals(8, summary.get("lines").asInt(), run::toString);
    assertEquals(2, summary.get("stored").asInt(), run::toString);
    assertEquals(6, summary.get("failed").asInt(), run::toString);

    List<String> err = run.errLines();
    assertEquals(7, err.size(), run::toString);
    assertTrue(err.get(0).startsWith("s3db import: line 2: not JSON"), run::toString);
    assertEquals("s3db import: line 4: not a JSON object", err.get(1));
    assertTrue(
        err.get(2).startsWith("s3db import: line 5: ") && err.get(2).contains("cents"),
        run::toString);
    assertTrue(
        err.get(3).startsWith("s3db import: line 6: ") && err.get(3).contains("taken"),
        run::toString);
    assertTrue(
        err.get(4).startsWith("s3db import: line 7: ") && err.get(4).contains("customer"),
        run::toString);
    assertTrue(err.get(5).startsWith("s3db import: line 9: "), run::toString);
    assertEquals(
        "s3db import: 6 of 8 lines failed (reported above); the others were stored", err.get(6));

    // nothing of a failed line was written: no record, no partition reference
    assertEquals(List.of("g1", "g2", "taken"), Run.of(env, "list", "orders", "--ids").lines());
    assertEquals(
        List.of("g1"),
        Run.of(env, "list", "orders", "--ids", "--partition=byStatus", "--value=status=PAID")
            .lines());
    assertEquals(
        "zed", JSON.readTree(Run.of(env, "get", "orders", "taken").out()).get("customer").asText());
  }

  @Test
  void aMaskedSecretIsNotImported(TestBucket bucket, @TempDir Path dir) throws Exception {
    String uri = bucket.uri("masked");
    try (S3db db = S3db.builder().uri(uri).passphrase("p").build()) {
      AccountDao.of(db);
    }
    Path file = dir.resolve("accounts.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"a1\",\"name\":\"Ana\",\"apiToken\":\"***\"}\n"
            + "{\"id\":\"a2\",\"name\":\"Bo\",\"apiToken\":\"t\"}\n");
    Run run = Run.of(Run.env(uri, "S3DB_PASSPHRASE", "p"), "import", "accounts", file.toString());
    assertEquals(1, run.code(), run::toString);
    assertTrue(
        run.errLines().get(0).startsWith("s3db import: line 1: secret apiToken is \"***\""),
        run::toString);
    assertEquals(
        List.of("a2"),
        Run.of(Run.env(uri, "S3DB_PASSPHRASE", "p"), "list", "accounts", "--ids").lines());
  }

  @Test
  void aMissingFileOrResourceFailsBeforeAnyWrite(TestBucket bucket) {
    String uri = bucket.uri("missing");
    try (S3db db = S3db.connect(uri)) {
      OrderDao.of(db);
    }
    Run noFile = Run.of(Run.env(uri), "import", "orders", "/nonexistent/orders.jsonl");
    assertEquals(1, noFile.code(), noFile::toString);
    assertEquals(
        List.of("s3db import: no such file: /nonexistent/orders.jsonl"), noFile.errLines());
    Run noResource = Run.of(Run.env(uri), "import", "invoices", "/nonexistent/x.jsonl");
    assertEquals(1, noResource.code(), noResource::toString);
  }

  private static String order(String id, String status, String cents) {
    return "{\"id\":\""
        + id
        + "\",\"customer\":\"c\",\"status\":\""
        + status
        + "\",\"cents\":"
        + cents
        + ",\"shipTo\":{\"city\":\"Faro\",\"country\":\"PT\"},\"tags\":[]}";
  }
}
