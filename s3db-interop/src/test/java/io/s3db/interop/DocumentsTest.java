package io.s3db.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.S3db;
import io.s3db.documents.Documents;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 §1: a resource only s3db.js declares, read and written by Java as documents. What Java
 * reads equals what s3db.js's {@code get} and {@code list} return (s3db.js's own {@code _…} read
 * fields left out), and what Java writes s3db.js reads as written.
 */
@ExtendWith(S3ServerExtension.class)
class DocumentsTest {
  private static final ObjectNode ATTRIBUTES =
      Shared.attributes(
          """
      {
        "customer": "string",
        "note": "string|optional",
        "total": "number",
        "items": "number|integer",
        "paid": "boolean",
        "placedAt": "datetime",
        "due": "dateonly|optional",
        "tags": "array|items:string",
        "weights": "array|items:number",
        "meta": "json|optional",
        "pin": "secret|optional",
        "shipTo": { "city": "string", "zip": "string|optional" }
      }""");

  private static final ObjectNode OPTIONS =
      Shared.attributes(
          """
      { "partitions": { "byCustomer": { "fields": { "customer": "string" } } } }""");

  private static final List<String> NODE_RECORDS =
      List.of(
          """
          {"id":"o1","customer":"ana","note":"Olá, ção €","total":97.5,"items":3,"paid":true,
           "placedAt":"2024-03-01T12:34:56.789Z","due":"2024-04-01","tags":["a","b|c"],
           "weights":[1,2.5,-3],"meta":{"k":[1,{"x":"y"}]},"pin":"1234",
           "shipTo":{"city":"Porto","zip":"4000"}}""",
          """
          {"id":"o2","customer":"bo","total":-0.25,"items":0,"paid":false,
           "placedAt":"1969-07-20T20:17:40.000Z","tags":[],"weights":[],
           "shipTo":{"city":"Lisboa"}}""");

  @Test
  void javaReadsAsS3dbJsReadsAndS3dbJsReadsWhatJavaWrites(TestBucket bucket) throws Exception {
    String prefix = "documents";
    NodeBatch node = NodeBatch.connect(bucket.uri(prefix));
    node.createResource("orders", ATTRIBUTES, OPTIONS);
    for (String record : NODE_RECORDS) {
      node.insert("orders", NodeBatch.JSON.readTree(record));
    }
    int get1 = node.get("orders", "o1");
    int get2 = node.get("orders", "o2");
    int list = node.list("orders");
    int ana = node.listIds("orders", "byCustomer", Map.of("customer", "ana"));
    NodeBatch.Results results = node.run();
    JsonNode catalog = Catalogs.read(bucket, prefix);

    ObjectNode written;
    // a service with no records of its own: nothing but the documents view touches the catalog
    try (S3db db =
        S3db.builder()
            .uri(bucket.uri(prefix))
            .passphrase(NodeBatch.PASSPHRASE)
            .module(List::of)
            .build()) {
      Documents orders = db.documents("orders");
      assertEquals(withoutReadFields(results.value(get1)), orders.get("o1"));
      assertEquals(withoutReadFields(results.value(get2)), orders.get("o2"));
      assertEquals(sortedById(results.value(list)), orders.list());
      assertEquals(
          ids(results.value(ana)),
          orders.listIds(orders.partition("byCustomer", Map.of("customer", "ana"))));
      assertTrue(orders.describe().writable(), () -> orders.describe().whyReadOnly().orElse(""));

      written = orders.get("o1").deepCopy();
      written.put("id", "j1").put("customer", "cy").put("total", 12.75).put("pin", "9 9");
      written.withObject("/shipTo").remove("zip");
      orders.insert(written);
      orders.update("o2", d -> d.put("note", "from Java"));
    }
    assertEquals(catalog, Catalogs.read(bucket, prefix), "opening documents wrote the catalog");

    NodeBatch back = NodeBatch.connect(bucket.uri(prefix));
    int j1 = back.get("orders", "j1");
    int o2 = back.get("orders", "o2");
    int cy = back.listIds("orders", "byCustomer", Map.of("customer", "cy"));
    NodeBatch.Results read = back.run();
    assertEquals(written, withoutReadFields(read.value(j1)));
    assertEquals("from Java", read.value(o2).path("note").textValue());
    assertEquals(List.of("j1"), ids(read.value(cy)));
  }

  private static ObjectNode withoutReadFields(JsonNode record) {
    ObjectNode copy = (ObjectNode) record.deepCopy();
    List<String> internal = new ArrayList<>();
    for (Iterator<String> it = copy.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (name.startsWith("_")) {
        internal.add(name);
      }
    }
    copy.remove(internal);
    return copy;
  }

  private static List<ObjectNode> sortedById(JsonNode records) {
    List<ObjectNode> sorted = new ArrayList<>();
    records.forEach(r -> sorted.add(withoutReadFields(r)));
    sorted.sort((a, b) -> a.get("id").textValue().compareTo(b.get("id").textValue()));
    return sorted;
  }

  private static List<String> ids(JsonNode ids) {
    List<String> list = new ArrayList<>();
    ((ArrayNode) ids).forEach(id -> list.add(id.textValue()));
    return list;
  }
}
