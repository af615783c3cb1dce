package io.s3db.examples;

import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.testing.EmbeddedS3;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The ways to connect and the builder's settings, on an embedded S3 server: {@code mvn -q -pl
 * s3db-examples -am compile exec:java -Dexec.mainClass=io.s3db.examples.ConnectExample}.
 */
public final class ConnectExample {
  private ConnectExample() {}

  public static void main(String[] args) {
    try (EmbeddedS3 s3 = EmbeddedS3.inMemory()) {
      s3.createBucket("connect");
      String uri = s3.uri("connect", "databases/crm");

      // snippet: builder
      try (S3db db =
          S3db.builder()
              .uri(
                  uri) // http://KEY:SECRET@host:port/bucket/prefix or s3://KEY:SECRET@bucket/prefix
              .passphrase("example-passphrase") // encrypts @Secret fields
              .parallelism(10) // requests in flight per bulk call (the default)
              .parallelism("orders", 32) // one resource's own bound
              .hooks(Product.class, h -> h.beforeInsert((ctx, p) -> p.withSku("SKU-1")))
              .clock(Clock.systemUTC()) // stamps createdAt/updatedAt
              .verbose(false) // true: every request logged at INFO on io.s3db.requests
              .build()) {
        List<String> names = db.resources(); // every resource in s3db.json: 1 GET
        boolean known = db.resourceExists("orders"); // 1 GET
        S3Dao<Customer> customers = db.dao(Customer.class); // or CustomerDao.of(db)
        System.out.println(names + " " + known + " " + customers.name());
      }
      // end snippet: builder

      // snippet: own-client
      S3Client client = s3.client(); // any S3Client you configured; s3db leaves it open
      try (S3db db =
          S3db.builder()
              .client(client)
              .bucket("connect")
              .keyPrefix("databases/crm")
              .module(new GeneratedS3dbModule()) // register these resources, no class-path lookup
              .build()) {
        System.out.println(db.bucket() + "/" + db.keyPrefix() + ": " + db.resources().size());
      }
      // end snippet: own-client
    }
  }
}
