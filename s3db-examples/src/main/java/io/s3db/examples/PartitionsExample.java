package io.s3db.examples;

import io.s3db.BulkResult;
import io.s3db.BulkWriter;
import io.s3db.Page;
import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.ProgressListener;
import io.s3db.S3db;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Partitions, paging, bulk insert with a progress bar, streaming and bulk delete: {@code mvn -q -pl
 * s3db-examples -am compile exec:java -Dexec.mainClass=io.s3db.examples.PartitionsExample}.
 */
public final class PartitionsExample {
  private static final String[] CITIES = {
    "Lisbon:PT", "Porto:PT", "Madrid:ES", "Paris:FR", "Berlin:DE"
  };
  private static final String[] STATUSES = {"NEW", "PAID", "SHIPPED"};

  private PartitionsExample() {}

  public static void main(String[] args) {
    try (ExampleDatabase example = ExampleDatabase.open("partitions-example")) {
      S3db db = example.db();
      OrderDao orders = OrderDao.of(db);
      orders.deleteAll(); // start clean (refused on paranoid resources)

      // bulk insert: 2 000 orders, 10 requests in flight, a progress bar
      List<Order> batch = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        String[] city = CITIES[i % CITIES.length].split(":");
        batch.add(
            new Order(
                String.format("o%04d", i),
                "customer-" + (i % 97),
                STATUSES[i % STATUSES.length],
                i % 4 == 0 ? "web" : "shop",
                500 + i,
                new Order.Address(city[0], city[1])));
      }
      // snippet: insert-many
      BulkResult<Order> inserted = orders.insertMany(batch, progressBar("insertMany"));
      System.out.println(
          "inserted  "
              + inserted.succeededCount()
              + " orders, "
              + inserted.failures().size()
              + " failures (each: 1 PUT + 4 partition references, 2 of them byCreatedDate/byUpdatedDate)");
      // end snippet: insert-many

      // partitions: LIST-only counts, and lists that read only the partition's records
      // snippet: partition-reads
      PartitionKey<Order> paid = OrderPartitions.byStatus("PAID");
      System.out.println("count     PAID: " + orders.count(paid) + " (LIST requests only)");
      System.out.println(
          "count     PT/web: " + orders.count(OrderPartitions.byCountryAndChannel("PT", "web")));
      List<Order> frenchWeb = orders.list(OrderPartitions.byCountryAndChannel("FR", "web"));
      System.out.println(
          "list      FR/web: " + frenchWeb.size() + " orders, first " + frenchWeb.get(0));
      List<Order> bigPaid = orders.query(paid, o -> o.cents() > 2400);
      // end snippet: partition-reads
      System.out.println("query     PAID over 24.00: " + bigPaid.stream().map(Order::id).toList());

      // an update moves the order between partitions: 1 HEAD + 1 PUT + 1 PUT (new ref) + 1 DELETE
      // (old ref)
      // snippet: move
      Order shipped = orders.update("o0001", o -> OrderWith.of(o).status("SHIPPED").build());
      // end snippet: move
      System.out.println("update    o0001 PAID -> SHIPPED; PAID now " + orders.count(paid));

      // timestamps: createdAt kept, updatedAt moved; byCreatedDate/byUpdatedDate group orders by
      // UTC day
      // snippet: date-partitions
      LocalDate today = LocalDate.ofInstant(shipped.createdAt(), ZoneOffset.UTC);
      System.out.println(
          "timestamps o0001 created "
              + shipped.createdAt()
              + ", updated "
              + shipped.updatedAt()
              + "; created on "
              + today
              + ": "
              + orders.count(OrderPartitions.byCreatedDate(today)));
      // end snippet: date-partitions

      // cursor pages of 300: 1 LIST each, plus a HEAD per order on the page
      // snippet: pages
      Page<Order> page = orders.page(paid, PageRequest.ofSize(300));
      int pages = 1;
      while (page.nextRequest().isPresent()) {
        page = orders.page(paid, page.nextRequest().get());
        pages++;
      }
      // end snippet: pages
      System.out.println(
          "page      PAID in "
              + pages
              + " pages of up to 300; the last has "
              + page.items().size());

      // streaming: lazy, a page of keys at a time, constant memory
      // snippet: stream
      try (Stream<Order> all = orders.stream(PartitionKey.all())) {
        Map<String, Long> centsByCountry =
            all.collect(
                Collectors.groupingBy(
                    o -> o.shipTo().country(), TreeMap::new, Collectors.summingLong(Order::cents)));
        System.out.println("stream    cents by country: " + centsByCountry);
      }
      // end snippet: stream

      // a bulk writer for imports of unknown length: bounded memory, back-pressure, failures
      // collected
      // snippet: writer
      BulkWriter<Order> writer = orders.writer(BulkWriter.options().concurrency(8).batchSize(50));
      try (writer) {
        for (int i = 0; i < 300; i++) {
          writer.add(
              new Order(null, "walk-in", "NEW", "shop", 100 + i, new Order.Address("Porto", "PT")));
        }
        writer.add(batch.get(0)); // already stored: reported, not thrown
      } // close() waits for the last inserts
      BulkResult<Order> written = writer.result();
      // end snippet: writer
      System.out.println(
          "writer    "
              + written.succeededCount()
              + " written, failed: "
              + written.failures().stream()
                  .map(f -> f.id() + " (" + f.error().getClass().getSimpleName() + ")")
                  .toList());

      // bulk delete: 1 HEAD per id (to find its references) + DeleteObjects of up to 1 000 keys
      // snippet: delete-many
      BulkResult<String> deleted =
          orders.deleteMany(orders.listIds(OrderPartitions.byStatus("NEW")));
      // end snippet: delete-many
      System.out.println(
          "deleteMany NEW: "
              + deleted.succeededCount()
              + " deleted; NEW now "
              + orders.count(OrderPartitions.byStatus("NEW"))
              + ", all "
              + orders.count());
      // snippet: delete-all
      System.out.println("deleteAll " + orders.deleteAll() + " orders and their references");
      // end snippet: delete-all
    }
  }

  // snippet: progress-bar
  /** Draws {@code label [######### ] 45%} on one line. */
  static ProgressListener progressBar(String label) {
    return (done, total) -> {
      int width = 30;
      int filled = (int) (width * done / Math.max(1, total));
      if (done == total || done % 50 == 0) {
        System.out.printf(
            "\r%-10s[%s%s] %3d%%",
            label, "#".repeat(filled), " ".repeat(width - filled), 100 * done / Math.max(1, total));
        if (done == total) {
          System.out.println();
        }
      }
    };
  }
  // end snippet: progress-bar
}
