package io.s3db.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 §3 on s3db.js's data: a resource only s3db.js declares and wrote, read through the Spark
 * data source ({@code s3db-spark}) as s3db.js's {@code list} returns it, and its partition, written
 * by s3db.js, pushed down. Runs with {@code -Pspark}, as the Spark module's own tests.
 */
@Tag("spark")
@ExtendWith(S3ServerExtension.class)
class SparkReadsNodeTest {
  private static final ObjectNode ATTRIBUTES =
      Shared.attributes(
          """
      {
        "customer": "string",
        "total": "number",
        "items": "number|integer",
        "paid": "boolean",
        "placedAt": "datetime",
        "tags": "array|items:string",
        "meta": "json|optional",
        "pin": "secret|optional",
        "shipTo": { "city": "string", "zip": "string|optional" }
      }""");

  private static final ObjectNode OPTIONS =
      Shared.attributes(
          """
      { "partitions": { "byCustomer": { "fields": { "customer": "string" } } } }""");

  @Test
  void sparkReadsWhatS3dbJsWrote(TestBucket bucket) throws Exception {
    String uri = bucket.uri("spark");
    NodeBatch node = NodeBatch.connect(uri);
    node.createResource("orders", ATTRIBUTES, OPTIONS);
    for (int i = 0; i < 12; i++) {
      node.insert(
          "orders",
          NodeBatch.JSON.readTree(
              String.format(
                  """
                  {"id":"o%02d","customer":"%s","total":%d.5,"items":%d,"paid":%b,
                   "placedAt":"2024-03-01T12:34:%02d.789Z","tags":["a","t%d"],
                   "meta":{"k":[%d]},"pin":"p%d","shipTo":{"city":"Porto"}}""",
                  i, i % 3 == 0 ? "ana" : "bo", i, i, i % 2 == 0, i, i, i, i)));
    }
    int list = node.list("orders");
    JsonNode listed = node.run().value(list);

    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.datetime.java8API.enabled", "true")
            .getOrCreate();
    Dataset<Row> orders =
        spark
            .read()
            .format("s3db")
            .option("uri", uri)
            .option("resource", "orders")
            .option("passphrase", NodeBatch.PASSPHRASE)
            .option("splits", 3)
            .load();
    Map<String, Row> rows = new TreeMap<>();
    orders.collectAsList().forEach(r -> rows.put(r.getAs("id"), r));
    assertEquals(listed.size(), rows.size());
    for (JsonNode record : listed) {
      Row row = rows.get(record.get("id").textValue());
      assertEquals(record.get("customer").textValue(), row.getAs("customer"));
      assertEquals(record.get("total").doubleValue(), (double) row.getAs("total"));
      assertEquals(record.get("items").longValue(), (long) row.getAs("items"));
      assertEquals(record.get("paid").booleanValue(), row.getAs("paid"));
      assertEquals(Instant.parse(record.get("placedAt").textValue()), row.getAs("placedAt"));
      assertEquals(
          List.of(record.get("tags").get(0).textValue(), record.get("tags").get(1).textValue()),
          row.getList(row.fieldIndex("tags")));
      assertEquals(record.get("meta").toString(), row.getAs("meta"));
      assertEquals(record.get("pin").textValue(), row.getAs("pin"));
      assertEquals(
          record.get("shipTo").get("city").textValue(),
          row.getStruct(row.fieldIndex("shipTo")).getAs("city"));
    }
    assertEquals(4, orders.where("customer = 'ana'").count());
    assertEquals(
        "[o00, o03, o06, o09]",
        orders.where("customer = 'ana'").select("id").orderBy("id").collectAsList().stream()
            .map(r -> r.getString(0))
            .toList()
            .toString());
  }
}
