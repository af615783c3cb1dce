package io.s3db.interop;

import static io.s3db.interop.Shared.PEOPLE;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.Content;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #6: binary content across languages. Java's {@code setContent} is read by s3db.js's {@code
 * content()} and {@code hasContent()}, s3db.js's {@code setContent} by Java's {@code content()};
 * Java's update of a record whose content s3db.js set keeps the content (s3db.js reads it
 * afterwards), while s3db.js's own update replaces the content with its JSON copy of the record
 * (FORMAT.md §12 item 10): an expectation, after which Java reports no content and reads the
 * record's fields.
 */
@ExtendWith(S3ServerExtension.class)
class ContentTest {
  /** Every byte value, so no encoding step can pass unnoticed. */
  private static final byte[] PNG = bytes(0);

  private static final byte[] PDF = bytes(7);

  @Test
  void contentCrossesBothWays(TestBucket bucket) {
    String uri = bucket.uri("content");
    Mismatches mismatches = new Mismatches();
    Person java1 = person("j-1", "Java content");
    Person java2 = person("j-2", "Java content, Node update");
    Person java3 = person("j-3", "Java content, deleted");
    Person node1 = person("n-1", "Node content");
    Person node2 = person("n-2", "Node content, Node update");
    try (S3db db = Shared.connect(uri, PEOPLE)) {
      S3Dao<Person> people = PEOPLE.dao(db);
      for (Person p : new Person[] {java1, java2, java3, node1, node2}) {
        people.insert(p);
      }
      people.setContent("j-1", PNG, "image/png");
      people.setContent("j-2", PNG, "image/png");
      people.setContent("j-3", PDF, "application/pdf");
      people.deleteContent("j-3");
    }

    // Node reads Java's content, sets its own, and updates records that have content.
    NodeBatch node = NodeBatch.connect(uri);
    int j1 = node.content("people", "j-1");
    int j1Has = node.hasContent("people", "j-1");
    int j3Has = node.hasContent("people", "j-3");
    int j1Get = node.get("people", "j-1");
    int setN1 = node.setContent("people", "n-1", PDF, "application/pdf");
    int setN2 = node.setContent("people", "n-2", PNG, "image/png");
    int updateN2 =
        node.update(
            "people", "n-2", NodeBatch.JSON.createObjectNode().put("name", "renamed by Node"));
    int updateJ2 =
        node.update(
            "people", "j-2", NodeBatch.JSON.createObjectNode().put("name", "renamed by Node"));
    int n2Has = node.hasContent("people", "n-2");
    int j3Content = node.content("people", "j-3");
    NodeBatch.Results results = node.run();
    expectContent(
        mismatches,
        results,
        j1,
        PNG,
        "image/png",
        "people/j-1: Node's content() of Java's setContent");
    mismatches.expect(true, results.value(j1Has).asBoolean(), "people/j-1: Node's hasContent");
    // s3db.js's hasContent means "the body is not empty": true after its own update (its JSON copy
    // of the record), and true after Java's deleteContent, which leaves the 16-byte revision body
    // every Java write over a record leaves (README, Concurrent updates); s3db.js's content()
    // returns that body.
    mismatches.expect(
        true,
        results.value(n2Has).asBoolean(),
        "people/n-2: Node's hasContent after its own update");
    mismatches.expect(
        true,
        results.value(j3Has).asBoolean(),
        "people/j-3: Node's hasContent after Java's" + " deleteContent (the revision body)");
    // (the media type; its parameters name the Java write, README: Guarantees)
    mismatches.expect(
        "application/vnd.s3db.revision",
        mediaType(results.value(j3Content).path("contentType").asText(null)),
        "people/j-3: the type of what Node's content() returns after Java's deleteContent");
    mismatches.record(
        "people",
        "j-1 (Node get, with content)",
        Trees.of(java1),
        Trees.of(java1),
        Trees.of(java1),
        results.value(j1Get),
        java.util.Map.of());
    for (int step : new int[] {setN1, setN2, updateN2, updateJ2}) {
      results.value(step);
    }

    Person node2Renamed =
        new Person(
            "n-2",
            "renamed by Node",
            node2.nickname(),
            node2.age(),
            node2.visits(),
            node2.score(),
            node2.active(),
            node2.rank(),
            node2.lastSeen(),
            node2.rating(),
            node2.verified(),
            node2.address());
    Person java2Renamed =
        new Person(
            "j-2",
            "renamed by Node",
            java2.nickname(),
            java2.age(),
            java2.visits(),
            java2.score(),
            java2.active(),
            java2.rank(),
            java2.lastSeen(),
            java2.rating(),
            java2.verified(),
            java2.address());
    Person node1Renamed;
    try (S3db db = Shared.connect(uri, PEOPLE)) {
      S3Dao<Person> people = PEOPLE.dao(db);
      expectContent(
          mismatches,
          people.content("n-1"),
          PDF,
          "application/pdf",
          "people/n-1: Java's content() of Node's setContent");
      mismatches.expect(true, people.hasContent("n-1"), "people/n-1: Java's hasContent");
      mismatches.expect(
          node1, people.get("n-1"), "people/n-1: Java's get of a record with Node's content");
      // s3db.js's update wrote its JSON copy of the record over the content (FORMAT.md §12 item 10)
      mismatches.expect(
          false,
          people.hasContent("n-2"),
          "people/n-2: Java's hasContent after s3db.js's update" + " (s3db.js lost the content)");
      mismatches.expect(
          node2Renamed, people.get("n-2"), "people/n-2: Java's get after s3db.js's update");
      mismatches.expect(
          false,
          people.hasContent("j-2"),
          "people/j-2: Java's hasContent after s3db.js's update"
              + " of Java's content (s3db.js lost it)");
      mismatches.expect(
          java2Renamed, people.get("j-2"), "people/j-2: Java's get after s3db.js's update");
      // Java's update keeps the content s3db.js set
      node1Renamed =
          people.update(
              "n-1",
              p ->
                  new Person(
                      p.id(),
                      "renamed by Java",
                      p.nickname(),
                      p.age() + 1,
                      p.visits(),
                      p.score(),
                      p.active(),
                      p.rank(),
                      p.lastSeen(),
                      p.rating(),
                      p.verified(),
                      p.address()));
      expectContent(
          mismatches,
          people.content("n-1"),
          PDF,
          "application/pdf",
          "people/n-1: Java's content() after its own update");
    }

    NodeBatch reader = NodeBatch.connect(uri);
    int n1 = reader.content("people", "n-1");
    int n1Get = reader.get("people", "n-1");
    NodeBatch.Results read = reader.run();
    expectContent(
        mismatches,
        read,
        n1,
        PDF,
        "application/pdf",
        "people/n-1: Node's content() after Java's update of Node's content");
    mismatches.record(
        "people",
        "n-1 (Node get after Java's update)",
        Trees.of(node1Renamed),
        Trees.of(node1Renamed),
        Trees.of(node1Renamed),
        read.value(n1Get),
        java.util.Map.of());
    mismatches.assertNone("in binary content");
  }

  private static void expectContent(
      Mismatches mismatches,
      NodeBatch.Results results,
      int step,
      byte[] bytes,
      String type,
      String where) {
    JsonNode value = results.value(step);
    mismatches.expect(
        Base64.getEncoder().encodeToString(bytes),
        value.path("base64").asText(null),
        where + ": bytes");
    mismatches.expect(type, value.path("contentType").asText(null), where + ": content type");
  }

  private static void expectContent(
      Mismatches mismatches, Optional<Content> content, byte[] bytes, String type, String where) {
    if (content.isEmpty()) {
      mismatches.add(where + ": no content");
      return;
    }
    try (Content c = content.get()) {
      mismatches.expect(true, Arrays.equals(bytes, c.readAllBytes()), where + ": bytes");
      mismatches.expect(type, c.contentType(), where + ": content type");
    }
  }

  private static Person person(String id, String name) {
    return new Person(
        id,
        name,
        "ção 日本",
        30,
        5,
        1.5,
        true,
        null,
        null,
        null,
        null,
        new Person.Address("Rua 1", "Lisboa", null));
  }

  private static byte[] bytes(int shift) {
    byte[] b = new byte[1024];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i + shift);
    }
    return b;
  }

  private static String mediaType(String contentType) {
    return contentType == null ? null : contentType.split(";")[0];
  }
}
