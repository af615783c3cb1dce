package io.s3db.interop;

import static io.s3db.interop.Shared.CHECKED;
import static io.s3db.interop.Shared.KEYWORDS;
import static io.s3db.interop.Shared.LISTS;
import static io.s3db.interop.Shared.SCALARS;
import static io.s3db.interop.Shared.VAULT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.S3dbException;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #6 with the types of issue #3: every scalar, list, set and JSON type, secrets under one
 * shared passphrase, and the rule strings Java writes for its constraints, in the four directions
 * of the issue: s3db.js writes and Java reads; Java writes and s3db.js reads (and validates with
 * Java's rules); both update and delete each other's records; and the edge values of {@link
 * TypeCases} throughout.
 */
@ExtendWith(S3ServerExtension.class)
class EveryTypeTest {

  // ------------------------------------------------------------------------------------------ Node
  // writes

  @Test
  void javaReadsEveryTypeNodeWrote(TestBucket bucket) {
    String prefix = "types-node";
    List<Case<Scalars>> scalars = TypeCases.scalarsByNode("n-");
    List<Case<Lists>> lists = TypeCases.listsByNode("n-");
    List<Case<Vault>> vault = TypeCases.vaultByNode("n-");
    NodeBatch node = NodeBatch.connect(bucket.uri(prefix));
    List<Integer> steps = new ArrayList<>();
    for (Shared<?> r : List.of(SCALARS, LISTS, VAULT)) {
      steps.add(node.createResource(r.name(), r.nodeAttributes()));
    }
    scalars.forEach(c -> steps.add(node.insert(SCALARS.name(), nodeInput(c))));
    lists.forEach(c -> steps.add(node.insert(LISTS.name(), nodeInput(c))));
    vault.forEach(c -> steps.add(node.insert(VAULT.name(), nodeInput(c))));
    ReadBack<Scalars> readScalars = new ReadBack<>(node, SCALARS, scalars);
    ReadBack<Lists> readLists = new ReadBack<>(node, LISTS, lists);
    ReadBack<Vault> readVault = new ReadBack<>(node, VAULT, vault);
    NodeBatch.Results results = node.run();

    Mismatches mismatches = new Mismatches();
    for (int step : steps) {
      if (!results.ok(step)) {
        mismatches.add(results.label(step) + " failed in s3db.js: " + results.error(step));
      }
    }
    JsonNode catalog = Catalogs.read(bucket, prefix);
    try (S3db db = Shared.connect(bucket.uri(prefix), SCALARS, LISTS, VAULT)) {
      readScalars.compare(results, db, mismatches);
      readLists.compare(results, db, mismatches);
      readVault.compare(results, db, mismatches);
    }
    for (Shared<?> r : List.of(SCALARS, LISTS, VAULT)) {
      mismatches.expect(
          catalog.path("resources").path(r.name()),
          Catalogs.read(bucket, prefix).path("resources").path(r.name()),
          r.name() + ": s3db.js's catalog entry after Java connected (same rules: no new version)");
    }
    // What s3db.js stores for absent optional values (Java reads them all as absent, above).
    Stored stored = new Stored(bucket, prefix);
    mismatches.expect(
        "undefined",
        stored.value(SCALARS, "n-absent", "maybeAt"),
        "scalars/n-absent: s3db.js's stored absent optional datetime");
    mismatches.expect(
        "undefined",
        stored.value(SCALARS, "n-absent", "maybeDay"),
        "scalars/n-absent: s3db.js's stored absent optional dateonly");
    mismatches.expect(
        "undefined",
        stored.value(LISTS, "n-absent", "doc"),
        "lists/n-absent: s3db.js's stored absent optional json");
    String apiKey = stored.value(VAULT, "n-absent", "apiKey");
    mismatches.expect(
        true,
        apiKey != null && apiKey.length() > 40,
        "vault/n-absent: s3db.js stores an absent optional secret as an encryption of \"undefined\" (was "
            + apiKey
            + ")");
    mismatches.assertNone("reading every type s3db.js wrote");
  }

  // ------------------------------------------------------------------------------------------ Java
  // writes

  @Test
  void nodeReadsEveryTypeJavaWroteAndKeepsItsRules(TestBucket bucket) {
    String prefix = "types-java";
    List<Case<Scalars>> scalars = TypeCases.scalarsByJava("j-");
    List<Case<Lists>> lists = TypeCases.listsByJava("j-");
    List<Case<Vault>> vault = TypeCases.vaultByJava("j-");
    List<Case<Checked>> checked = List.of(Case.of(CHECKED, RuleCases.validChecked("j-valid")));
    List<Case<Keywords>> keywords = List.of(Case.of(KEYWORDS, RuleCases.validKeywords("j-valid")));
    try (S3db db = Shared.connect(bucket.uri(prefix), SCALARS, LISTS, VAULT, CHECKED, KEYWORDS)) {
      insertAll(SCALARS.dao(db), scalars);
      insertAll(LISTS.dao(db), lists);
      insertAll(VAULT.dao(db), vault);
      insertAll(CHECKED.dao(db), checked);
      insertAll(KEYWORDS.dao(db), keywords);
    }
    JsonNode javaCatalog = Catalogs.read(bucket, prefix).path("resources");
    Stored stored = new Stored(bucket, prefix);

    NodeBatch node = NodeBatch.connect(bucket.uri(prefix));
    int loaded = node.resources();
    ReadBack<Scalars> readScalars = new ReadBack<>(node, SCALARS, scalars);
    ReadBack<Lists> readLists = new ReadBack<>(node, LISTS, lists);
    ReadBack<Vault> readVault = new ReadBack<>(node, VAULT, vault);
    // s3db.js's own decrypt of the raw values Java stored
    Map<String, Integer> decrypts = new LinkedHashMap<>();
    for (Case<Vault> c : vault) {
      decrypts.put(c.record().password(), node.decrypt(stored.value(VAULT, c.id(), "password")));
    }
    int checkedRules = node.attributes(CHECKED.name());
    int keywordRules = node.attributes(KEYWORDS.name());
    // s3db.js validates inserts into Java's resources with the rules of Java's catalog
    RuleCases.Outcomes outcomes = RuleCases.insert(node);
    // then both read Java's records and those s3db.js took
    List<Case<Checked>> allChecked = new ArrayList<>(checked);
    allChecked.addAll(outcomes.accepted(CHECKED));
    List<Case<Keywords>> allKeywords = new ArrayList<>(keywords);
    allKeywords.addAll(outcomes.accepted(KEYWORDS));
    ReadBack<Checked> readChecked = new ReadBack<>(node, CHECKED, allChecked);
    ReadBack<Keywords> readKeywords = new ReadBack<>(node, KEYWORDS, allKeywords);
    // a record with a uuid s3db.js's validator refuses (not an RFC 4122 version): s3db.js cannot
    // update it
    int maxUuidUpdate =
        node.update(SCALARS.name(), "j-beyond", NodeBatch.JSON.createObjectNode().put("count", 2));
    // a Node service declaring the same resources on start-up: no new versions
    List<Integer> declares = new ArrayList<>();
    for (Shared<?> r : List.of(SCALARS, LISTS, VAULT)) {
      declares.add(node.createResource(r.name(), r.nodeAttributes()));
    }
    int afterDeclare = node.resources();
    NodeBatch.Results results = node.run();

    Mismatches mismatches = new Mismatches();
    for (Shared<?> r : List.of(SCALARS, LISTS, VAULT, CHECKED, KEYWORDS)) {
      mismatches.expect(
          "v1",
          results.value(loaded).path(r.name()).asText(null),
          r.name() + ": the version s3db.js loaded from Java's catalog");
      mismatches.expect(
          "v1",
          results.value(afterDeclare).path(r.name()).asText(null),
          r.name() + ": the version after s3db.js declared its resources");
    }
    for (int step : declares) {
      if (!results.ok(step)) {
        mismatches.add(results.label(step) + " failed in s3db.js: " + results.error(step));
      }
    }
    JsonNode nodeCatalog = Catalogs.read(bucket, prefix).path("resources");
    for (Shared<?> r : List.of(SCALARS, LISTS, VAULT)) {
      mismatches.expect(
          javaCatalog.path(r.name()),
          nodeCatalog.path(r.name()),
          r.name() + ": catalog entry after s3db.js declared the same attributes");
    }
    mismatches.expect(
        javaCatalog.path(CHECKED.name()).path("versions").path("v1").path("attributes"),
        results.value(checkedRules),
        "checked: the rules s3db.js loaded");
    mismatches.expect(
        javaCatalog.path(KEYWORDS.name()).path("versions").path("v1").path("attributes"),
        results.value(keywordRules),
        "keywords: the rules s3db.js loaded");
    decrypts.forEach(
        (plaintext, step) ->
            mismatches.expect(
                plaintext,
                results.ok(step) ? results.value(step).asText() : results.error(step),
                "vault: s3db.js's decrypt of the password Java stored"));
    mismatches.expect(
        false,
        results.ok(maxUuidUpdate),
        "scalars/j-beyond: s3db.js updating a record whose uuid its validator refuses");
    try (S3db db = Shared.connect(bucket.uri(prefix), SCALARS, LISTS, VAULT, CHECKED, KEYWORDS)) {
      readScalars.compare(results, db, mismatches);
      readLists.compare(results, db, mismatches);
      readVault.compare(results, db, mismatches);
      readChecked.compare(results, db, mismatches);
      readKeywords.compare(results, db, mismatches);
      outcomes.compare(results, mismatches);
    }
    mismatches.assertNone("reading every type Java wrote, and validating with Java's rules");
  }

  // ------------------------------------------------------------------------------------------ both
  // write

  @Test
  void updatesAndDeletesOfEveryTypeCrossBothWays(TestBucket bucket) {
    String uri = bucket.uri("types-cross");
    Side<Scalars> scalars = new Side<>(SCALARS);
    Side<Lists> lists = new Side<>(LISTS);
    Side<Vault> vault = new Side<>(VAULT);
    Mismatches mismatches = new Mismatches();

    // Turn 1, Node: creates the resources and inserts.
    NodeBatch node1 = NodeBatch.connect(uri);
    List<Integer> steps = new ArrayList<>();
    for (Shared<?> r : List.of(SCALARS, LISTS, VAULT)) {
      steps.add(node1.createResource(r.name(), r.nodeAttributes()));
    }
    steps.addAll(scalars.nodeInsert(node1, TypeCases.scalars("n-")));
    steps.addAll(lists.nodeInsert(node1, TypeCases.lists("n-")));
    steps.addAll(vault.nodeInsert(node1, TypeCases.vault("n-")));
    succeeded(node1.run(), steps, mismatches);

    // Turn 2, Java: inserts its own, changes and deletes Node's.
    try (S3db db = Shared.connect(uri, SCALARS, LISTS, VAULT)) {
      scalars.javaInsert(db, TypeCases.scalars("j-"));
      lists.javaInsert(db, TypeCases.lists("j-"));
      vault.javaInsert(db, TypeCases.vault("j-"));
      scalars.javaUpdate(
          db,
          "n-plain",
          s ->
              new Scalars(
                  s.id(),
                  s.tiny(),
                  s.small(),
                  s.count() + 1,
                  s.big(),
                  s.ratio(),
                  s.amount(),
                  !s.flag(),
                  s.price(),
                  s.status(),
                  null,
                  s.ref(),
                  s.maybeRef(),
                  TypeCases.JS_MIN,
                  s.when(),
                  s.day().plusDays(1),
                  s.maybeAt(),
                  s.maybeDay(),
                  s.maybeRatio(),
                  s.state(),
                  s.priority()));
      scalars.javaUpdate(
          db,
          "n-absent",
          s ->
              new Scalars(
                  s.id(),
                  s.tiny(),
                  s.small(),
                  s.count(),
                  s.big(),
                  s.ratio(),
                  s.amount(),
                  s.flag(),
                  s.price(),
                  s.status(),
                  Scalars.Status.C,
                  s.ref(),
                  TypeCases.NIL,
                  s.at(),
                  s.when(),
                  s.day(),
                  TypeCases.JS_MAX,
                  java.time.LocalDate.of(9999, 12, 31),
                  0.5f,
                  s.state(),
                  s.priority()));
      lists.javaUpdate(
          db,
          "n-plain",
          l ->
              new Lists(
                  l.id(),
                  List.of("java", "a|b"),
                  l.flags(),
                  l.counts(),
                  l.longs(),
                  l.weights(),
                  l.floats(),
                  List.of(),
                  l.refs(),
                  l.amounts(),
                  null,
                  l.attributes(),
                  Map.of("by", "java"),
                  TypeCases.json("{\"java\":[1,{\"x\":\"ü\"}]}")));
      lists.javaUpdate(
          db,
          "n-absent",
          l ->
              new Lists(
                  l.id(),
                  l.tags(),
                  l.flags(),
                  l.counts(),
                  l.longs(),
                  l.weights(),
                  l.floats(),
                  l.switches(),
                  l.refs(),
                  l.amounts(),
                  List.of("now", "set"),
                  l.attributes(),
                  l.labels(),
                  TypeCases.json("[]")));
      vault.javaUpdate(
          db, "n-plain", v -> new Vault(v.id(), "ana (java)", v.password(), v.apiKey(), "kept"));
      vault.javaUpdate(
          db,
          "n-absent",
          v -> new Vault(v.id(), v.owner(), v.password(), v.apiKey(), "still none"));
      vault.javaUpdate(
          db, "n-unicode", v -> new Vault(v.id(), v.owner(), "new пароль", null, v.note()));
      lists.javaDelete(db, "n-separators");
      vault.javaDelete(db, "n-json-looking");
    }

    // Turn 3, Node: changes Java's records and Node's records Java rewrote.
    NodeBatch node2 = NodeBatch.connect(uri);
    steps.clear();
    steps.add(
        scalars.nodeUpdate(
            node2,
            "j-plain",
            s ->
                new Scalars(
                    s.id(),
                    s.tiny(),
                    s.small(),
                    s.count(),
                    -5,
                    s.ratio(),
                    -0.5,
                    s.flag(),
                    new java.math.BigDecimal("0.10"),
                    Scalars.Status.C,
                    s.previous(),
                    s.ref(),
                    s.maybeRef(),
                    s.at(),
                    s.when(),
                    java.time.LocalDate.of(1, 1, 1),
                    s.maybeAt(),
                    s.maybeDay(),
                    s.maybeRatio(),
                    "node",
                    s.priority())));
    steps.add(
        scalars.nodeUpdate(
            node2,
            "n-plain",
            s -> withLast(s, java.time.Instant.parse("1969-07-20T20:17:40Z"), s.state(), 7)));
    steps.add(
        lists.nodeUpdate(
            node2,
            "j-plain",
            l ->
                new Lists(
                    l.id(),
                    List.of("node", "x\\y"),
                    l.flags(),
                    List.of(9),
                    l.longs(),
                    l.weights(),
                    l.floats(),
                    l.switches(),
                    l.refs(),
                    l.amounts(),
                    l.maybeTags(),
                    withEntries(
                        l.attributes(),
                        "by",
                        "node",
                        "more",
                        TypeCases.map("deep", List.of(List.of(1), List.of()))),
                    l.labels(),
                    l.doc())));
    steps.add(
        vault.nodeUpdate(
            node2,
            "j-plain",
            v -> new Vault(v.id(), "ana (node)", v.password(), v.apiKey(), v.note())));
    steps.add(
        vault.nodeUpdate(
            node2,
            "j-absent",
            v -> new Vault(v.id(), v.owner(), v.password(), "set by node", "n")));
    steps.add(
        vault.nodeUpdate(
            node2,
            "n-plain",
            v -> new Vault(v.id(), v.owner(), "changed by node", v.apiKey(), v.note())));
    steps.add(
        vault.nodeUpdate(
            node2,
            "n-absent",
            v -> new Vault(v.id(), "node again", v.password(), v.apiKey(), v.note())));
    steps.add(lists.nodeDelete(node2, "j-unicode"));
    steps.add(vault.nodeDelete(node2, "j-separators"));
    ReadBack<Scalars> s2 = scalars.readBack(node2);
    ReadBack<Lists> l2 = lists.readBack(node2);
    ReadBack<Vault> v2 = vault.readBack(node2);
    NodeBatch.Results results2 = node2.run();
    succeeded(results2, steps, mismatches);

    // Turn 4, Java: reads, then changes records s3db.js updated.
    try (S3db db = Shared.connect(uri, SCALARS, LISTS, VAULT)) {
      s2.compare(results2, db, mismatches);
      l2.compare(results2, db, mismatches);
      v2.compare(results2, db, mismatches);
      scalars.javaUpdate(db, "j-plain", s -> withLast(s, s.maybeAt(), "java again", s.priority()));
      lists.javaUpdate(
          db,
          "j-plain",
          l ->
              new Lists(
                  l.id(),
                  l.tags(),
                  l.flags(),
                  l.counts(),
                  l.longs(),
                  l.weights(),
                  l.floats(),
                  List.of(true),
                  l.refs(),
                  l.amounts(),
                  l.maybeTags(),
                  l.attributes(),
                  l.labels(),
                  l.doc()));
      vault.javaUpdate(
          db, "j-plain", v -> new Vault(v.id(), v.owner(), v.password(), v.apiKey(), "java again"));
      vault.javaUpdate(
          db, "j-absent", v -> new Vault(v.id(), v.owner(), v.password(), v.apiKey(), "java"));
    }

    // Turn 5, Node: reads what Java made of its updates.
    NodeBatch node3 = NodeBatch.connect(uri);
    ReadBack<Scalars> s3 = scalars.readBack(node3);
    ReadBack<Lists> l3 = lists.readBack(node3);
    ReadBack<Vault> v3 = vault.readBack(node3);
    NodeBatch.Results results3 = node3.run();
    try (S3db db = Shared.connect(uri, SCALARS, LISTS, VAULT)) {
      s3.compare(results3, db, mismatches);
      l3.compare(results3, db, mismatches);
      v3.compare(results3, db, mismatches);
    }
    mismatches.assertNone("after cross updates and deletes of every type");
  }

  // ------------------------------------------------------------------------------------------
  // helpers

  /**
   * {@code map} with entries added. s3db.js's update deep-merges the change into the stored record,
   * JSON values too, so a Node service can add entries to a {@code json} field but not drop any.
   */
  /** {@code s} with its optional instant, state and priority replaced. */
  private static Scalars withLast(
      Scalars s, @Nullable Instant maybeAt, String state, @Nullable Integer priority) {
    return new Scalars(
        s.id(),
        s.tiny(),
        s.small(),
        s.count(),
        s.big(),
        s.ratio(),
        s.amount(),
        s.flag(),
        s.price(),
        s.status(),
        s.previous(),
        s.ref(),
        s.maybeRef(),
        s.at(),
        s.when(),
        s.day(),
        maybeAt,
        s.maybeDay(),
        s.maybeRatio(),
        state,
        priority);
  }

  private static Map<String, Object> withEntries(Map<String, Object> map, Object... keysAndValues) {
    Map<String, Object> merged = new LinkedHashMap<>(map);
    merged.putAll(TypeCases.map(keysAndValues));
    return merged;
  }

  /** A case as s3db.js's insert takes it. */
  static <T> ObjectNode nodeInput(Case<T> c) {
    return c.input();
  }

  private static <T> void insertAll(S3Dao<T> dao, List<Case<T>> cases) {
    for (Case<T> c : cases) {
      dao.insert(c.record());
    }
  }

  private static void succeeded(
      NodeBatch.Results results, List<Integer> steps, Mismatches mismatches) {
    for (int step : steps) {
      if (!results.ok(step)) {
        mismatches.add(results.label(step) + " failed in s3db.js: " + results.error(step));
      }
    }
  }

  /** One resource's expected records during {@link #updatesAndDeletesOfEveryTypeCrossBothWays}. */
  private static final class Side<T> {
    private final Shared<T> resource;
    private final Map<String, Case<T>> expected = new LinkedHashMap<>();

    Side(Shared<T> resource) {
      this.resource = resource;
    }

    List<Integer> nodeInsert(NodeBatch batch, List<Case<T>> cases) {
      List<Integer> steps = new ArrayList<>();
      for (Case<T> c : cases) {
        steps.add(batch.insert(resource.name(), c.input()));
        expected.put(c.id(), c);
      }
      return steps;
    }

    void javaInsert(S3db db, List<Case<T>> cases) {
      for (Case<T> c : cases) {
        T stored = resource.dao(db).insert(c.record());
        expected.put(c.id(), stored.equals(c.record()) ? c : Case.of(resource, stored));
      }
    }

    void javaUpdate(S3db db, String id, UnaryOperator<T> change) {
      try {
        expected.put(id, Case.of(resource, resource.dao(db).update(id, change)));
      } catch (S3dbException e) {
        throw new AssertionError(
            resource.name() + "/" + id + ": Java's update failed: " + e.getMessage(), e);
      }
    }

    void javaDelete(S3db db, String id) {
      resource.dao(db).delete(id);
      expected.remove(id);
    }

    /**
     * s3db.js's update of the top-level fields {@code change} alters, as a Node service would send
     * it. It merges into the stored record, so it cannot remove a value: changes must not.
     */
    int nodeUpdate(NodeBatch batch, String id, UnaryOperator<T> change) {
      T after = change.apply(expected.get(id).record());
      ObjectNode old = Trees.of(expected.get(id).record());
      ObjectNode now = Trees.of(after);
      ObjectNode data = Trees.changed(old, now);
      old.fieldNames()
          .forEachRemaining(
              name -> {
                if (!now.has(name)) {
                  throw new IllegalArgumentException(
                      "s3db.js's update merges: it cannot remove " + name + " of " + id);
                }
              });
      expected.put(id, Case.of(resource, after));
      return batch.update(resource.name(), id, data);
    }

    int nodeDelete(NodeBatch batch, String id) {
      expected.remove(id);
      return batch.delete(resource.name(), id);
    }

    ReadBack<T> readBack(NodeBatch batch) {
      return new ReadBack<>(batch, resource, new ArrayList<>(expected.values()));
    }
  }
}
