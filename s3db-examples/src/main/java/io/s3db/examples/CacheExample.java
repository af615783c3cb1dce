package io.s3db.examples;

import io.s3db.S3db;
import io.s3db.cache.CachePlugin;
import io.s3db.events.CacheEvent;
import io.s3db.events.S3dbListener;
import io.s3db.testing.EmbeddedS3;
import java.time.Duration;
import java.util.List;

/**
 * The cache plugin: reads answered from memory, forgotten on every write through the database, and
 * another process's write unseen until the TTL or an invalidation: {@code mvn -q -pl s3db-examples
 * -am compile exec:java -Dexec.mainClass=io.s3db.examples.CacheExample}.
 */
public final class CacheExample {
  private CacheExample() {}

  /** The plugin: the README's "Cache plugin" snippet is this method's body. */
  static CachePlugin cache() {
    // snippet: cache
    return CachePlugin.builder()
        .resource(Product.class) // opt in per resource (s3db.js: cache: true), or allResources()
        .ttl(Duration.ofMinutes(1)) // also the longest other processes' writes go unseen
        .maximumSize(10_000) // answers kept; a whole list() is one
        .build();
    // end snippet: cache
  }

  public static void main(String[] args) {
    try (ExampleDatabase example = ExampleDatabase.open("cache-example")) {
      S3db other = example.db(); // another process, as far as the cache can tell
      CachePlugin cache = cache();
      try (S3db db =
          S3db.builder().uri(uriOf(example)).plugin(cache).listener(new Printer()).build()) {
        ProductDao products = ProductDao.of(db);
        products.deleteAll(); // start clean
        products.insertMany(
            List.of(
                new Product("pen", "Pen", "SKU-1", 10),
                new Product("ink", "Ink", "SKU-2", 5),
                new Product("pad", "Pad", "SKU-3", 0)));

        System.out.println("get       " + products.get("pen")); // miss: 1 HEAD
        System.out.println("get       " + products.get("pen")); // hit: no request
        System.out.println("count     " + products.count()); // miss: 1 LIST
        System.out.println("count     " + products.count()); // hit

        // snippet: cache-writes
        // a write through this database is seen at once: it forgets pen's answers and the count
        products.update("pen", p -> p.withStock(p.stock() - 1));
        System.out.println("after     " + products.get("pen"));

        // another process's write is not seen until the TTL, unless you invalidate
        ProductDao.of(other).update("ink", p -> p.withStock(50));
        products.get("ink"); // read now (miss), then served from memory
        ProductDao.of(other).update("ink", p -> p.withStock(99));
        System.out.println("stale     " + products.get("ink") + " (the other wrote 99)");
        cache.invalidate("products");
        System.out.println("fresh     " + products.get("ink"));
        // end snippet: cache-writes

        System.out.println("stats     " + cache.stats());
      }
    }
  }

  /** Where {@link ExampleDatabase} keeps the data: the embedded server, or S3DB_URI. */
  private static String uriOf(ExampleDatabase example) {
    EmbeddedS3 embedded = example.embedded();
    if (embedded != null) {
      return embedded.uri("examples", "cache-example");
    }
    return System.getenv("S3DB_URI");
  }

  /** Prints the cache's events. */
  private static final class Printer implements S3dbListener {
    @Override
    public void cacheHit(CacheEvent e) {
      System.out.println("  hit     " + e.resource() + " " + e.operation() + " " + e.key());
    }

    @Override
    public void cacheMiss(CacheEvent e) {
      System.out.println("  miss    " + e.resource() + " " + e.operation() + " " + e.key());
    }
  }
}
