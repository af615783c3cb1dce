package io.s3db.examples;

import io.s3db.S3db;
import io.s3db.events.CatalogUploadedEvent;
import io.s3db.events.ResourceCreatedEvent;
import io.s3db.events.ResourceEvents;
import io.s3db.events.S3dbListener;
import io.s3db.events.VersionUpdatedEvent;

/**
 * Listeners: the database's (resources created, the catalog uploaded) and one resource's, typed
 * with its record (insert, update with before and after, get, delete, over the 2 KB limit): {@code
 * mvn -q -pl s3db-examples -am compile exec:java -Dexec.mainClass=io.s3db.examples.EventsExample}.
 */
public final class EventsExample {
  private EventsExample() {}

  // snippet: catalog-watch
  /** The database's listener: the README's "Events" snippet shows it. */
  static final class CatalogWatch implements S3dbListener {
    @Override
    public void resourceCreated(ResourceCreatedEvent e) {
      System.out.println("created   " + e.resource() + " " + e.version());
    }

    @Override
    public void versionUpdated(VersionUpdatedEvent e) {
      System.out.println(
          "version   " + e.resource() + " " + e.oldVersion() + " -> " + e.newVersion());
    }

    @Override
    public void catalogUploaded(CatalogUploadedEvent e) {
      System.out.println("catalog   " + e.key() + " " + e.resources().size() + " resources");
    }
  }

  // end snippet: catalog-watch

  /** One resource's listeners: the README's "Events" snippet is this method's body. */
  static void listen(ProductDao products) {
    // snippet: listen
    ResourceEvents<Product> events = products.events(); // shared by every ProductDao
    events.onInsert(p -> System.out.println("inserted  " + p.id()));
    events.onUpdate(
        (old, now) -> System.out.println("updated   " + old.stock() + " -> " + now.stock()));
    events.onGet(p -> System.out.println("read      " + p.id()));
    events.onDelete(id -> System.out.println("deleted   " + id));
    events.onExceedsLimit(
        e -> System.out.println("over 2 KB " + e.id() + " +" + e.excess() + " B"));
    // end snippet: listen
  }

  public static void main(String[] args) {
    try (ExampleDatabase example =
        ExampleDatabase.open("events-example", b -> b.listener(new CatalogWatch()))) {
      S3db db = example.db();
      ProductDao products = ProductDao.of(db);
      listen(products);

      Product pen = products.insert(new Product("pen", "Pen", "SKU-1", 3));
      products.update(pen.id(), p -> p.withStock(p.stock() - 1));
      products.get(pen.id());
      products.insert(new Product("poster", "A".repeat(2500), "SKU-2", 1));
      products.delete(pen.id());
      products.delete("poster");
    }
  }
}
