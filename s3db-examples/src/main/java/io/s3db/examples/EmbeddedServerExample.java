package io.s3db.examples;

import io.s3db.S3db;
import io.s3db.testing.EmbeddedS3;
import java.nio.file.Path;

/**
 * An application on an S3 server inside its own JVM, or on real S3 when {@code S3DB_URI} is set:
 * {@code mvn -q -pl s3db-examples -am compile exec:java
 * -Dexec.mainClass=io.s3db.examples.EmbeddedServerExample}.
 */
public final class EmbeddedServerExample {
  private EmbeddedServerExample() {}

  public static void main(String[] args) {
    // snippet: in-memory
    try (EmbeddedS3 s3 = EmbeddedS3.inMemory()) { // an S3 server on 127.0.0.1, a free port
      s3.createBucket("app");
      try (S3db db = S3db.connect(s3.uri("app", "crm"))) {
        run(db);
      }
    } // stops the server; in-memory data is gone
    // end snippet: in-memory

    // snippet: on-disk
    try (EmbeddedS3 s3 = EmbeddedS3.onDisk(Path.of("target", "embedded-data"))) {
      s3.createBucket("app"); // does nothing if it is there from an earlier run
      try (S3db db = S3db.connect(s3.uri("app", "crm"))) {
        run(db); // what it stores is there again on the next start
      }
    }
    // end snippet: on-disk

    // snippet: either
    String uri = System.getenv("S3DB_URI"); // e.g. s3://KEY:SECRET@my-bucket/crm
    if (uri != null && !uri.isBlank()) {
      try (S3db db = S3db.connect(uri)) {
        run(db);
      }
    } else {
      try (EmbeddedS3 s3 = EmbeddedS3.inMemory()) {
        s3.createBucket("app");
        try (S3db db = S3db.connect(s3.uri("app", "crm"))) {
          run(db);
        }
      }
    }
    // end snippet: either
  }

  private static void run(S3db db) {
    ProductDao products = ProductDao.of(db);
    products.upsert(new Product("pen", "Pen", "SKU-1", 3));
    System.out.println(db.bucket() + "/" + db.keyPrefix() + ": " + products.count() + " product");
  }
}
