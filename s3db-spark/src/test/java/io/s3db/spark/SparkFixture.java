package io.s3db.spark;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.s3db.S3db;
import io.s3db.testing.EmbeddedS3;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;

/**
 * One embedded S3 server and one local Spark (2 cores, no UI) for every test class of the JVM:
 * starting Spark takes seconds. Both live until the JVM exits. In local mode the executors are
 * threads of this JVM, so they reach the server on 127.0.0.1.
 */
final class SparkFixture {
  static final String PASSPHRASE = "spark-test-passphrase";
  static final String[] STATUSES = {"PAID", "OPEN", "SHIPPED"};
  static final String[] CITIES = {"Lisbon", "Porto", "Faro", "Braga"};

  private static EmbeddedS3 server;
  private static SparkSession spark;
  private static int buckets;

  private SparkFixture() {}

  static synchronized EmbeddedS3 server() {
    if (server == null) {
      server = EmbeddedS3.inMemory();
    }
    return server;
  }

  static synchronized SparkSession spark() {
    if (spark == null) {
      spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("s3db-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              // rows hold java.time values, as the documents do
              .config("spark.sql.datetime.java8API.enabled", "true")
              .config("spark.sql.session.timeZone", "UTC")
              .getOrCreate();
    }
    return spark;
  }

  /** A fresh bucket's connection string. */
  static synchronized String newDatabase() {
    String bucket = "spark-" + (++buckets);
    server().createBucket(bucket);
    return server().uri(bucket, "db");
  }

  /** {@code count} orders, ids {@code o-000}…, statuses and cities in turn. */
  static List<Order> orders(int count) {
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      orders.add(
          new Order(
              String.format("o-%03d", i),
              STATUSES[i % STATUSES.length],
              i,
              i * 1.5,
              i % 2 == 0,
              LocalDate.of(2026, 11, 1).plusDays(i % 28),
              Instant.parse("2026-11-24T10:00:00.123Z").plusSeconds(i),
              UUID.nameUUIDFromBytes(new byte[] {(byte) i}),
              List.of("t" + i % 4, "all"),
              List.of((long) i, (long) i * 2),
              List.of(i / 2.0),
              List.of(i % 3 == 0),
              new Order.Address(CITIES[i % CITIES.length], i % 5 == 0 ? null : "40" + i),
              i % 2 == 0 ? JsonNodeFactory.instance.objectNode().put("n", i) : null,
              i % 7 == 0 ? "note " + i : null));
    }
    return orders;
  }

  /** A database holding {@link #orders} and three accounts with secrets. */
  static String seeded(int count) {
    String uri = newDatabase();
    try (S3db db = S3db.builder().uri(uri).passphrase(PASSPHRASE).build()) {
      OrderDao.of(db)
          .insertMany(orders(count))
          .failures()
          .forEach(
              f -> {
                throw new AssertionError(f.toString());
              });
      AccountDao accounts = AccountDao.of(db);
      for (int i = 0; i < 3; i++) {
        accounts.insert(new Account("a-" + i, "user " + i, "secret-" + i));
      }
    }
    return uri;
  }
}
