package io.s3db.examples;

import io.s3db.S3db;
import io.s3db.testing.EmbeddedS3;
import java.util.Map;
import java.util.TreeMap;

/** The README's quick start: store, read, update, list, count and delete customers. */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) {
    try (ExampleDatabase example = ExampleDatabase.open("quickstart")) {
      S3db db = example.db();
      // snippet: dao
      CustomerDao customers = CustomerDao.of(db); // generated; no lookup, no reflection
      // end snippet: dao

      // snippet: insert
      Customer ana =
          customers.insert(
              new Customer(
                  null,
                  "Ana Lima",
                  "ana@example.com",
                  3,
                  120.5,
                  true,
                  new Customer.Address("Rua Augusta 10", "São Paulo"),
                  null));
      // end snippet: insert
      System.out.println("inserted  " + ana);

      Customer bo =
          customers.insert(
              new Customer(
                  null,
                  "Bo",
                  "bo@example.com",
                  0,
                  0,
                  false,
                  new Customer.Address("Main St 1", "Lisbon"),
                  "prefers email"));
      System.out.println("inserted  " + bo);

      EmbeddedS3 embedded = example.embedded();
      if (embedded != null) {
        String key = db.keyPrefix() + "/resource=customers/data/id=" + ana.id();
        Map<String, String> metadata =
            embedded.client().headObject(b -> b.bucket(db.bucket()).key(key)).metadata();
        System.out.println(
            "stored    s3://" + db.bucket() + "/" + key + " metadata " + new TreeMap<>(metadata));
        System.out.println(
            "          (one short key per field, as s3db.json's schemaRegistry numbers them;"
                + " numbers in base 62, non-ASCII text as u:…, _v the schema version)");
      }

      // snippet: reads
      System.out.println("read back " + customers.get(ana.id()));
      // end snippet: reads

      // snippet: update
      // CustomerWith (generated) copies the record, so the update names only what it changes
      Customer updated =
          customers.update(
              ana.id(),
              c ->
                  CustomerWith.of(c)
                      .orders(c.orders() + 1)
                      .balance(c.balance() - 20)
                      .notes("called on Monday")
                      .build());
      // end snippet: update
      System.out.println("updated   " + updated);

      // snippet: lists
      System.out.println("count     " + customers.count());
      System.out.println("ids       " + customers.listIds());
      customers
          .list()
          .forEach(
              c -> System.out.println("listed    " + c.name() + " (" + c.address().city() + ")"));
      // end snippet: lists

      // snippet: delete
      customers.delete(bo.id());
      // end snippet: delete
      System.out.println("deleted   " + bo.id() + "; exists now: " + customers.exists(bo.id()));
    }
  }
}
