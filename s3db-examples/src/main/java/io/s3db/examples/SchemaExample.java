package io.s3db.examples;

import io.s3db.S3db;
import io.s3db.ValidationException;
import io.s3db.testing.EmbeddedS3;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Types, validation and secrets: {@code mvn -q -pl s3db-examples -am compile exec:java
 * -Dexec.mainClass=io.s3db.examples.SchemaExample}.
 */
public final class SchemaExample {
  private SchemaExample() {}

  public static void main(String[] args) {
    try (ExampleDatabase example = ExampleDatabase.open("schema", "example-passphrase")) {
      S3db db = example.db();
      AccountDao accounts = AccountDao.of(db);

      // snippet: insert
      Account ana =
          accounts.insert(
              new Account(
                  null,
                  "Ana Lima",
                  "ana@example.com",
                  120,
                  null,
                  UUID.randomUUID(),
                  Instant.now().truncatedTo(ChronoUnit.MILLIS),
                  LocalDate.of(1990, 5, 17),
                  List.of("vip", "early|adopter"),
                  Map.of("theme", "dark", "pageSize", 50),
                  null));
      // end snippet: insert
      System.out.println(
          "inserted   "
              + ana.name()
              + ", plan "
              + ana.plan()
              + " (the default), generated token "
              + ana.apiToken().length()
              + " characters long");

      EmbeddedS3 embedded = example.embedded();
      if (embedded != null) {
        String key = db.keyPrefix() + "/resource=accounts/data/id=" + ana.id();
        System.out.println(
            "stored     "
                + new TreeMap<>(
                    embedded.client().headObject(b -> b.bucket(db.bucket()).key(key)).metadata()));
      }
      System.out.println("read back  " + accounts.get(ana.id()).equals(ana));

      // snippet: validation
      try {
        accounts.insert(
            new Account(
                null,
                "A",
                "not-an-email",
                -5,
                null,
                UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                null,
                List.of(),
                Map.of(),
                null));
      } catch (ValidationException e) {
        System.out.println("rejected   before any request:");
        e.violations().forEach(v -> System.out.println("           " + v));
      }
      // end snippet: validation
    }
  }
}
