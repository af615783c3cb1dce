package io.s3db.examples;

import io.s3db.BulkResult;
import io.s3db.S3db;
import io.s3db.ValidationException;
import io.s3db.ids.UuidV7Ids;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Custom ids: ids made from the record ({@link InvoiceIds}), a generated id that breaks the key
 * rules, and time-ordered UUID v7 ids ({@link UuidV7Ids}) that list in creation order: {@code mvn
 * -q -pl s3db-examples -am compile exec:java -Dexec.mainClass=io.s3db.examples.IdsExample}.
 */
public final class IdsExample {
  private IdsExample() {}

  public static void main(String[] args) {
    try (ExampleDatabase example = ExampleDatabase.open("ids-example")) {
      S3db db = example.db();
      InvoiceDao invoices = InvoiceDao.of(db);
      LogEntryDao log = LogEntryDao.of(db);
      invoices.deleteAll(); // start clean
      log.deleteAll();

      // the generator gets the record: its id starts with the customer and the day
      Invoice first = invoices.insert(new Invoice(null, "acme", LocalDate.of(2026, 12, 1), 12_900));
      System.out.println("inserted  " + first.id());
      // bulk inserts (and writers) use it too; a given id still wins
      BulkResult<Invoice> bulk =
          invoices.insertMany(
              List.of(
                  new Invoice(null, "globex", LocalDate.of(2026, 11, 30), 4_500),
                  new Invoice(null, "acme", LocalDate.of(2026, 11, 2), 990),
                  new Invoice("manual-1", "initech", LocalDate.of(2026, 12, 1), 100)));
      bulk.succeeded().forEach(i -> System.out.println("inserted  " + i.id()));
      // S3 lists keys in order: the customer's invoices together, by day
      System.out.println("listed    " + invoices.listIds());

      // snippet: refused
      // a generated id obeys the rules of given ones: this one would nest the key
      try {
        invoices.insert(new Invoice(null, "acme/eu", LocalDate.of(2026, 12, 1), 1));
      } catch (ValidationException refused) {
        // end snippet: refused
        System.out.println("refused   " + refused.getMessage() + " (nothing written)");
      }

      // UUID v7: the time comes first, so records list in the order they were written
      for (String message : List.of("started", "loaded 3 invoices", "stopped")) {
        LogEntry entry = log.insert(new LogEntry(null, message));
        String id = Objects.requireNonNull(entry.id());
        System.out.println("logged    " + id + " at " + UuidV7Ids.timestamp(id));
      }
      log.list().forEach(e -> System.out.println("log       " + e.message()));
    }
  }
}
