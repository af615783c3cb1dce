package io.s3db.spark.example;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PartitionKey;
import io.s3db.S3db;
import io.s3db.testing.EmbeddedS3;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Aggregates N sales (default 100 000) by region, in each of R rounds (default 1): with Spark
 * ({@code local[*]}, the s3db data source) and with one JVM's {@code documents("sales").stream()},
 * and prints both times and the load average. The data lives in an embedded S3 server (in memory)
 * unless {@code S3DB_URI} names a database, which is seeded when its {@code sales} are fewer than
 * N.
 *
 * <pre>
 * mvn -o -q -pl s3db-spark -am test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.s3db.spark.example.AggregationExample -Dexec.appArgs=100000
 * </pre>
 */
public final class AggregationExample {
  private static final String[] REGIONS = {
    "eu-west", "eu-north", "us-east", "us-west", "ap-south", "ap-east", "sa-east", "af-south"
  };
  private static final int PARALLELISM = 10;

  private AggregationExample() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    String given = System.getenv("S3DB_URI");
    EmbeddedS3 server = null;
    String uri;
    if (given != null) {
      uri = given;
    } else {
      server = EmbeddedS3.inMemory();
      server.createBucket("example");
      uri = server.uri("example", "db");
    }
    try {
      System.out.println("load before: " + load());
      seed(uri, n);
      System.out.println("load after seeding: " + load());
      for (int round = 1; round <= rounds; round++) {
        long t0 = System.nanoTime();
        Map<String, Long> streamed = viaStream(uri);
        long t1 = System.nanoTime();
        System.out.printf(
            "round %d stream(): %.1f s, %s, load %s%n", round, (t1 - t0) / 1e9, streamed, load());
        long t2 = System.nanoTime();
        Map<String, Long> sparked = viaSpark(uri);
        long t3 = System.nanoTime();
        System.out.printf(
            "round %d spark: %.1f s, %s, load %s%n", round, (t3 - t2) / 1e9, sparked, load());
        if (!streamed.equals(sparked)) {
          throw new AssertionError("the two counts differ: " + streamed + " vs " + sparked);
        }
      }
    } finally {
      SparkSession.active().stop();
      if (server != null) {
        server.close();
      }
    }
  }

  private static void seed(String uri, int n) {
    try (S3db db = S3db.builder().uri(uri).parallelism(32).build()) {
      SaleDao sales = SaleDao.of(db);
      long have = sales.count(PartitionKey.all());
      long t0 = System.nanoTime();
      List<Sale> batch = new ArrayList<>();
      for (long i = have; i < n; i++) {
        batch.add(
            new Sale(
                String.format("s-%07d", i),
                REGIONS[(int) (i % REGIONS.length)],
                "p" + i % 100,
                1 + i % 5,
                (i % 1000) / 10.0));
        if (batch.size() == 5_000 || i == n - 1) {
          sales.insertMany(batch).failures().stream()
              .findFirst()
              .ifPresent(
                  f -> {
                    throw new IllegalStateException(f.toString());
                  });
          batch.clear();
        }
      }
      System.out.printf("seeded %d sales in %.1f s%n", n - have, (System.nanoTime() - t0) / 1e9);
    }
  }

  /** One JVM: the documents' stream, grouped in memory. */
  private static Map<String, Long> viaStream(String uri) {
    try (S3db db = S3db.builder().uri(uri).parallelism(PARALLELISM).build();
        var documents = db.documents("sales").stream(PartitionKey.<ObjectNode>all())) {
      return documents.collect(
          Collectors.groupingBy(
              d -> d.get("region").asText(), TreeMap::new, Collectors.counting()));
    }
  }

  /** Spark: the s3db source, grouped by Spark (the sum too, to read a column besides the key). */
  private static Map<String, Long> viaSpark(String uri) {
    SparkSession spark =
        SparkSession.builder()
            .master("local[*]")
            .appName("s3db-aggregation")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    // snippet: read
    List<Row> rows =
        spark
            .read()
            .format("s3db")
            .option("uri", uri)
            .option("resource", "sales")
            .option("parallelism", PARALLELISM)
            .load()
            .groupBy("region")
            .agg(count("id").as("sales"), sum("amount").as("total"))
            .collectAsList();
    // end snippet: read
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : rows) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }

  private static String load() throws java.io.IOException {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }
}
