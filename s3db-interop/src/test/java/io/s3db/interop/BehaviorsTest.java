package io.s3db.interop;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.MetadataTooLargeException;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.interop.Notes.Maker;
import io.s3db.interop.Notes.Note;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #6: s3db.js's five behaviors across languages. Node creates one resource per behavior and
 * writes small records and records far over the 2 KB limit (ASCII and non-ASCII text); Java reads
 * them, writes its own and updates Node's; Node reads all of it and updates Java's; Java reads the
 * end state.
 *
 * <p>user-managed, body-overflow and body-only: both read every record exactly. truncate-data: the
 * two libraries cut differently by design (Java cuts the longest text at a character boundary;
 * s3db.js cuts it at a byte count and blanks the field with the highest key, here {@code summary}),
 * so the expectation is that each side reads exactly what the writer stored, as the writer itself
 * reads it back. enforce-limits: small records cross both ways, over-limit ones are refused by
 * both.
 *
 * <p>Where s3db.js 21.6.2 fails by its own bugs, the failure is the expectation, with the reason:
 * it checks the limit before its client encoding (FORMAT.md §12 item 30) and its user-managed
 * update puts every field back in the metadata (item 8); the embedded S3 server, like AWS, refuses
 * more than 2 KB of metadata.
 */
@ExtendWith(S3ServerExtension.class)
class BehaviorsTest {
  private static final ObjectMapper READER =
      NodeBatch.JSON.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final ObjectNode ATTRIBUTES =
      Shared.attributes(
          """
      { "title": "string", "rank": "number|integer", "body": "string", "summary": "string" }""");

  /** 3 000 ASCII characters. */
  static final String BIG_ASCII =
      fill("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 3000);

  /** About 4 000 UTF-8 bytes of Latin-1, CJK and emoji: over the limit for both libraries. */
  static final String BIG_UNICODE = fill("São Paulo ção, 日本語のテキスト 😀👍🏽 Zürich €. ", 4000);

  /**
   * About 1 500 UTF-8 bytes of the same: under s3db.js's limit, which it checks before its client
   * encoding, but about 4 000 bytes once encoded as it sends them: over the limit as AWS (and Java)
   * count it.
   */
  static final String NEAR_UNICODE = fill("São Paulo ção, 日本語のテキスト 😀👍🏽 Zürich €. ", 1500);

  /** 1 500 ASCII characters: stays in metadata beside a body that overflows. */
  static final String MID_ASCII = fill("The quick brown fox jumps over the lazy dog. ", 1500);

  private static final Kind<Notes.UserManaged> USER_MANAGED =
      new Kind<>(Notes_UserManagedDao.DESCRIPTOR, "user-managed", Notes.UserManaged::new);
  private static final Kind<Notes.BodyOverflow> BODY_OVERFLOW =
      new Kind<>(Notes_BodyOverflowDao.DESCRIPTOR, "body-overflow", Notes.BodyOverflow::new);
  private static final Kind<Notes.BodyOnly> BODY_ONLY =
      new Kind<>(Notes_BodyOnlyDao.DESCRIPTOR, "body-only", Notes.BodyOnly::new);
  private static final Kind<Notes.TruncateData> TRUNCATE_DATA =
      new Kind<>(Notes_TruncateDataDao.DESCRIPTOR, "truncate-data", Notes.TruncateData::new);
  private static final Kind<Notes.EnforceLimits> ENFORCE_LIMITS =
      new Kind<>(Notes_EnforceLimitsDao.DESCRIPTOR, "enforce-limits", Notes.EnforceLimits::new);
  private static final List<Kind<?>> KINDS =
      List.of(USER_MANAGED, BODY_OVERFLOW, BODY_ONLY, TRUNCATE_DATA, ENFORCE_LIMITS);

  /** What each resource should hold, by resource and id: what both sides must read. */
  private final Map<String, Map<String, JsonNode>> expected = new TreeMap<>();

  private final Mismatches mismatches = new Mismatches();

  @Test
  void everyBehaviorCrossesBothWays(TestBucket bucket) {
    String prefix = "behaviors";
    String uri = bucket.uri(prefix);
    KINDS.forEach(k -> expected.put(k.name(), new TreeMap<>()));

    // 1. Node declares the five resources and writes.
    NodeBatch node1 = NodeBatch.connect(uri);
    List<Integer> creates = new ArrayList<>();
    Map<String, Integer> nodeWrites = new LinkedHashMap<>();
    Map<String, Integer> nodeReadBacks = new LinkedHashMap<>();
    for (Kind<?> kind : KINDS) {
      creates.add(
          node1.createResource(
              kind.name(),
              ATTRIBUTES,
              NodeBatch.JSON.createObjectNode().put("behavior", kind.behavior())));
      for (Note note : notes(kind, "n-")) {
        nodeWrites.put(kind.name() + "/" + note.id(), node1.insert(kind.name(), Trees.of(note)));
        nodeReadBacks.put(kind.name() + "/" + note.id(), node1.get(kind.name(), note.id()));
      }
    }
    NodeBatch.Results results1 = node1.run();
    creates.forEach(results1::value);
    for (Kind<?> kind : KINDS) {
      for (Note note : notes(kind, "n-")) {
        String key = kind.name() + "/" + note.id();
        nodeWrote(kind, note, results1, nodeWrites.get(key), nodeReadBacks.get(key), "insert");
      }
    }
    JsonNode nodeCatalog = Catalogs.read(bucket, prefix).path("resources");

    // 2. Java reads Node's records, writes its own, and updates Node's over-limit records.
    try (S3db db = connect(uri)) {
      KINDS.forEach(kind -> javaReadsAll(db, kind, "Java reads Node's inserts"));
      for (Kind<?> kind : KINDS) {
        for (Note note : notes(kind, "j-")) {
          javaWrites(db, kind, note.id(), () -> kind.insert(db, note), note, "insert");
        }
        for (String id :
            List.of("n-small", "n-big-ascii", "n-big-unicode", "n-two-big", "n-near-unicode")) {
          if (expected.get(kind.name()).containsKey(id)) {
            Note before = kind.read(expected.get(kind.name()).get(id));
            Note after =
                kind == TRUNCATE_DATA
                    ? kind.make()
                        .make(
                            id, before.title(), before.rank() + 10, before.body(), before.summary())
                    : kind.make()
                        .make(
                            id,
                            before.title() + " (Java)",
                            before.rank() + 10,
                            id.equals("n-small") ? "small, by Java ção" : "Java: " + BIG_UNICODE,
                            before.summary());
            javaWrites(db, kind, id, () -> kind.update(db, id, after), after, "update");
          }
        }
      }
      // enforce-limits: an update that would go over the limit is refused, and the record is
      // unchanged
      expectRefused(
          "notes_enforce_limits/n-small: Java update over the limit",
          () ->
              ENFORCE_LIMITS
                  .dao(db)
                  .update(
                      "n-small",
                      n ->
                          new Notes.EnforceLimits(
                              n.id(), n.title(), n.rank(), BIG_ASCII, n.summary())));
    }
    mismatches.expect(
        nodeCatalog,
        Catalogs.read(bucket, prefix).path("resources"),
        "catalog after Java connected (same behaviors: no new version)");

    // 3. Node reads everything, then updates Java's records.
    NodeBatch node2 = NodeBatch.connect(uri);
    Map<String, Map<String, JsonNode>> beforeNodeUpdates = copy(expected);
    Map<String, Integer> nodeGets = gets(node2);
    Map<String, Integer> nodeUpdates = new LinkedHashMap<>();
    Map<String, Integer> nodeUpdateReadBacks = new LinkedHashMap<>();
    Map<String, Note> nodeUpdated = new LinkedHashMap<>();
    for (Kind<?> kind : KINDS) {
      for (String id :
          List.of("j-small", "j-big-ascii", "j-big-unicode", "j-two-big", "j-near-unicode")) {
        if (!expected.get(kind.name()).containsKey(id)
            || kind == TRUNCATE_DATA && id.equals("j-two-big")) {
          // s3db.js's truncate-data update of j-two-big never returns: its loop that blanks the
          // field with the highest key spins forever when that is not enough (FORMAT.md §12 item 7;
          // observed here)
          continue;
        }
        Note before = kind.read(expected.get(kind.name()).get(id));
        ObjectNode change = NodeBatch.JSON.createObjectNode().put("rank", before.rank() + 20);
        Note after;
        if (kind == TRUNCATE_DATA || kind == ENFORCE_LIMITS) {
          after =
              kind.make()
                  .make(id, before.title(), before.rank() + 20, before.body(), before.summary());
        } else {
          String body = id.equals("j-small") ? "small, by Node ção" : "Node: " + BIG_UNICODE;
          change.put("body", body);
          after = kind.make().make(id, before.title(), before.rank() + 20, body, before.summary());
        }
        String key = kind.name() + "/" + id;
        nodeUpdates.put(key, node2.update(kind.name(), id, change));
        nodeUpdateReadBacks.put(key, node2.get(kind.name(), id));
        nodeUpdated.put(key, after);
      }
    }
    NodeBatch.Results results2 = node2.run();
    nodeReads(results2, nodeGets, beforeNodeUpdates, "Node reads Java's writes and updates");
    nodeUpdated.forEach(
        (key, after) -> {
          Kind<?> kind = kind(key);
          nodeWrote(
              kind, after, results2, nodeUpdates.get(key), nodeUpdateReadBacks.get(key), "update");
        });

    // 4. Java reads what Node's updates left.
    try (S3db db = connect(uri)) {
      KINDS.forEach(kind -> javaReadsAll(db, kind, "Java reads Node's updates"));
    }
    mismatches.assertNone("across behaviors");
  }

  // ---- expectations
  // ----------------------------------------------------------------------------------------

  /** Where s3db.js 21.6.2's own write fails, by resource/id/operation, and why. */
  private static @Nullable String nodeFails(Kind<?> kind, String id, String op) {
    String record = id.substring(2);
    if (op.equals("insert") && record.equals("near-unicode") && kind != BODY_ONLY) {
      return "s3db.js checks the limit before its client encoding (FORMAT.md §12 item 30): 1 500 bytes of"
          + " non-ASCII pass its check, stay in metadata and are about 4 000 bytes as sent; S3 refuses the PUT";
    }
    if (op.equals("insert") && record.equals("big-unicode") && kind == TRUNCATE_DATA) {
      return "s3db.js cuts the text to fit its count before client encoding (item 30): encoded, the cut text"
          + " is still over 2 KB; S3 refuses the PUT";
    }
    if (op.equals("update") && !record.equals("small") && kind == USER_MANAGED) {
      return "s3db.js's user-managed update puts every field back in metadata, however big (item 8)";
    }
    if (op.equals("update") && record.endsWith("unicode") && kind == TRUNCATE_DATA) {
      return "s3db.js's update re-checks the record Java cut to fit as sent, before client encoding and with its"
          + " internal fields added (items 9, 30), so it keeps the non-ASCII text that no longer fits as sent";
    }
    return null;
  }

  /** Where Java refuses a write, by design. */
  private static boolean javaRefuses(Kind<?> kind, Note note) {
    return kind == ENFORCE_LIMITS && !note.id().endsWith("small");
  }

  /**
   * The records written by each side: small, over the limit in ASCII, in non-ASCII, two big fields.
   */
  private static List<Note> notes(Kind<?> kind, String p) {
    Maker<?> m = kind.make();
    return List.of(
        m.make(p + "small", "Small ção 日本", 1, "short body 😀", "a small summary"),
        m.make(p + "big-ascii", "Big ASCII", 2, BIG_ASCII, "an ASCII summary of about forty chars"),
        m.make(p + "big-unicode", "Grande ção", 3, BIG_UNICODE, "resumo: ção 日本 😀"),
        m.make(p + "two-big", "Two big", 4, BIG_UNICODE, MID_ASCII),
        m.make(p + "near-unicode", "Perto ção", 5, NEAR_UNICODE, "resumo curto"));
  }

  // ---- Node side
  // -------------------------------------------------------------------------------------------

  /**
   * Records Node's write (insert or update) and what it reads back: the expectation for both sides.
   */
  private void nodeWrote(
      Kind<?> kind, Note written, NodeBatch.Results results, int write, int readBack, String op) {
    String where = kind.name() + "/" + written.id() + ": Node " + op;
    String failure = nodeFails(kind, written.id(), op);
    boolean refused = op.equals("insert") && javaRefuses(kind, written);
    if (failure != null || refused) {
      if (!results.ok(write)) {
        return; // absent, or as it was before the update
      }
      mismatches.add(
          where
              + " succeeded; expected it to fail ("
              + (failure != null ? failure : "over the limit of enforce-limits")
              + ")");
    }
    if (!results.ok(write)) {
      mismatches.add(where + " failed: " + results.error(write));
      return;
    }
    JsonNode read = results.ok(readBack) ? results.value(readBack) : null;
    if (read == null) {
      mismatches.add(where + ": Node cannot read it back: " + results.error(readBack));
      return;
    }
    if (kind == TRUNCATE_DATA) {
      Note stored = kind.read(read);
      checkTruncation(where, written, stored);
      expected.get(kind.name()).put(written.id(), Trees.of(stored));
    } else {
      JsonNode want = Trees.of(written);
      mismatches.record(
          kind.name(),
          written.id() + " (Node's own read after its " + op + ")",
          want,
          want,
          want,
          read,
          Map.of());
      expected.get(kind.name()).put(written.id(), want);
    }
  }

  /** Node's get of every expected record. */
  private Map<String, Integer> gets(NodeBatch batch) {
    Map<String, Integer> steps = new LinkedHashMap<>();
    expected.forEach(
        (resource, records) ->
            records
                .keySet()
                .forEach(id -> steps.put(resource + "/" + id, batch.get(resource, id))));
    return steps;
  }

  private void nodeReads(
      NodeBatch.Results results,
      Map<String, Integer> gets,
      Map<String, Map<String, JsonNode>> want,
      String when) {
    gets.forEach(
        (key, step) -> {
          String resource = key.substring(0, key.indexOf('/'));
          String id = key.substring(key.indexOf('/') + 1);
          JsonNode expect = want.get(resource).get(id);
          if (!results.ok(step)) {
            mismatches.add(key + " (" + when + "): Node get failed: " + results.error(step));
          } else {
            mismatches.record(
                resource,
                id + " (" + when + ")",
                expect,
                expect,
                expect,
                results.value(step),
                Map.of());
          }
        });
  }

  // ---- Java side
  // -------------------------------------------------------------------------------------------

  private static S3db connect(String uri) {
    return S3db.builder()
        .uri(uri)
        .module(
            () -> KINDS.stream().<io.s3db.spi.ResourceDescriptor<?>>map(Kind::descriptor).toList())
        .build();
  }

  /** Java's find and list of every expected record of a resource. */
  private void javaReadsAll(S3db db, Kind<?> kind, String when) {
    S3Dao<? extends Note> dao = kind.dao(db);
    Map<String, JsonNode> want = expected.get(kind.name());
    mismatches.expect(
        new ArrayList<>(want.keySet()),
        dao.listIds().stream().sorted().toList(),
        kind.name() + " (" + when + "): Java listIds");
    Map<String, JsonNode> listed = new TreeMap<>();
    try {
      dao.list().forEach(n -> listed.put(n.id(), Trees.of(n)));
    } catch (RuntimeException e) {
      mismatches.add(kind.name() + " (" + when + "): Java list failed: " + e);
    }
    want.forEach(
        (id, record) -> {
          JsonNode java = null;
          try {
            java = dao.find(id).map(n -> (JsonNode) Trees.of(n)).orElse(null);
          } catch (RuntimeException e) {
            mismatches.add(kind.name() + "/" + id + " (" + when + "): Java cannot read it: " + e);
            return;
          }
          mismatches.record(
              kind.name(), id + " (" + when + ")", record, record, java, record, Map.of());
          if (java != null && listed.containsKey(id) && !java.equals(listed.get(id))) {
            mismatches.add(
                kind.name() + "/" + id + " (" + when + "): Java's list differs from find");
          }
        });
  }

  /**
   * A Java write and its read-back, the expectation for both sides; or its refusal, where expected.
   */
  private void javaWrites(
      S3db db, Kind<?> kind, String id, Runnable write, Note written, String op) {
    String where = kind.name() + "/" + id + ": Java " + op;
    if (op.equals("insert") && javaRefuses(kind, written)) {
      expectRefused(where, write);
      return;
    }
    try {
      write.run();
    } catch (RuntimeException e) {
      mismatches.add(where + " failed: " + e);
      return;
    }
    Note stored = kind.dao(db).get(id);
    if (kind == TRUNCATE_DATA) {
      checkTruncation(where, written, stored);
    } else {
      mismatches.expect(written, stored, where + ": Java's own read");
    }
    expected.get(kind.name()).put(id, Trees.of(stored));
  }

  private void expectRefused(String where, Runnable write) {
    try {
      write.run();
      mismatches.add(where + ": succeeded; expected MetadataTooLargeException (enforce-limits)");
    } catch (MetadataTooLargeException e) {
      // expected
    }
  }

  /**
   * What truncate-data may do, on either side: keep the title and rank, keep or cut each text to a
   * prefix. (s3db.js may also blank the summary; Java never does.)
   */
  private void checkTruncation(String where, Note written, Note stored) {
    mismatches.expect(written.title(), stored.title(), where + ": title kept");
    mismatches.expect(written.rank(), stored.rank(), where + ": rank kept");
    if (!written.body().startsWith(stored.body())) {
      mismatches.add(where + ": stored body is not a prefix of the written one: " + stored.body());
    }
    if (!written.summary().startsWith(stored.summary())) {
      mismatches.add(
          where + ": stored summary is not a prefix of the written one: " + stored.summary());
    }
  }

  private static Map<String, Map<String, JsonNode>> copy(Map<String, Map<String, JsonNode>> m) {
    Map<String, Map<String, JsonNode>> c = new TreeMap<>();
    m.forEach((k, v) -> c.put(k, new TreeMap<>(v)));
    return c;
  }

  private static Kind<?> kind(String key) {
    String name = key.substring(0, key.indexOf('/'));
    return KINDS.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
  }

  private static String fill(String unit, int utf8Bytes) {
    StringBuilder s = new StringBuilder();
    while (s.toString().getBytes(StandardCharsets.UTF_8).length < utf8Bytes) {
      s.append(unit);
    }
    return s.toString().strip();
  }

  /**
   * One behavior's resource: its generated descriptor, s3db.js's behavior name and the record's
   * maker.
   */
  private record Kind<T extends Note>(
      io.s3db.spi.ResourceDescriptor<T> descriptor, String behavior, Maker<T> make) {
    String name() {
      return descriptor.name();
    }

    S3Dao<T> dao(S3db db) {
      return db.dao(descriptor.type());
    }

    T cast(Note note) {
      return descriptor.type().cast(note);
    }

    void insert(S3db db, Note note) {
      dao(db).insert(cast(note));
    }

    void update(S3db db, String id, Note after) {
      dao(db).update(id, x -> cast(after));
    }

    /** A record from its JSON (Node's, with s3db.js's extra fields, or ours). */
    T read(JsonNode json) {
      try {
        return READER.treeToValue(json, descriptor.type());
      } catch (Exception e) {
        throw new AssertionError("cannot read " + json, e);
      }
    }
  }
}
