package io.s3db.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.s3db.S3db;
import io.s3db.ValidationException;
import io.s3db.it.StoredObjects;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import io.s3db.types.Order.Kind;
import io.s3db.types.Order.Line;
import io.s3db.types.Order.Place;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@code List} of records is one JSON array of objects, as s3db.js stores arrays of objects (rule
 * {@code json}).
 */
@ExtendWith(S3ServerExtension.class)
class RecordListTest {
  private static final UUID BATCH = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

  @Test
  void listsOfRecordsRoundTripAsJsonArrays(TestBucket bucket) throws Exception {
    String prefix = "record-lists-" + System.nanoTime();
    try (S3db db = S3db.connect(bucket.uri(prefix))) {
      OrderDao orders = OrderDao.of(db);
      Line book =
          new Line(
              "B-1",
              2,
              0.1f,
              new BigDecimal("19.90"),
              Instant.parse("2024-03-01T12:34:56.789Z"),
              Kind.GOODS,
              BATCH,
              new Place("São Paulo", null));
      Line help = new Line("S|1", 1, 0f, null, Instant.EPOCH, Kind.SERVICE, BATCH, null);
      Order order = orders.insert(new Order("o1", List.of(book, help), null));
      assertEquals(order, orders.get("o1"));
      String stored =
          bucket
              .client()
              .headObject(b -> b.bucket(bucket.name()).key(prefix + "/resource=orders/data/id=o1"))
              .metadata()
              .get("0");
      String json = io.s3db.internal.format.ClientEncoding.decode(stored);
      assertEquals(
          "[{\"sku\":\"B-1\",\"quantity\":2,\"weight\":0.1,\"price\":\"19.90\","
              + "\"at\":\"2024-03-01T12:34:56.789Z\",\"kind\":\"GOODS\",\"batch\":\""
              + BATCH
              + "\","
              + "\"shipTo\":{\"city\":\"São Paulo\"}},{\"sku\":\"S|1\",\"quantity\":1,\"weight\":0,"
              + "\"at\":\"1970-01-01T00:00:00.000Z\",\"kind\":\"SERVICE\",\"batch\":\""
              + BATCH
              + "\"}]",
          json);
      Order updated = orders.update("o1", o -> new Order(o.id(), o.lines(), List.of(help)));
      assertEquals(updated, orders.get("o1"));
      assertNull(orders.get("o1").lines().get(1).shipTo());
      String rule =
          StoredObjects.catalog(bucket, prefix)
              .path("resources")
              .path("orders")
              .path("versions")
              .path("v1")
              .path("attributes")
              .path("lines")
              .asText();
      assertEquals("json|empty:false", rule);
    }
  }

  @Test
  void elementsAreValidatedLikeRecords(TestBucket bucket) {
    try (S3db db = S3db.connect(bucket.uri("record-lists-invalid-" + System.nanoTime()))) {
      List<Line> lines = new ArrayList<>();
      lines.add(
          new Line(
              null, 1, Float.NaN, null, Instant.EPOCH, Kind.GOODS, BATCH, new Place(null, null)));
      lines.add(null);
      ValidationException e =
          assertThrows(
              ValidationException.class,
              () -> OrderDao.of(db).insert(new Order("bad", lines, List.of())));
      assertEquals(
          List.of(
              "lines[1]:required",
              "lines.sku:required",
              "lines.weight:finite",
              "lines.shipTo.city:required"),
          e.violations().stream().map(v -> v.path() + ":" + v.rule()).toList());
      ValidationException empty =
          assertThrows(
              ValidationException.class,
              () -> OrderDao.of(db).insert(new Order("empty", List.of(), null)));
      assertEquals("notEmpty", empty.violations().get(0).rule());
    }
  }
}
