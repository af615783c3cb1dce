package io.s3db.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/** stats counts records, references per partition value and bytes; repair removes a stale one. */
@ExtendWith(S3ServerExtension.class)
class StatsRepairTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void statsAndRepair(TestBucket bucket) throws Exception {
    String uri = bucket.uri("stats");
    try (S3db db = S3db.connect(uri)) {
      OrderDao orders = OrderDao.of(db);
      orders.insert(new Order("o1", "ana", "PAID", 1, new Order.Address("Lisbon", "PT")));
      orders.insert(new Order("o2", "bo", "PAID", 2, new Order.Address("Madrid", "ES")));
      orders.insert(new Order("o3", "cy", "NEW", 3, new Order.Address("Porto", "PT")));
    }
    Map<String, String> env = Run.env(uri);
    Run run = Run.of(env, "stats", "orders");
    assertEquals(0, run.code(), run::toString);
    JsonNode stats = JSON.readTree(run.out());
    assertEquals(3, stats.get("records").asInt());
    assertEquals(3, stats.get("data").get("objects").asInt());
    JsonNode byStatus = stats.get("partitions").get("byStatus");
    assertEquals(3, byStatus.get("references").asInt());
    assertEquals(JSON.readTree("{\"status=NEW\":1,\"status=PAID\":2}"), byStatus.get("values"));
    assertEquals(
        JSON.readTree("{\"shipTo.country=ES\":1,\"shipTo.country=PT\":2}"),
        stats.get("partitions").get("byCountry").get("values"));
    JsonNode metadata = stats.get("data").get("metadataBytes");
    assertTrue(metadata.get("total").asInt() > 3 * 20, metadata::toString);
    assertTrue(metadata.get("max").asInt() >= metadata.get("average").asInt(), metadata::toString);
    assertTrue(metadata.get("maxId").asText().startsWith("o"), metadata::toString);
    Run noHeads = Run.of(env, "stats", "orders", "--no-metadata");
    assertTrue(!JSON.readTree(noHeads.out()).get("data").has("metadataBytes"), noHeads::toString);

    Run consistent = Run.of(env, "repair", "orders");
    assertEquals(0, consistent.code(), consistent::toString);
    assertEquals(0, JSON.readTree(consistent.out()).get("referencesRemoved").asInt());

    // a reference a crash left behind: no record has status LOST
    bucket
        .client()
        .putObject(
            b ->
                b.bucket(bucket.name())
                    .key("stats/resource=orders/partition=byStatus/status=LOST/id=o1"),
            RequestBody.empty());
    assertEquals(
        "1",
        Run.of(env, "count", "orders", "--partition=byStatus", "--value=status=LOST")
            .out()
            .strip());
    Run repaired = Run.of(env, "repair", "orders");
    assertEquals(0, repaired.code(), repaired::toString);
    JsonNode report = JSON.readTree(repaired.out());
    assertEquals(3, report.get("records").asInt());
    assertEquals(1, report.get("referencesRemoved").asInt(), repaired::toString);
    assertEquals(
        "0",
        Run.of(env, "count", "orders", "--partition=byStatus", "--value=status=LOST")
            .out()
            .strip());
  }
}
