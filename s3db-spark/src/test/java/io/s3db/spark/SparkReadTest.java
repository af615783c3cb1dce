package io.s3db.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PartitionKey;
import io.s3db.S3db;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/** Reads through Spark in local mode, the requests they send counted by {@link RequestLog}. */
@Tag("spark")
class SparkReadTest {
  private static final int ORDERS = 60;
  private static String uri;

  @BeforeAll
  static void seed() {
    uri = SparkFixture.seeded(ORDERS);
  }

  private static Dataset<Row> orders() {
    return orders(1);
  }

  private static Dataset<Row> orders(int splits) {
    return SparkFixture.spark()
        .read()
        .format("s3db")
        .option("uri", uri)
        .option("resource", "orders")
        .option("splits", splits)
        .load();
  }

  private static Map<String, Row> byId(Dataset<Row> rows) {
    return rows.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("id"), r -> r, (a, b) -> a, TreeMap::new));
  }

  @Test
  void schemaComesFromTheCatalog() {
    StructType schema = orders().schema();
    assertEquals(DataTypes.StringType, schema.apply("id").dataType());
    assertEquals(false, schema.apply("id").nullable());
    assertEquals(DataTypes.StringType, schema.apply("status").dataType());
    assertEquals(DataTypes.LongType, schema.apply("qty").dataType());
    assertEquals(DataTypes.DoubleType, schema.apply("amount").dataType());
    assertEquals(DataTypes.BooleanType, schema.apply("gift").dataType());
    assertEquals(DataTypes.DateType, schema.apply("day").dataType());
    assertEquals(DataTypes.TimestampType, schema.apply("at").dataType());
    assertEquals(DataTypes.StringType, schema.apply("ref").dataType());
    assertEquals("array<string>", schema.apply("tags").dataType().simpleString());
    assertEquals("array<bigint>", schema.apply("counts").dataType().simpleString());
    assertEquals("array<double>", schema.apply("weights").dataType().simpleString());
    assertEquals("array<boolean>", schema.apply("flags").dataType().simpleString());
    assertEquals(
        "struct<city:string,zip:string>", schema.apply("shipTo").dataType().simpleString());
    assertEquals(DataTypes.StringType, schema.apply("payload").dataType());
    assertEquals("JSON", schema.apply("payload").metadata().getString(SchemaMapping.TYPE));
  }

  @Test
  void readsWhatStreamReads() {
    Map<String, Row> rows = byId(orders());
    List<ObjectNode> documents;
    try (S3db db = S3db.builder().uri(uri).passphrase(SparkFixture.PASSPHRASE).build()) {
      documents = db.documents("orders").stream(PartitionKey.all()).toList();
    }
    assertEquals(ORDERS, rows.size());
    assertEquals(documents.size(), rows.size());
    for (ObjectNode document : documents) {
      Row row = rows.get(document.get("id").asText());
      assertEquals(document.get("status").asText(), row.getAs("status"));
      assertEquals(document.get("qty").asLong(), (long) row.getAs("qty"));
      assertEquals(document.get("amount").asDouble(), (double) row.getAs("amount"));
      assertEquals(document.get("gift").asBoolean(), row.getAs("gift"));
      assertEquals(LocalDate.parse(document.get("day").asText()), row.getAs("day"));
      assertEquals(Instant.parse(document.get("at").asText()), row.getAs("at"));
      assertEquals(document.get("ref").asText(), row.getAs("ref"));
      assertEquals(document.get("tags").size(), row.getList(row.fieldIndex("tags")).size());
      Row shipTo = row.getStruct(row.fieldIndex("shipTo"));
      assertEquals(document.get("shipTo").get("city").asText(), shipTo.getAs("city"));
      assertEquals(
          document.get("shipTo").has("zip") ? document.get("shipTo").get("zip").asText() : null,
          shipTo.getAs("zip"));
      assertEquals(
          document.has("payload") ? document.get("payload").toString() : null,
          row.getAs("payload"));
    }
    Row first = rows.get("o-000");
    assertEquals(List.of("t0", "all"), first.getList(first.fieldIndex("tags")));
    assertEquals(List.of(0L, 0L), first.getList(first.fieldIndex("counts")));
    assertEquals(List.of(0.0), first.getList(first.fieldIndex("weights")));
    assertEquals(List.of(true), first.getList(first.fieldIndex("flags")));
    assertEquals("{\"n\":0}", first.getAs("payload"));
  }

  @Test
  void equalityOnAPartitionListsOnlyItsPrefix() {
    RequestLog.clear();
    List<Row> paid = orders().where("status = 'PAID'").collectAsList();
    assertEquals(ORDERS / 3, paid.size());
    assertTrue(paid.stream().allMatch(r -> r.getAs("status").equals("PAID")));
    List<ListObjectsV2Request> lists = RequestLog.of(ListObjectsV2Request.class);
    assertTrue(!lists.isEmpty());
    for (ListObjectsV2Request list : lists) {
      assertTrue(
          list.prefix().endsWith("resource=orders/partition=byStatus/status=PAID/"), list.prefix());
    }
    assertEquals(ORDERS / 3, RequestLog.of(HeadObjectRequest.class).size());
  }

  @Test
  void inOnANestedPartitionFieldListsEachValuesPrefix() {
    RequestLog.clear();
    List<Row> rows = orders().where("shipTo.city IN ('Faro', 'Braga')").collectAsList();
    assertEquals(ORDERS / 2, rows.size());
    for (ListObjectsV2Request list : RequestLog.of(ListObjectsV2Request.class)) {
      assertTrue(
          list.prefix().endsWith("partition=byCity/shipTo.city=Faro/")
              || list.prefix().endsWith("partition=byCity/shipTo.city=Braga/"),
          list.prefix());
    }
    assertEquals(ORDERS / 2, RequestLog.of(HeadObjectRequest.class).size());
  }

  @Test
  void idRangesBoundTheListing() {
    RequestLog.clear();
    Map<String, Row> rows = byId(orders().where("id > 'o-010' AND id <= 'o-020'"));
    assertEquals(List.copyOf(rows.keySet()), ids(11, 21));
    for (ListObjectsV2Request list : RequestLog.of(ListObjectsV2Request.class)) {
      assertTrue(list.startAfter().endsWith("id=o-010"), list.startAfter());
    }
    assertEquals(10, RequestLog.of(HeadObjectRequest.class).size());
    assertEquals(
        ids(5, 8), List.copyOf(byId(orders().where("id >= 'o-005' AND id < 'o-008'")).keySet()));
  }

  @Test
  void idEqualityAndInReadWithoutListing() {
    RequestLog.clear();
    assertEquals(
        List.of("o-003", "o-007"),
        List.copyOf(byId(orders().where("id IN ('o-003', 'o-007', 'nope')")).keySet()));
    assertEquals(1, orders().where("id = 'o-042'").count());
    assertEquals(0, RequestLog.of(ListObjectsV2Request.class).size());
  }

  @Test
  void splitsCoverTheKeySpaceOnce() {
    Dataset<Row> split = orders(4);
    assertEquals(4, split.rdd().getNumPartitions());
    Dataset<Row> single = orders(1);
    assertEquals(1, single.rdd().getNumPartitions());
    assertEquals(byId(single).keySet(), byId(split).keySet());
    assertEquals(ORDERS, split.count());
  }

  @Test
  void countSendsNoHead() {
    RequestLog.clear();
    assertEquals(ORDERS, orders().count());
    assertEquals(0, RequestLog.of(HeadObjectRequest.class).size());
  }

  @Test
  void otherFiltersStayForSpark() {
    RequestLog.clear();
    Map<String, Row> rows = byId(orders().where("qty >= 50 AND note IS NOT NULL"));
    assertEquals(List.of("o-056"), List.copyOf(rows.keySet()));
    assertEquals(ORDERS, RequestLog.of(HeadObjectRequest.class).size());
    assertEquals(
        ORDERS / 3 / 2,
        orders().where("status = 'OPEN' AND gift").count(),
        "a partition and a filter Spark evaluates");
  }

  @Test
  void secretsAreDecryptedWithThePassphrase() {
    Map<String, Row> accounts =
        byId(
            SparkFixture.spark()
                .read()
                .format("s3db")
                .option("uri", uri)
                .option("resource", "accounts")
                .option("passphrase", SparkFixture.PASSPHRASE)
                .load());
    assertEquals("secret-1", accounts.get("a-1").getAs("password"));
    RuntimeException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            RuntimeException.class,
            () ->
                SparkFixture.spark()
                    .read()
                    .format("s3db")
                    .option("uri", uri)
                    .option("resource", "accounts")
                    .load());
    assertTrue(refused.getMessage().contains("passphrase"), refused.getMessage());
  }

  private static List<String> ids(int from, int to) {
    return java.util.stream.IntStream.range(from, to)
        .mapToObj(i -> String.format("o-%03d", i))
        .toList();
  }
}
