package io.s3db.interop;

import static io.s3db.interop.Shared.PEOPLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Issue #6, part 3: Java updates and deletes what s3db.js wrote and s3db.js what Java wrote, in
 * turns, and after each turn both read the same records. The objects each side leaves behind differ
 * (s3db.js's update writes a JSON body and copies its read-only fields into the metadata; Java's
 * replacing writes carry a revision body) and each must read the other's.
 */
@ExtendWith(S3ServerExtension.class)
class CrossWritesTest {

  /**
   * The records the resource should hold, by id, in insertion order: updated alongside each write.
   */
  private final Map<String, Person> expected = new LinkedHashMap<>();

  @Test
  void updatesAndDeletesCrossBothWays(TestBucket bucket) {
    String uri = bucket.uri("cross");
    List<Person> nodeWrites = pick(PeopleCases.common("n-"));
    List<Person> javaWrites = pick(PeopleCases.common("j-"));

    // Turn 1, Node: creates the resource and inserts.
    NodeBatch node1 = NodeBatch.connect(uri);
    node1.createResource(PEOPLE.name(), PEOPLE.nodeAttributes());
    List<Integer> steps = new ArrayList<>();
    for (Person p : nodeWrites) {
      steps.add(node1.insert(PEOPLE.name(), Trees.of(p)));
      expected.put(p.id(), p);
    }
    succeeded(node1.run(), steps);

    Mismatches mismatches = new Mismatches();
    // Turn 2, Java: inserts its own, then changes Node's.
    try (S3db db = Shared.connect(uri, PEOPLE)) {
      S3Dao<Person> people = PEOPLE.dao(db);
      for (Person p : javaWrites) {
        expected.put(p.id(), people.insert(p));
      }
      javaUpdate(
          people,
          "n-plain",
          p ->
              with(
                  p,
                  "Ana Java",
                  null,
                  p.age() + 1,
                  new Person.Address(p.address().street(), "Lisboa", p.address().zip())));
      javaUpdate(
          people, "n-unicode", p -> withDetails(p, p.nickname(), p.score(), 3, 4L, 9.75, true));
      people.delete("n-separators");
      expected.remove("n-separators");
      Person replacement =
          new Person(
              "n-absent",
              "replaced by Java",
              "upserted",
              8,
              9,
              -2.25,
              true,
              null,
              null,
              null,
              false,
              new Person.Address("new street", "new city", "12345"));
      people.upsert(replacement);
      expected.put("n-absent", replacement);
    }

    // Turn 3, Node: changes Java's records, and Node's records that Java rewrote (revision bodies).
    mismatches.expect(
        "application/vnd.s3db.revision",
        head(bucket, "n-plain").contentType().split(";")[0],
        "people/n-plain: content type after Java's update (the object s3db.js updates next)");
    NodeBatch node2 = NodeBatch.connect(uri);
    steps.clear();
    steps.add(
        nodeUpdate(
            node2,
            "j-plain",
            p ->
                with(
                    p,
                    "Ana Node",
                    p.nickname(),
                    99,
                    new Person.Address("Rua Nova 1", "Porto", "4000-001"))));
    steps.add(
        nodeUpdate(
            node2,
            "j-unicode",
            p -> withDetails(p, "ニック", p.score(), p.rank(), p.lastSeen(), 1.25, p.verified())));
    steps.add(node2.delete(PEOPLE.name(), "j-separators"));
    expected.remove("j-separators");
    steps.add(
        nodeUpdate(
            node2,
            "n-plain",
            p ->
                withDetails(
                    p, p.nickname(), 2.5, p.rank(), p.lastSeen(), p.rating(), p.verified())));
    steps.add(
        nodeUpdate(node2, "n-absent", p -> with(p, p.name(), "from node", p.age(), p.address())));
    ReadBack<Person> afterNode = new ReadBack<>(node2, PEOPLE, cases());
    NodeBatch.Results results2 = node2.run();
    succeeded(results2, steps);

    // Turn 4, Java: reads, then changes records s3db.js updated (JSON bodies, extra metadata).
    HeadObjectResponse nodeUpdated = head(bucket, "j-plain");
    mismatches.expect(
        "application/json",
        nodeUpdated.contentType(),
        "people/j-plain: content type after s3db.js's update");
    mismatches.expect(
        true,
        nodeUpdated.metadata().containsKey("_contentlength"),
        "people/j-plain: s3db.js's update copied _contentlength into the metadata (the object Java updates next)");
    try (S3db db = Shared.connect(uri, PEOPLE)) {
      afterNode.compare(results2, db, mismatches);
      S3Dao<Person> people = PEOPLE.dao(db);
      javaUpdate(
          people,
          "j-plain",
          p -> withDetails(p, p.nickname(), p.score(), p.rank(), p.lastSeen(), 3.5, p.verified()));
      javaUpdate(
          people, "n-absent", p -> with(p, "Java again", p.nickname(), p.age(), p.address()));
    }
    for (String id : List.of("j-plain", "n-absent")) {
      head(bucket, id).metadata().keySet().stream()
          .filter(k -> k.startsWith("_") && !k.equals("_v"))
          .forEach(
              k ->
                  mismatches.add(
                      "people/"
                          + id
                          + ": Java's update kept s3db.js's read-only field "
                          + k
                          + " in metadata"));
    }

    // Turn 5, Node: reads what Java made of its updates.
    NodeBatch node3 = NodeBatch.connect(uri);
    ReadBack<Person> last = new ReadBack<>(node3, PEOPLE, cases());
    NodeBatch.Results results3 = node3.run();
    try (S3db db = Shared.connect(uri, PEOPLE)) {
      last.compare(results3, db, mismatches);
    }
    mismatches.assertNone("after cross updates and deletes");
  }

  /**
   * A few records of every kind: plain, unicode, separators, only required values, extreme numbers.
   */
  private static List<Person> pick(List<Case<Person>> cases) {
    List<Person> picked = new ArrayList<>();
    for (Case<Person> c : cases) {
      if (c.id().matches(".-(plain|unicode|separators|absent|max-ints|decimals)")) {
        picked.add(c.record());
      }
    }
    return picked;
  }

  private List<Case<Person>> cases() {
    return expected.values().stream().map(p -> Case.of(PEOPLE, p)).toList();
  }

  private void javaUpdate(S3Dao<Person> people, String id, UnaryOperator<Person> change) {
    expected.put(id, people.update(id, change));
  }

  /**
   * Adds an s3db.js update of the fields {@code change} alters (top-level, nested objects whole),
   * as a Node service would send it. s3db.js's update merges into the stored record, nested objects
   * too, so it cannot remove a value: changes must not.
   */
  private int nodeUpdate(NodeBatch batch, String id, UnaryOperator<Person> change) {
    Person before = expected.get(id);
    Person after = change.apply(before);
    ObjectNode old = Trees.of(before);
    ObjectNode now = Trees.of(after);
    ObjectNode data = Trees.changed(old, now);
    Trees.flatten(old)
        .keySet()
        .forEach(
            path -> {
              if (!Trees.flatten(now).containsKey(path)) {
                throw new IllegalArgumentException(
                    "s3db.js's update merges, nested objects too: it cannot remove "
                        + path
                        + " of "
                        + id);
              }
            });
    expected.put(id, after);
    return batch.update(PEOPLE.name(), id, data);
  }

  /** {@code p} with its nickname, score and optional numbers replaced. */
  private static Person withDetails(
      Person p,
      @Nullable String nickname,
      double score,
      @Nullable Integer rank,
      @Nullable Long lastSeen,
      @Nullable Double rating,
      @Nullable Boolean verified) {
    return new Person(
        p.id(),
        p.name(),
        nickname,
        p.age(),
        p.visits(),
        score,
        p.active(),
        rank,
        lastSeen,
        rating,
        verified,
        p.address());
  }

  private static Person with(
      Person p, String name, String nickname, int age, Person.Address address) {
    return new Person(
        p.id(),
        name,
        nickname,
        age,
        p.visits(),
        p.score(),
        p.active(),
        p.rank(),
        p.lastSeen(),
        p.rating(),
        p.verified(),
        address);
  }

  private static HeadObjectResponse head(TestBucket bucket, String id) {
    return bucket
        .client()
        .headObject(b -> b.bucket(bucket.name()).key("cross/resource=people/data/id=" + id));
  }

  private static void succeeded(NodeBatch.Results results, List<Integer> steps) {
    for (int step : steps) {
      JsonNode ignored = results.value(step); // fails with s3db.js's error
    }
  }
}
