package io.s3db.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PartitionKey;
import io.s3db.S3db;
import io.s3db.ValidationException;
import io.s3db.documents.AttributeDescription;
import io.s3db.documents.Documents;
import io.s3db.documents.ResourceDescription;
import java.util.List;
import java.util.Map;

/**
 * Any resource of the catalog without its Java record: {@code orders} as documents, read, listed by
 * partition, described and written with s3db.js's validation: {@code mvn -q -pl s3db-examples -am
 * compile exec:java -Dexec.mainClass=io.s3db.examples.DocumentsExample}.
 */
public final class DocumentsExample {
  private DocumentsExample() {}

  public static void main(String[] args) {
    try (ExampleDatabase example = ExampleDatabase.open("documents-example")) {
      S3db db = example.db();
      // another service (or s3db.js) declared and wrote the resource
      OrderDao typed = OrderDao.of(db);
      typed.insert(new Order("o1", "ana", "PAID", "web", 4200, new Order.Address("Porto", "PT")));
      typed.insert(new Order("o2", "bo", "NEW", "shop", 990, new Order.Address("Lyon", "FR")));

      // snippet: read
      Documents orders = db.documents("orders"); // the schema comes from s3db.json
      ObjectNode order = orders.get("o1");
      String city = order.path("shipTo").path("city").asText(); // s3db.js's names and nesting
      long cents = order.get("cents").asLong();
      String created = order.get("createdAt").asText(); // dates as ISO-8601 text
      // end snippet: read
      System.out.println("o1        " + order);
      System.out.println("fields    " + city + ", " + cents + " cents, created " + created);

      // snippet: partition
      PartitionKey<ObjectNode> paid = orders.partition("byStatus", Map.of("status", "PAID"));
      List<ObjectNode> paidOrders = orders.list(paid);
      long fromPortugal =
          orders.count(
              orders.partition(
                  "byCountryAndChannel", Map.of("shipTo.country", "PT", "channel", "web")));
      // end snippet: partition
      System.out.println("paid      " + paidOrders.size() + ", from PT on the web " + fromPortugal);

      // snippet: describe
      ResourceDescription description = orders.describe();
      for (AttributeDescription attribute : description.attributes()) {
        System.out.println(attribute.path() + "  " + attribute.rule() + "  " + attribute.type());
      }
      System.out.println(
          description.currentVersion()
              + " of "
              + description.versions()
              + (description.writable() ? ", writable" : ", read-only: ")
              + description.whyReadOnly().orElse(""));
      // end snippet: describe

      // snippet: write
      ObjectNode fresh = JsonNodeFactory.instance.objectNode();
      fresh.put("id", "o3").put("customer", "cy").put("status", "NEW").put("channel", "web");
      fresh.put("cents", 1500).putObject("shipTo").put("city", "Faro").put("country", "PT");
      orders.insert(fresh); // validated as s3db.js validates the rules, then stored
      orders.update("o3", o -> o.put("status", "PAID")); // references move as for a record
      try {
        orders.insert(fresh.deepCopy().put("id", "o4").put("cents", "a lot"));
      } catch (ValidationException e) {
        System.out.println("refused   " + e.violations()); // field, rule, value; nothing sent
      }
      // end snippet: write
      System.out.println("typed o3  " + typed.get("o3"));
      typed.deleteAll();
    }
  }
}
