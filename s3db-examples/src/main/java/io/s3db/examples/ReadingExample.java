package io.s3db.examples;

import io.s3db.Page;
import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.RepairReport;
import io.s3db.S3db;
import io.s3db.UnreadableRecord;
import io.s3db.testing.EmbeddedS3;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Pages (cursor and offset), getMany, a corrupt record skipped and a stale reference repaired, on
 * an embedded S3 server: {@code mvn -q -pl s3db-examples -am compile exec:java
 * -Dexec.mainClass=io.s3db.examples.ReadingExample}.
 */
public final class ReadingExample {
  private ReadingExample() {}

  public static void main(String[] args) {
    try (EmbeddedS3 s3 = EmbeddedS3.inMemory()) {
      s3.createBucket("reading");
      try (S3db db = S3db.connect(s3.uri("reading", "shop"))) {
        OrderDao orders = OrderDao.of(db);
        List<Order> batch = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
          batch.add(
              new Order(
                  String.format("o%03d", i),
                  "c" + i % 7,
                  i % 2 == 0 ? "PAID" : "NEW",
                  "web",
                  100 + i,
                  new Order.Address("Lisbon", "PT")));
        }
        orders.insertMany(batch);

        // snippet: cursor-pages
        PartitionKey<Order> paid = OrderPartitions.byStatus("PAID");
        Page<Order> page = orders.page(paid, PageRequest.ofSize(50)); // 1 LIST + 50 HEADs
        int seen = page.items().size();
        while (page.nextRequest().isPresent()) {
          page = orders.page(paid, page.nextRequest().get());
          seen += page.items().size();
        }
        // end snippet: cursor-pages
        System.out.println("pages     " + seen + " PAID orders");

        // snippet: cursor-string
        Page<Order> first = orders.page(paid, PageRequest.ofSize(20));
        String cursor = first.nextRequest().orElseThrow().cursor().orElseThrow(); // opaque text
        // later, e.g. in the next HTTP request of a browser:
        Page<Order> second = orders.page(paid, PageRequest.ofCursor(cursor, 20));
        // end snippet: cursor-string
        System.out.println("cursor    " + second.items().get(0).id());

        // snippet: offset-page
        Page<Order> window = orders.page(PartitionKey.all(), PageRequest.ofOffset(200, 25));
        // skipped records are counted from keys, not fetched: 1 LIST + 25 HEADs here
        // end snippet: offset-page
        System.out.println("offset    " + window.items().get(0).id() + ", " + window);

        // snippet: get-many
        Map<String, Order> some = orders.getMany(List.of("o001", "o002", "nope"));
        // {o001=…, o002=…}: ids without a record are absent; 1 HEAD per id, in parallel
        // end snippet: get-many
        System.out.println("getMany   " + some.keySet());

        // plant a corrupt record and a stale reference, as a crash or another writer might
        s3.client()
            .putObject(
                r -> r.bucket("reading").key("shop/resource=orders/data/id=broken"),
                RequestBody.empty());
        s3.client()
            .putObject(
                r ->
                    r.bucket("reading")
                        .key("shop/resource=orders/partition=byStatus/status=PAID/id=ghost"),
                RequestBody.empty());

        // snippet: skipping-unreadable
        List<UnreadableRecord> skipped = new CopyOnWriteArrayList<>(); // told from worker threads
        List<Order> readable = orders.skippingUnreadable(skipped::add).list();
        for (UnreadableRecord u : skipped) {
          System.out.println("skipped   " + u.id() + ": " + u.error().getMessage());
        }
        // end snippet: skipping-unreadable
        System.out.println("readable  " + readable.size());

        System.out.println(
            "count     PAID " + orders.count(paid) + " (counts the stale reference)");
        // snippet: repair
        RepairReport report = orders.repair(); // reconcile references with records
        System.out.println(
            "repair    "
                + report.records()
                + " records, "
                + report.referencesAdded()
                + " references added, "
                + report.referencesRemoved()
                + " removed, unreadable "
                + report.unreadable());
        // end snippet: repair
        System.out.println("count     PAID " + orders.count(paid));
      }
    }
  }
}
