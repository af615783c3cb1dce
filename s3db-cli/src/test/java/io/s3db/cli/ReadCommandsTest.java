package io.s3db.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** resources, describe, get, list and count against the embedded server, and their failures. */
@ExtendWith(S3ServerExtension.class)
class ReadCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Map<String, String> env = Map.of();

  @BeforeAll
  static void orders(TestBucket bucket) {
    env = Run.env(bucket.uri("read"));
    try (S3db db = S3db.builder().uri(bucket.uri("read")).passphrase("p").build()) {
      OrderDao orders = OrderDao.of(db);
      orders.insert(new Order("o1", "ana", "PAID", 1200, new Order.Address("Lisbon", "PT"), "a"));
      orders.insert(new Order("o2", "bo", "NEW", 300, new Order.Address("Madrid", "ES")));
      orders.insert(new Order("o3", "cy", "PAID", 50, new Order.Address("Porto", "PT"), "x", "y"));
      orders.insert(new Order("o4", "di", "SHIPPED", 75, new Order.Address("Paris", "FR")));
      orders.insert(new Order("o5", "ed", "PAID", 990, new Order.Address("Vigo", "ES")));
      AccountDao.of(db);
    }
  }

  @Test
  void resourcesListsTheCatalogOnePerLine() {
    Run run = Run.of(env, "resources");
    assertEquals(0, run.code(), run::toString);
    assertEquals(List.of("accounts", "orders"), run.lines().stream().sorted().toList());
  }

  @Test
  void describeShowsAttributesRulesPartitionsAndWhetherWritable() throws Exception {
    Run run = Run.of(env, "describe", "orders");
    assertEquals(0, run.code(), run::toString);
    assertTrue(run.lines().size() > 10, "indented: " + run.out());
    JsonNode d = JSON.readTree(run.out());
    assertEquals("orders", d.get("name").asText());
    assertEquals("v1", d.get("currentVersion").asText());
    assertTrue(d.get("writable").asBoolean());
    assertTrue(d.get("timestamps").asBoolean());
    assertEquals("user-managed", d.get("behavior").asText());
    JsonNode city = find(d.get("attributes"), "path", "shipTo.city");
    assertEquals("STRING", city.get("type").asText());
    assertTrue(city.get("rule").asText().startsWith("string"), city.toString());
    assertEquals(
        JSON.readTree("[\"shipTo.country\"]"),
        find(d.get("partitions"), "name", "byCountry").get("fields"));
    Run compact = Run.of(env, "describe", "orders", "--compact");
    assertEquals(1, compact.lines().size());
    assertEquals(d, JSON.readTree(compact.out()));
  }

  @Test
  void getPrintsTheDocumentAndFailsWithOneLineWhenThereIsNone() throws Exception {
    Run run = Run.of(env, "get", "orders", "o3");
    assertEquals(0, run.code(), run::toString);
    JsonNode o3 = JSON.readTree(run.out());
    assertEquals("o3", o3.get("id").asText());
    assertEquals(50, o3.get("cents").asLong());
    assertEquals("Porto", o3.get("shipTo").get("city").asText());
    assertEquals(JSON.readTree("[\"x\",\"y\"]"), o3.get("tags"));
    assertTrue(o3.has("createdAt"));

    Run missing = Run.of(env, "get", "orders", "nope");
    assertEquals(1, missing.code(), missing::toString);
    assertEquals("", missing.out());
    assertEquals(List.of("s3db get: no record 'nope' in resource 'orders'"), missing.errLines());

    Run noResource = Run.of(env, "get", "invoices", "x");
    assertEquals(1, noResource.code(), noResource::toString);
    assertEquals(1, noResource.errLines().size(), noResource::toString);
    assertTrue(noResource.err().contains("no resource 'invoices'"), noResource::toString);
    assertFalse(noResource.err().contains("\tat "), "no stack trace without --verbose");

    Run verbose = Run.of(env, "get", "invoices", "x", "--verbose");
    assertEquals(1, verbose.code());
    assertTrue(verbose.err().contains("\tat "), "a stack trace with --verbose");
  }

  @Test
  void listStreamsOneDocumentPerLineOfAllOrOnePartition() throws Exception {
    Run all = Run.of(env, "list", "orders");
    assertEquals(0, all.code(), all::toString);
    assertEquals(List.of("o1", "o2", "o3", "o4", "o5"), ids(all));

    Run paid = Run.of(env, "list", "orders", "--partition", "byStatus", "--value", "status=PAID");
    assertEquals(List.of("o1", "o3", "o5"), ids(paid));
    Run spain =
        Run.of(env, "list", "orders", "--partition=byCountry", "--value", "shipTo.country=ES");
    assertEquals(List.of("o2", "o5"), ids(spain));

    assertEquals(List.of("o1", "o2"), ids(Run.of(env, "list", "orders", "--limit", "2")));
    Run idsOnly =
        Run.of(env, "list", "orders", "--ids", "--partition=byStatus", "--value=status=PAID");
    assertEquals(List.of("o1", "o3", "o5"), idsOnly.lines());
  }

  @Test
  void countCountsAllOrOnePartition() {
    assertEquals("5", Run.of(env, "count", "orders").out().strip());
    Run paid = Run.of(env, "count", "orders", "--partition", "byStatus", "--value", "status=PAID");
    assertEquals(0, paid.code(), paid::toString);
    assertEquals("3", paid.out().strip());
    assertEquals(
        "0",
        Run.of(env, "count", "orders", "--partition", "byStatus", "--value", "status=LOST")
            .out()
            .strip());
  }

  @Test
  void partitionMistakesAreUsageErrors() {
    Run unknown = Run.of(env, "count", "orders", "--partition", "byColor", "--value", "color=red");
    assertEquals(2, unknown.code(), unknown::toString);
    assertTrue(unknown.errLines().get(0).startsWith("s3db count: "), unknown::toString);
    assertTrue(unknown.err().contains("byStatus"), "names the partitions there are: " + unknown);
    assertTrue(unknown.err().contains("Try 's3db count --help'"), unknown::toString);

    Run noPartition = Run.of(env, "list", "orders", "--value", "status=PAID");
    assertEquals(2, noPartition.code(), noPartition::toString);
    assertTrue(noPartition.err().contains("--value needs --partition"), noPartition::toString);

    Run missingField = Run.of(env, "list", "orders", "--partition", "byStatus");
    assertEquals(2, missingField.code(), missingField::toString);
  }

  private static List<String> ids(Run run) {
    assertEquals(0, run.code(), run::toString);
    return run.lines().stream().map(ReadCommandsTest::id).toList();
  }

  private static String id(String line) {
    try {
      return JSON.readTree(line).get("id").asText();
    } catch (Exception e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode element : array) {
      if (element.path(field).asText().equals(value)) {
        return element;
      }
    }
    throw new AssertionError("no " + field + "=" + value + " in " + array);
  }
}
