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
      CustomerDao customers = CustomerDao.of(db); // generated; no lookup, no reflection

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

      System.out.println("read back " + customers.get(ana.id()));

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
      System.out.println("updated   " + updated);

      System.out.println("count     " + customers.count());
      System.out.println("ids       " + customers.listIds());
      customers
          .list()
          .forEach(
              c -> System.out.println("listed    " + c.name() + " (" + c.address().city() + ")"));

      customers.delete(bo.id());
      System.out.println("deleted   " + bo.id() + "; exists now: " + customers.exists(bo.id()));
    }
  }
}
