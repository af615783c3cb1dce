package io.s3db.interop;

import static io.s3db.interop.Shared.PEOPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.CodecException;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #6, part 1: s3db.js creates the resource and writes; Java reads, lists and counts the same
 * values.
 */
@ExtendWith(S3ServerExtension.class)
class NodeWritesJavaReadsTest {

  @Test
  void javaReadsEverythingNodeWrote(TestBucket bucket) {
    String prefix = "node-writes";
    List<Case<Person>> cases = PeopleCases.writtenByNode("n-");
    NodeBatch node = NodeBatch.connect(bucket.uri(prefix));
    int create = node.createResource(PEOPLE.name(), PEOPLE.nodeAttributes());
    List<Integer> inserts = cases.stream().map(c -> node.insert(PEOPLE.name(), c.input())).toList();
    ReadBack<Person> readBack = new ReadBack<>(node, PEOPLE, cases);
    NodeBatch.Results results = node.run();
    results.value(create);

    Mismatches mismatches = new Mismatches();
    for (int insert : inserts) {
      if (!results.ok(insert)) {
        mismatches.add(results.label(insert) + " failed in s3db.js: " + results.error(insert));
      }
    }
    JsonNode catalogBefore = Catalogs.read(bucket, prefix);
    try (S3db db = Shared.connect(bucket.uri(prefix), PEOPLE)) {
      readBack.compare(results, db, mismatches);
    }
    // Java declares the same attributes, so connecting must leave Node's catalog alone (no new
    // version).
    mismatches.expect(
        catalogBefore.path("resources").path(PEOPLE.name()),
        Catalogs.read(bucket, prefix).path("resources").path(PEOPLE.name()),
        "people: s3db.js's catalog entry after Java connected");
    // The same resource created by Java on an empty prefix: the catalog entry s3db.js wrote, field
    // for field.
    try (S3db db = Shared.connect(bucket.uri("java-fresh"), PEOPLE)) {
      JsonNode javaEntry =
          Catalogs.read(bucket, "java-fresh").path("resources").path(PEOPLE.name());
      JsonNode nodeEntry = catalogBefore.path("resources").path(PEOPLE.name());
      for (String field :
          List.of(
              "hash",
              "attributes",
              "behavior",
              "timestamps",
              "partitions",
              "paranoid",
              "allNestedObjectsOptional",
              "autoDecrypt",
              "cache",
              "hooks",
              "idSize",
              "idGenerator")) {
        mismatches.expect(
            nodeEntry.path("versions").path("v1").path(field),
            javaEntry.path("versions").path("v1").path(field),
            "people: catalog versions.v1." + field + " (s3db.js's, then Java's)");
      }
      mismatches.expect(
          nodeEntry.path("schemaRegistry"),
          javaEntry.path("schemaRegistry"),
          "people: catalog schemaRegistry (s3db.js's, then Java's)");
    }
    mismatches.assertNone("reading what s3db.js wrote");
  }

  /**
   * s3db.js writes a number whose JavaScript form has no {@code .} and is below 1 ({@code 2e-7},
   * {@code 5e-324}) through its integer encoder, which gives {@code ""} ({@code "-"} when
   * negative): the value is lost (FORMAT.md §4.2). Node then reads a string where a number was;
   * Java refuses the record with an error naming the key, rather than invent a number. Java itself
   * writes such values as {@code "2.0e-7"}, which both read back (JavaWritesNodeReadsTest).
   */
  @Test
  void numbersS3dbJsCannotStore(TestBucket bucket) {
    Shared<Person> lossy = PEOPLE.as("lossyPeople");
    String uri = bucket.uri("node-lossy");
    NodeBatch node = NodeBatch.connect(uri);
    node.createResource(lossy.name(), lossy.nodeAttributes());
    Case<Person> tiny =
        PeopleCases.of(
            "tiny", "tiny", null, 1, 1, 2e-7, true, null, null, -5e-324, null, "s", "c", null);
    int insert = node.insert(lossy.name(), tiny.input());
    int get = node.get(lossy.name(), "tiny");
    NodeBatch.Results results = node.run();
    results.value(insert);

    Map<String, String> stored =
        bucket
            .client()
            .headObject(
                b -> b.bucket(bucket.name()).key("node-lossy/resource=lossyPeople/data/id=tiny"))
            .metadata();
    assertEquals("", stored.get("4"), "score 2e-7 as s3db.js stores it");
    assertEquals("-", stored.get("8"), "rating -5e-324 as s3db.js stores it");
    JsonNode read = results.value(get);
    assertEquals(
        "\"\"", read.path("score").toString(), "s3db.js reads the empty score as a string");
    assertEquals(0.0, read.path("rating").doubleValue(), "and the lone minus sign as -0");
    try (S3db db = Shared.connect(uri, lossy)) {
      CodecException e = assertThrows(CodecException.class, () -> lossy.dao(db).get("tiny"));
      assertTrue(e.getMessage().contains("key '4' (score) holds ''"), e.getMessage());
    }
  }
}
