package io.s3db.interop;

import static io.s3db.interop.Shared.SHOPPERS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PartitionKey;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #6: partitions across languages. One side creates a partitioned resource and writes, the
 * other lists, counts and lists the ids of every partition value (s3db.js's {@code
 * list/count/listIds({partition, partitionValues})}, Java's typed {@code ShopperPartitions} keys),
 * then writes records that move between partition values, deletes and inserts, and both sides must
 * again agree on every partition's membership.
 *
 * <p>Java's lookups are exact. s3db.js's are not, by its own bug (FORMAT.md §12 item 33): its key
 * prefix has no trailing {@code /}, so the last value given also matches longer values ({@code
 * region=us} finds {@code us-east} and {@code usa}, {@code tier=gold} finds {@code golden}, {@code
 * BR} finds {@code BRA}). That is the expectation for Node, computed from the same records;
 * everything else must be identical. s3db.js writes references after its calls return (FORMAT.md
 * §6): the driver waits for that work after each step.
 */
@ExtendWith(S3ServerExtension.class)
class PartitionsTest {

  /** The s3db.js side of {@link Shopper}'s {@code @Partition}s, as a Node developer writes them. */
  static final ObjectNode NODE_OPTIONS =
      Shared.attributes(
          """
      {
        "partitions": {
          "byRegion": { "fields": { "region": "string" } },
          "byTierLevel": { "fields": { "tier": "string", "level": "number" } },
          "byCountry": { "fields": { "profile.country": "string" } }
        }
      }""");

  /** Each partition field's value in a key, as JavaScript's {@code String()} prints it. */
  private static final Map<String, Function<Shopper, String>> FIELDS =
      Map.of(
          "region",
          Shopper::region,
          "tier",
          Shopper::tier,
          "level",
          s -> Integer.toString(s.level()),
          "profile.country",
          s -> s.profile().country());

  /** Every value the records take, values that are prefixes of others, and values no record has. */
  private static final List<Query> QUERIES =
      List.of(
          region("us"),
          region("us-east"),
          region("usa"),
          region("eu"),
          region("asia"),
          tierLevel("gold", 1),
          tierLevel("gold", 2),
          tierLevel("golden", 1),
          tierLevel("silver", 10),
          tierLevel("silver", 1),
          tierLevel("golden", 2),
          country("BR"),
          country("BRA"),
          country("São Tomé"),
          country("PT"));

  /** The records the resource holds, by id: updated alongside each write. */
  private final Map<String, Shopper> model = new TreeMap<>();

  @Test
  void nodeCreatesJavaListsThenBothMoveRecords(TestBucket bucket) {
    String prefix = "parts-node";
    String uri = bucket.uri(prefix);
    Mismatches mismatches = new Mismatches();

    NodeBatch node1 = NodeBatch.connect(uri);
    int create = node1.createResource(SHOPPERS.name(), SHOPPERS.nodeAttributes(), NODE_OPTIONS);
    Node writer1 = new Node(node1);
    initial("n-").forEach(writer1::insert);
    NodeReads afterInsert = new NodeReads(node1, "Node's inserts");
    NodeBatch.Results results1 = node1.run();
    results1.value(create);
    writer1.check(results1, mismatches);
    afterInsert.compare(results1, mismatches);
    JsonNode nodeCatalog = Catalogs.read(bucket, prefix).path("resources").path(SHOPPERS.name());

    try (S3db db = Shared.connect(uri, SHOPPERS)) {
      S3Dao<Shopper> dao = SHOPPERS.dao(db);
      javaReads(dao, "Java, Node's inserts", mismatches);
      moveOnce(new Java(dao), "n-", "j-");
      javaReads(dao, "Java, after its moves", mismatches);
    }
    mismatches.expect(
        nodeCatalog,
        Catalogs.read(bucket, prefix).path("resources").path(SHOPPERS.name()),
        "shoppers: catalog entry after Java connected (same partitions: no new version)");

    nodeMoves(uri, "Node, after Java's moves", w -> moveTwice(w, "n-", "j-"), mismatches);

    try (S3db db = Shared.connect(uri, SHOPPERS)) {
      javaReads(SHOPPERS.dao(db), "Java, after Node's moves", mismatches);
    }
    mismatches.assertNone("in partitions of a resource s3db.js created");
  }

  @Test
  void javaCreatesNodeListsThenBothMoveRecords(TestBucket bucket) {
    String prefix = "parts-java";
    String uri = bucket.uri(prefix);
    Mismatches mismatches = new Mismatches();

    try (S3db db = Shared.connect(uri, SHOPPERS)) {
      S3Dao<Shopper> dao = SHOPPERS.dao(db);
      initial("j-").forEach(new Java(dao)::insert);
      javaReads(dao, "Java, its inserts", mismatches);
    }
    JsonNode partitions =
        Catalogs.read(bucket, prefix).path("resources").path(SHOPPERS.name()).path("partitions");
    mismatches.expect(
        NODE_OPTIONS.get("partitions"),
        partitions,
        "shoppers: the partitions of Java's catalog entry, as s3db.js writes them for the same definitions");

    nodeMoves(uri, "Node, Java's inserts", w -> moveOnce(w, "j-", "n-"), mismatches);

    try (S3db db = Shared.connect(uri, SHOPPERS)) {
      S3Dao<Shopper> dao = SHOPPERS.dao(db);
      javaReads(dao, "Java, after Node's moves", mismatches);
      moveTwice(new Java(dao), "j-", "n-");
      javaReads(dao, "Java, after its moves", mismatches);
    }

    NodeBatch node2 = NodeBatch.connect(uri);
    NodeReads afterJava = new NodeReads(node2, "Node, after Java's moves");
    afterJava.compare(node2.run(), mismatches);
    mismatches.assertNone("in partitions of a resource Java created");
  }

  /**
   * One s3db.js batch: reads ({@code readsBefore}), makes {@code moves}, reads again; checks its
   * writes and both reads.
   */
  private void nodeMoves(
      String uri, String readsBefore, Consumer<Writer> moves, Mismatches mismatches) {
    NodeBatch batch = NodeBatch.connect(uri);
    NodeReads before = new NodeReads(batch, readsBefore);
    Node writer = new Node(batch);
    moves.accept(writer);
    NodeReads after = new NodeReads(batch, "Node, after its moves");
    NodeBatch.Results results = batch.run();
    writer.check(results, mismatches);
    before.compare(results, mismatches);
    after.compare(results, mismatches);
  }

  /**
   * What the creating side inserts: every partition value at least once, prefixes of one another
   * included.
   */
  private static List<Shopper> initial(String p) {
    return List.of(
        shopper(p + "1", "Ana", "us", "gold", 1, "BR", "São Paulo"),
        shopper(p + "2", "Bo", "us-east", "golden", 1, "BRA", null),
        shopper(p + "3", "Cy", "usa", "silver", 10, "São Tomé", "São Tomé"),
        shopper(p + "4", "Di", "eu", "gold", 2, "PT", "Lisboa"),
        shopper(p + "5", "Ed", "us", "silver", 1, "BR", "Rio"),
        shopper(p + "6", "Fa", "eu", "golden", 1, "São Tomé", null));
  }

  /**
   * The other side's first turn, over the creator's records ({@code c}): moves one record in each
   * partition, changes one without moving it, deletes one and inserts its own ({@code o}).
   */
  private static void moveOnce(Writer w, String c, String o) {
    w.update(c + "1", s -> with(s, "us-east", s.tier(), s.level(), s.profile().country()));
    w.update(c + "2", s -> with(s, s.region(), "gold", 2, s.profile().country()));
    w.update(c + "3", s -> with(s, s.region(), s.tier(), s.level(), "BR"));
    w.update(
        c + "5",
        s -> new Shopper(s.id(), "Ed renamed", s.region(), s.tier(), s.level(), s.profile()));
    w.delete(c + "4");
    w.insert(shopper(o + "7", "Gi", "us", "gold", 1, "BRA", "Recife"));
    w.insert(shopper(o + "8", "Hu", "usa", "silver", 10, "PT", null));
  }

  /**
   * The creator's second turn: moves records again, its own and the other side's, all partitions at
   * once.
   */
  private static void moveTwice(Writer w, String c, String o) {
    w.update(c + "1", s -> with(s, "eu", s.tier(), s.level(), s.profile().country()));
    w.update(o + "7", s -> with(s, "usa", "silver", 10, "São Tomé"));
    w.update(c + "6", s -> with(s, "us", s.tier(), s.level(), s.profile().country()));
    w.delete(o + "8");
    w.delete(c + "5");
    w.insert(shopper(c + "9", "Io", "us", "golden", 2, "PT", "Porto"));
  }

  /** Java's {@code list}, {@code listIds} and {@code count} of every query, against the model. */
  private void javaReads(S3Dao<Shopper> dao, String when, Mismatches mismatches) {
    for (Query q : QUERIES) {
      String where = "shoppers " + q + " (" + when + ")";
      List<Shopper> expected = model.values().stream().filter(q::matches).toList();
      List<String> ids = expected.stream().map(Shopper::id).toList();
      mismatches.expect(
          ids, dao.listIds(q.key()).stream().sorted().toList(), where + ": Java listIds");
      mismatches.expect((long) ids.size(), dao.count(q.key()), where + ": Java count");
      mismatches.expect(
          expected,
          dao.list(q.key()).stream().sorted(Comparator.comparing(Shopper::id)).toList(),
          where + ": Java list");
    }
    mismatches.expect(
        new ArrayList<>(model.keySet()), dao.listIds(), "shoppers (" + when + "): Java listIds");
  }

  /** s3db.js's reads of every query, added to a batch with the model as it is when they run. */
  private final class NodeReads {
    private final String when;
    private final Map<String, Shopper> expected = new TreeMap<>(model);
    private final Map<Query, int[]> steps = new LinkedHashMap<>();
    private final int all;

    NodeReads(NodeBatch batch, String when) {
      this.when = when;
      for (Query q : QUERIES) {
        steps.put(
            q,
            new int[] {
              batch.listIds(SHOPPERS.name(), q.partition(), q.values()),
              batch.count(SHOPPERS.name(), q.partition(), q.values()),
              batch.list(SHOPPERS.name(), q.partition(), q.values())
            });
      }
      all = batch.listIds(SHOPPERS.name());
    }

    void compare(NodeBatch.Results results, Mismatches mismatches) {
      steps.forEach(
          (q, step) -> {
            String where = "shoppers " + q + " (" + when + ")";
            List<String> ids =
                expected.values().stream().filter(q::nodeMatches).map(Shopper::id).toList();
            String why =
                ids.equals(expected.values().stream().filter(q::matches).map(Shopper::id).toList())
                    ? ""
                    : " [s3db.js's prefix leak: the exact answer is "
                        + expected.values().stream().filter(q::matches).map(Shopper::id).toList()
                        + "]";
            List<String> listIds = new ArrayList<>();
            results.value(step[0]).forEach(id -> listIds.add(id.asText()));
            mismatches.expect(
                ids, listIds.stream().sorted().toList(), where + ": Node listIds" + why);
            mismatches.expect(
                (long) ids.size(), results.value(step[1]).asLong(), where + ": Node count" + why);
            Map<String, JsonNode> listed = new TreeMap<>();
            results.value(step[2]).forEach(r -> listed.put(r.path("id").asText(), r));
            mismatches.expect(
                ids, new ArrayList<>(listed.keySet()), where + ": ids of Node's list" + why);
            listed.forEach(
                (id, record) -> {
                  if (expected.containsKey(id)) {
                    JsonNode want = Trees.of(expected.get(id));
                    mismatches.record(
                        "shoppers",
                        id + " in " + q + " (" + when + ")",
                        want,
                        want,
                        want,
                        record,
                        Map.of());
                  }
                });
          });
      List<String> allIds = new ArrayList<>();
      results.value(all).forEach(id -> allIds.add(id.asText()));
      mismatches.expect(
          new ArrayList<>(expected.keySet()),
          allIds.stream().sorted().toList(),
          "shoppers (" + when + "): Node listIds");
    }
  }

  /** A side that writes: its changes go to the model as they are made (Java) or queued (Node). */
  private interface Writer {
    void insert(Shopper s);

    void update(String id, UnaryOperator<Shopper> change);

    void delete(String id);
  }

  private final class Java implements Writer {
    private final S3Dao<Shopper> dao;

    Java(S3Dao<Shopper> dao) {
      this.dao = dao;
    }

    @Override
    public void insert(Shopper s) {
      model.put(s.id(), dao.insert(s));
    }

    @Override
    public void update(String id, UnaryOperator<Shopper> change) {
      model.put(id, dao.update(id, change));
    }

    @Override
    public void delete(String id) {
      dao.delete(id);
      model.remove(id);
    }
  }

  /** Node's writes as steps of a batch; {@link #check} fails on any step s3db.js failed. */
  private final class Node implements Writer {
    private final NodeBatch batch;
    private final List<Integer> steps = new ArrayList<>();

    Node(NodeBatch batch) {
      this.batch = batch;
    }

    @Override
    public void insert(Shopper s) {
      steps.add(batch.insert(SHOPPERS.name(), Trees.of(s)));
      model.put(s.id(), s);
    }

    /** s3db.js's update merges: send the changed top-level fields (the nested profile whole). */
    @Override
    public void update(String id, UnaryOperator<Shopper> change) {
      Shopper after = change.apply(model.get(id));
      ObjectNode old = Trees.of(model.get(id));
      ObjectNode data = NodeBatch.JSON.createObjectNode();
      Trees.of(after)
          .properties()
          .forEach(
              e -> {
                if (!e.getValue().equals(old.get(e.getKey()))) {
                  data.set(e.getKey(), e.getValue());
                }
              });
      steps.add(batch.update(SHOPPERS.name(), id, data));
      model.put(id, after);
    }

    @Override
    public void delete(String id) {
      steps.add(batch.delete(SHOPPERS.name(), id));
      model.remove(id);
    }

    void check(NodeBatch.Results results, Mismatches mismatches) {
      for (int step : steps) {
        if (!results.ok(step)) {
          mismatches.add(results.label(step) + ": s3db.js failed: " + results.error(step));
        }
      }
    }
  }

  /**
   * A lookup of one partition value: the partition, its values as s3db.js takes them, Java's typed
   * key, and which records each side finds.
   */
  private record Query(String partition, Map<String, Object> values, PartitionKey<Shopper> key) {

    /** Java's answer: every field equal. */
    boolean matches(Shopper s) {
      return values.entrySet().stream()
          .allMatch(e -> FIELDS.get(e.getKey()).apply(s).equals(e.getValue().toString()));
    }

    /**
     * s3db.js's answer: the fields in its key order, the last one matched as a prefix (no trailing
     * '/').
     */
    boolean nodeMatches(Shopper s) {
      TreeSet<String> fields =
          new TreeSet<>(values.keySet()); // lowercase ASCII names: localeCompare's order
      for (String field : fields) {
        String value = FIELDS.get(field).apply(s);
        String wanted = values.get(field).toString();
        if (field.equals(fields.last()) ? !value.startsWith(wanted) : !value.equals(wanted)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return partition + values;
    }
  }

  private static Query region(String region) {
    return new Query("byRegion", Map.of("region", region), ShopperPartitions.byRegion(region));
  }

  private static Query tierLevel(String tier, int level) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("tier", tier);
    values.put("level", level);
    return new Query("byTierLevel", values, ShopperPartitions.byTierLevel(tier, level));
  }

  private static Query country(String country) {
    return new Query(
        "byCountry", Map.of("profile.country", country), ShopperPartitions.byCountry(country));
  }

  private static Shopper shopper(
      String id, String name, String region, String tier, int level, String country, String city) {
    return new Shopper(id, name, region, tier, level, new Shopper.Profile(country, city));
  }

  private static Shopper with(Shopper s, String region, String tier, int level, String country) {
    return new Shopper(
        s.id(), s.name(), region, tier, level, new Shopper.Profile(country, s.profile().city()));
  }
}
