package io.s3db.examples;

import io.s3db.costs.CostsPlugin;
import io.s3db.costs.CostsSnapshot;
import io.s3db.costs.Usage;
import io.s3db.plugin.OperationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a workload costs in S3 requests, counted as they are sent and priced at S3 Standard
 * us-east-1: {@code mvn -q -pl s3db-examples -am compile exec:java
 * -Dexec.mainClass=io.s3db.examples.CostsExample}.
 */
public final class CostsExample {
  private CostsExample() {}

  public static void main(String[] args) {
    // snippet: costs
    CostsPlugin costs = CostsPlugin.create(); // or create(PriceTable.perThousand("0.01", "0.001"))
    try (ExampleDatabase example = ExampleDatabase.open("costs-example", b -> b.plugin(costs))) {
      ProductDao products = ProductDao.of(example.db());
      products.deleteAll(); // start clean
      System.out.println("connecting and cleaning up: " + costs.snapshot());
      costs.reset(); // count the workload only
      // end snippet: costs

      List<Product> batch = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        batch.add(new Product("p" + i, "Product " + i, "SKU-" + i, i % 7));
      }
      products.insertMany(batch);
      for (int i = 0; i < 50; i++) {
        products.get("p" + i);
      }
      products.update("p1", p -> p.withStock(p.stock() + 10));
      products.list();
      products.count();
      products.deleteMany(List.of("p0", "p1", "p2"));
      products.deleteAll();

      // snippet: snapshot
      CostsSnapshot snapshot = costs.snapshot();
      print("DAO call", snapshot.byDaoOperation());
      print("S3 request", snapshot.byS3Operation());
      // end snippet: snapshot
      System.out.println(
          "\nTotal: "
              + snapshot.requests()
              + " requests, $"
              + snapshot.cost().toPlainString()
              + " at "
              + "S3 Standard us-east-1 (deletes are free; storage and transfer not included)");
    }
  }

  private static void print(String title, Map<?, Usage> rows) {
    System.out.printf(
        Locale.ROOT,
        "%n%-14s %8s %7s %9s %9s %9s %9s %10s%n",
        title,
        "requests",
        "retries",
        "body out",
        "body in",
        "meta out",
        "meta in",
        "cost $");
    for (Map.Entry<?, Usage> row : rows.entrySet()) {
      Usage u = row.getValue();
      String name =
          row.getKey() instanceof OperationKind kind
              ? kind.name().toLowerCase(Locale.ROOT)
              : row.getKey().toString();
      System.out.printf(
          Locale.ROOT,
          "%-14s %8d %7d %9d %9d %9d %9d %10s%n",
          name,
          u.requests(),
          u.retries(),
          u.bytesSent(),
          u.bytesReceived(),
          u.metadataBytesSent(),
          u.metadataBytesReceived(),
          u.cost().toPlainString());
    }
  }
}
