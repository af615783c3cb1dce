package io.s3db.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * export to JSON lines and CSV, and import of what it wrote into another database: the same data.
 */
@ExtendWith(S3ServerExtension.class)
class ExportImportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestBucket bucket;
  private static Map<String, String> source = Map.of();

  @BeforeAll
  static void orders(TestBucket testBucket) {
    bucket = testBucket;
    source = Run.env(bucket.uri("source"));
    try (S3db db = S3db.connect(bucket.uri("source"))) {
      OrderDao orders = OrderDao.of(db);
      orders.insert(new Order("o1", "ana", "PAID", 1200, new Order.Address("Lisbon", "PT"), "a"));
      orders.insert(
          new Order(
              "o2",
              "bo, jr",
              "NEW",
              -3,
              new Order.Address("São Paulo", "BR"),
              List.of("x,y", "quo\"te"),
              "say \"hi\", then\nbye",
              null,
              null));
      orders.insert(new Order("o3", "cy", "PAID", 0, new Order.Address("Porto", "PT")));
    }
  }

  @Test
  void jsonLinesRoundTrip(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("orders.jsonl");
    Run export = Run.of(source, "export", "orders", "--format", "jsonl", "--out", file.toString());
    assertEquals(0, export.code(), export::toString);
    assertEquals("", export.out());
    assertEquals("", export.err(), "no progress bar when stderr is no terminal");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(3, lines.size());
    assertEquals(Run.of(source, "export", "orders").out(), Files.readString(file));

    Map<String, String> target = copyOf("jsonl-copy");
    Run imported = Run.of(target, "import", "orders", file.toString());
    assertEquals(0, imported.code(), imported::toString);
    assertEquals(
        JSON.readTree("{\"resource\":\"orders\",\"lines\":3,\"stored\":3,\"failed\":0}"),
        JSON.readTree(imported.out()));
    assertEquals(documents(source), documents(target));
    assertEquals(
        "2",
        Run.of(target, "count", "orders", "--partition=byStatus", "--value=status=PAID")
            .out()
            .strip());
  }

  @Test
  void csvRoundTripWithQuotedFields(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("orders.csv");
    Run export = Run.of(source, "export", "orders", "--format=csv", "-o", file.toString());
    assertEquals(0, export.code(), export::toString);
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(
        csv.startsWith(
            "id,customer,status,cents,shipTo.city,shipTo.country,tags,note,createdAt,updatedAt\r\n"),
        csv);
    assertTrue(
        csv.contains(
            "o2,\"bo, jr\",NEW,-3,São Paulo,BR,\"[\"\"x,y\"\",\"\"quo\\\"\"te\"\"]\",\"say \"\"hi\"\","
                + " then\nbye\","),
        csv);
    assertTrue(csv.contains("\r\no3,cy,PAID,0,Porto,PT,[],,"), csv);

    Map<String, String> target = copyOf("csv-copy");
    Run imported = Run.of(target, "import", "orders", file.toString());
    assertEquals(0, imported.code(), imported::toString);
    assertEquals(documents(source), documents(target));
  }

  @Test
  void importReadsStdin() throws Exception {
    String lines =
        Run.of(source, "export", "orders", "--partition=byCountry", "--value=shipTo.country=PT")
            .out();
    Map<String, String> target = copyOf("stdin-copy");
    Run imported = Run.withInput(target, lines, "import", "orders", "-");
    assertEquals(0, imported.code(), imported::toString);
    assertEquals("2", Run.of(target, "count", "orders").out().strip());
  }

  @Test
  void progressBarOnlyWhenAskedOrOnATerminal() {
    Run bar = Run.of(source, "export", "orders", "--progress");
    assertEquals(0, bar.code(), bar::toString);
    assertTrue(bar.err().startsWith("\rexport orders ["), bar::toString);
    assertTrue(bar.err().contains("3/3"), bar::toString);
    assertEquals(3, bar.lines().size(), "the bar stays off stdout");
    assertEquals("", Run.of(source, "export", "orders", "--no-progress").err());
  }

  /** A database with the resource declared, as the typed application would leave it. */
  private static Map<String, String> copyOf(String prefix) {
    try (S3db db = S3db.connect(bucket.uri(prefix))) {
      OrderDao.of(db);
    }
    return Run.env(bucket.uri(prefix));
  }

  /** The documents, without the timestamps an insert sets anew. */
  private static List<JsonNode> documents(Map<String, String> env) throws Exception {
    List<JsonNode> documents = new ArrayList<>();
    for (String line : Run.of(env, "list", "orders").lines()) {
      ObjectNode document = (ObjectNode) JSON.readTree(line);
      document.remove(List.of("createdAt", "updatedAt"));
      documents.add(document);
    }
    return documents;
  }
}
