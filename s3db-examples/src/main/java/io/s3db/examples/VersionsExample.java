package io.s3db.examples;

import io.s3db.PartitionKey;
import io.s3db.S3db;
import io.s3db.events.S3dbListener;
import io.s3db.events.VersionUpdatedEvent;
import java.util.List;

/**
 * Schema versions and versioning: {@code mvn -q -pl s3db-examples -am compile exec:java
 * -Dexec.mainClass=io.s3db.examples.VersionsExample}.
 */
public final class VersionsExample {
  private VersionsExample() {}

  public static void main(String[] args) {
    // snippet: version-listener
    S3dbListener versions =
        new S3dbListener() {
          @Override
          public void versionUpdated(VersionUpdatedEvent e) {
            // told while connecting, when a definition differs from every version in s3db.json
            System.out.println(
                "version   " + e.resource() + ": " + e.oldVersion() + " -> " + e.newVersion());
          }
        };
    // end snippet: version-listener
    try (ExampleDatabase example =
        ExampleDatabase.open("versions-example", b -> b.listener(versions))) {
      S3db db = example.db();
      ContractDao contracts = ContractDao.of(db);
      contracts.deleteAll(); // start clean

      // snippet: version-stamp
      contracts.hooks().afterInsert((ctx, c) -> System.out.println("stamped   " + ctx.version()));
      Contract c1 = contracts.insert(new Contract("c1", "acme", 120_000));
      // end snippet: version-stamp

      // snippet: by-version
      List<Contract> v1 = contracts.list(PartitionKey.byVersion("v1"));
      long inV1 = contracts.count(PartitionKey.byVersion("v1"));
      // end snippet: by-version
      System.out.println("byVersion v1: " + inV1 + " " + v1);
      contracts.update(c1.id(), c -> ContractWith.of(c).cents(c.cents() + 5_000).build());
      System.out.println("updated   " + contracts.get(c1.id()));
    }
  }
}
