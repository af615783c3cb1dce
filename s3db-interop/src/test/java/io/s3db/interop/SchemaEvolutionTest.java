package io.s3db.interop;

import static io.s3db.interop.Shared.ITEMS_V1;
import static io.s3db.interop.Shared.ITEMS_V2;
import static io.s3db.interop.Shared.ITEMS_V3;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #6, part 4: a Node service adds a field to a resource Java created (a new version in
 * s3db.json); the Java build that does not know the field still reads every record and its updates
 * keep the field's values; the Java build that knows it reads old records (no value) and new ones,
 * and s3db.js reads what both wrote.
 */
@ExtendWith(S3ServerExtension.class)
class SchemaEvolutionTest {

  @Test
  void nodeAddsAFieldAndBothJavaBuildsKeepWorking(TestBucket bucket) {
    String prefix = "evolution";
    String uri = bucket.uri(prefix);
    Mismatches mismatches = new Mismatches();

    // 1. The old Java build creates items (v1) and writes.
    try (S3db db = Shared.connect(uri, ITEMS_V1)) {
      S3Dao<ItemV1> items = ITEMS_V1.dao(db);
      items.insert(new ItemV1("e-1", "old one", 1));
      items.insert(new ItemV1("e-2", "old two", 2));
    }
    JsonNode v1 = Catalogs.read(bucket, prefix).path("resources").path("items");

    // 2. A Node service declares items with a new field: s3db.js adds version v2. It writes with
    // the field.
    NodeBatch node = NodeBatch.connect(uri);
    int declare = node.createResource("items", ITEMS_V2.nodeAttributes());
    int version = node.resources();
    int insert = node.insert("items", Trees.of(new ItemV2("e-3", "new three", 3, "gold")));
    int update =
        node.update("items", "e-2", NodeBatch.JSON.createObjectNode().put("tier", "silver"));
    NodeBatch.Results results = node.run();
    for (int step : List.of(declare, insert, update)) {
      results.value(step);
    }
    mismatches.expect(
        "v2",
        results.value(version).path("items").asText(null),
        "items: version after s3db.js added tier");
    JsonNode v2 = Catalogs.read(bucket, prefix).path("resources").path("items");
    mismatches.expect("v2", v2.path("currentVersion").asText(), "items: catalog currentVersion");
    mismatches.expect(
        v1.path("versions").path("v1"),
        v2.path("versions").path("v1"),
        "items: catalog versions.v1 kept");
    JsonNode mapping = v2.path("schemaRegistry").path("mapping");
    mismatches.expect(
        v1.path("schemaRegistry").path("mapping").path("name"),
        mapping.path("name"),
        "items: name keeps its key");
    mismatches.expect(
        v1.path("schemaRegistry").path("mapping").path("qty"),
        mapping.path("qty"),
        "items: qty keeps its key");
    mismatches.expect(
        true, mapping.path("tier").canConvertToInt(), "items: tier has a key in the registry");

    // 3. The old Java build again: reads everything, and its updates keep tier, which it does not
    // know.
    try (S3db db = Shared.connect(uri, ITEMS_V1)) {
      S3Dao<ItemV1> items = ITEMS_V1.dao(db);
      mismatches.expect(
          List.of("e-1", "e-2", "e-3"), items.listIds(), "items: old build's listIds");
      mismatches.expect(
          List.of(
              new ItemV1("e-1", "old one", 1),
              new ItemV1("e-2", "old two", 2),
              new ItemV1("e-3", "new three", 3)),
          items.list(),
          "items: old build's list");
      items.update("e-3", i -> new ItemV1(i.id(), i.name(), 30)); // written by s3db.js
      items.update(
          "e-2",
          i -> new ItemV1(i.id(), "old two, renamed", i.qty())); // s3db.js's JSON body + tier
      items.insert(new ItemV1("e-4", "old four", 4));
    }
    mismatches.expect(
        v2,
        Catalogs.read(bucket, prefix).path("resources").path("items"),
        "items: catalog after the old build connected (it must not drop or re-version tier)");

    // 4. The new Java build: old records have no tier, the others theirs, kept through the old
    // build's updates.
    List<Case<ItemV2>> expected =
        List.of(
            Case.of(ITEMS_V2, new ItemV2("e-1", "old one", 1, null)),
            Case.of(ITEMS_V2, new ItemV2("e-2", "old two, renamed", 2, "silver")),
            Case.of(ITEMS_V2, new ItemV2("e-3", "new three", 30, "gold")),
            Case.of(ITEMS_V2, new ItemV2("e-4", "old four", 4, null)),
            Case.of(ITEMS_V2, new ItemV2("e-5", "new five", 5, "bronze")));
    try (S3db db = Shared.connect(uri, ITEMS_V2)) {
      S3Dao<ItemV2> items = ITEMS_V2.dao(db);
      for (Case<ItemV2> c : expected.subList(0, 4)) {
        mismatches.expect(
            Optional.of(c.record()), items.find(c.id()), "items/" + c.id() + ": new build's find");
      }
      items.insert(expected.get(4).record());
    }

    // 5. s3db.js reads what both Java builds wrote, and Java the same.
    NodeBatch reader = NodeBatch.connect(uri);
    ReadBack<ItemV2> readBack = new ReadBack<>(reader, ITEMS_V2, expected);
    NodeBatch.Results read = reader.run();
    try (S3db db = Shared.connect(uri, ITEMS_V2)) {
      readBack.compare(read, db, mismatches);
    }
    mismatches.assertNone("across schema versions");
  }

  /**
   * The other way round: a Java build adds a field; s3db.js, loading the catalog, reads it and
   * keeps it.
   */
  @Test
  void javaAddsAFieldAndNodeReadsIt(TestBucket bucket) {
    String prefix = "evolution-java";
    String uri = bucket.uri(prefix);
    Mismatches mismatches = new Mismatches();
    try (S3db db = Shared.connect(uri, ITEMS_V2)) {
      ITEMS_V2.dao(db).insert(new ItemV2("a", "before stock", 1, "gold"));
    }
    try (S3db db = Shared.connect(uri, ITEMS_V3)) {
      ITEMS_V3.dao(db).insert(new ItemV3("b", "with stock", 2, null, 42));
    }
    JsonNode entry = Catalogs.read(bucket, prefix).path("resources").path("items");
    mismatches.expect(
        "v2", entry.path("currentVersion").asText(), "items: version after Java added stock");
    mismatches.expect(
        3,
        entry.path("schemaRegistry").path("mapping").path("stock").asInt(-1),
        "items: stock's index");

    // A Node service that connects without redeclaring the resource works with the catalog's
    // current version.
    NodeBatch node = NodeBatch.connect(uri);
    int version = node.resources();
    int update = node.update("items", "b", NodeBatch.JSON.createObjectNode().put("qty", 20));
    List<Case<ItemV3>> expected =
        List.of(
            Case.of(ITEMS_V3, new ItemV3("a", "before stock", 1, "gold", null)),
            Case.of(ITEMS_V3, new ItemV3("b", "with stock", 20, null, 42)));
    ReadBack<ItemV3> readBack = new ReadBack<>(node, ITEMS_V3, expected);
    NodeBatch.Results results = node.run();
    results.value(update);
    mismatches.expect(
        "v2", results.value(version).path("items").asText(null), "items: version s3db.js loaded");
    try (S3db db = Shared.connect(uri, ITEMS_V3)) {
      readBack.compare(results, db, mismatches);
    }
    mismatches.assertNone("after Java added a field");
  }

  /**
   * A Node service declares its resources on every start. If its definition predates a field that a
   * Java build added, s3db.js takes the field as removed: it writes a new version without it and
   * burns the field's index in the registry. The Java build that has the field must then take the
   * burned index back on its next connect (the catalog does), so the values stored under it stay
   * readable.
   */
  @Test
  void javaAddedFieldSurvivesANodeServiceDeclaringTheOlderSchema(TestBucket bucket) {
    String uri = bucket.uri("evolution-burned");
    try (S3db db = Shared.connect(uri, ITEMS_V2)) {
      ITEMS_V2.dao(db).insert(new ItemV2("a", "before stock", 1, "gold"));
    }
    try (S3db db = Shared.connect(uri, ITEMS_V3)) {
      ITEMS_V3.dao(db).insert(new ItemV3("b", "with stock", 2, null, 42));
    }
    NodeBatch node = NodeBatch.connect(uri);
    int declare = node.createResource("items", ITEMS_V2.nodeAttributes());
    node.run().value(declare);
    try (S3db db = Shared.connect(uri, ITEMS_V3)) {
      assertEquals(new ItemV3("b", "with stock", 2, null, 42), ITEMS_V3.dao(db).get("b"));
    }
  }
}
