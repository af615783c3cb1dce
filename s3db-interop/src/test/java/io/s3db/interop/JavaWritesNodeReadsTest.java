package io.s3db.interop;

import static io.s3db.interop.Shared.PEOPLE;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #6, part 2: Java creates the resource (its catalog) and writes; s3db.js connects to that
 * catalog, declares the same resource as a Node service would on start-up, and reads, lists and
 * counts the same values.
 */
@ExtendWith(S3ServerExtension.class)
class JavaWritesNodeReadsTest {

  @Test
  void nodeReadsEverythingJavaWrote(TestBucket bucket) {
    String prefix = "java-writes";
    List<Case<Person>> cases = new ArrayList<>(PeopleCases.writtenByJava("j-"));
    try (S3db db = Shared.connect(bucket.uri(prefix), PEOPLE)) {
      S3Dao<Person> people = PEOPLE.dao(db);
      for (int i = 0; i < cases.size(); i++) {
        Person record = cases.get(i).record();
        if (i % 3 == 0) {
          people.insert(record);
        } else if (i % 3 == 1) {
          people.upsert(record); // a new id: the same clean object as insert
        } else {
          // replaced once: the stored object carries Java's revision body, which s3db.js must
          // ignore
          people.insert(
              new Person(
                  record.id(),
                  "to be replaced",
                  null,
                  0,
                  0,
                  0,
                  false,
                  null,
                  null,
                  null,
                  null,
                  new Person.Address("x", "y", null)));
          people.upsert(record);
        }
      }
      cases.add(
          Case.of(
              PEOPLE,
              people.insert(
                  new Person(
                      null,
                      "generated id",
                      null,
                      1,
                      1,
                      1,
                      true,
                      null,
                      null,
                      null,
                      null,
                      new Person.Address("s", "c", null)))));
    }
    JsonNode javaCatalog = Catalogs.read(bucket, prefix).path("resources").path(PEOPLE.name());

    NodeBatch node = NodeBatch.connect(bucket.uri(prefix));
    int loaded = node.resources();
    ReadBack<Person> readBack = new ReadBack<>(node, PEOPLE, cases);
    // What a Node service does on every start: declare its resources. Same attributes, same hash:
    // no new version.
    int declare = node.createResource(PEOPLE.name(), PEOPLE.nodeAttributes());
    int afterDeclare = node.resources();
    NodeBatch.Results results = node.run();

    Mismatches mismatches = new Mismatches();
    mismatches.expect(
        "v1",
        results.value(loaded).path(PEOPLE.name()).asText(null),
        "people: the version s3db.js loaded from Java's catalog");
    if (!results.ok(declare)) {
      mismatches.add(
          "people: s3db.js createResource on Java's catalog failed: " + results.error(declare));
    }
    mismatches.expect(
        "v1",
        results.value(afterDeclare).path(PEOPLE.name()).asText(null),
        "people: the version after s3db.js declared the same attributes");
    JsonNode nodeCatalog = Catalogs.read(bucket, prefix).path("resources").path(PEOPLE.name());
    mismatches.expect(
        javaCatalog.path("currentVersion"),
        nodeCatalog.path("currentVersion"),
        "people: currentVersion after s3db.js declared the same attributes");
    mismatches.expect(
        javaCatalog.path("versions").path("v1").path("hash"),
        nodeCatalog.path("versions").path("v1").path("hash"),
        "people: v1 hash after s3db.js declared it");
    mismatches.expect(
        javaCatalog.path("schemaRegistry"),
        nodeCatalog.path("schemaRegistry"),
        "people: schemaRegistry after s3db.js declared the same attributes");
    try (S3db db = Shared.connect(bucket.uri(prefix), PEOPLE)) {
      readBack.compare(results, db, mismatches);
    }
    mismatches.assertNone("reading what Java wrote");
  }
}
