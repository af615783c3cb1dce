package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.ResourceAlreadyExistsException;
import io.s3db.ResourceNotFoundException;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.ValidationException;
import io.s3db.Violation;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

@ExtendWith({S3ServerExtension.class, TestDatabases.class})
class CrudTest {
  private final TestBucket bucket;
  private final String prefix;
  private final S3db db;
  private final UserDao users;

  CrudTest(TestBucket bucket, S3db db) {
    this.bucket = bucket;
    this.db = db;
    this.prefix = db.keyPrefix();
    this.users = UserDao.of(db);
  }

  @Test
  void insertGeneratesANanoidAndStoresExactlyTheMetadata() {
    User ana = users.insert(User.sample(null));
    assertNotNull(ana.id());
    assertEquals(22, ana.id().length());
    assertTrue(ana.id().matches("[A-Za-z0-9_-]{22}"), ana.id());

    HeadObjectResponse head =
        bucket
            .client()
            .headObject(
                b -> b.bucket(bucket.name()).key(prefix + "/resource=users/data/id=" + ana.id()));
    assertEquals(0L, head.contentLength());
    // fresh resource: keys by position (FORMAT.md §4.1); values as s3db.js 21.6.2 writes them
    // (§13.1)
    assertEquals(
        Map.ofEntries(
            Map.entry("0", "Ana Lima"),
            Map.entry("1", "ana@example.com"),
            Map.entry("2", "y"),
            Map.entry("3", "1z.5"),
            Map.entry("4", "-1W.75"),
            Map.entry("5", "1"),
            Map.entry("6", "u:Ol%C3%A1%2C%20mundo!%20%C3%A7%C3%A3o%20%E2%82%AC"),
            Map.entry("7", "u:S%C3%A3o%20Paulo"),
            Map.entry("8", "us-east"),
            Map.entry("9", "4c92"),
            Map.entry("_v", "v1")),
        head.metadata());
    assertEquals(ana, users.get(ana.id()));
  }

  @Test
  void getFindExists() {
    User stored = users.insert(User.sample("user-1"));
    assertEquals(stored, users.get("user-1"));
    assertEquals(Optional.of(stored), users.find("user-1"));
    assertTrue(users.exists("user-1"));
    assertEquals(Optional.empty(), users.find("nobody"));
    assertFalse(users.exists("nobody"));
    ResourceNotFoundException missing =
        assertThrows(ResourceNotFoundException.class, () -> users.get("nobody"));
    assertEquals("nobody", missing.id());
    assertEquals("users", missing.resource());
  }

  @Test
  void optionalValuesRoundTripBothWays() {
    User full =
        new User(
            "full",
            "Bo",
            "bo@example.com",
            0,
            0.1,
            -5,
            false,
            new User.Profile(null, "Lisbon"),
            "eu-west",
            -123456L,
            180,
            true,
            4.25,
            Long.MAX_VALUE);
    users.insert(full);
    assertEquals(full, users.get("full"));
    User sparse =
        new User(
            "sparse",
            "Cy 日本",
            "cy@example.com",
            Integer.MAX_VALUE,
            1e21,
            -0.5,
            true,
            new User.Profile("hi 😀", "Rio"),
            "eu-west",
            Long.MIN_VALUE + 1,
            null,
            false,
            null,
            0L);
    users.insert(sparse);
    assertEquals(sparse, users.get("sparse"));
  }

  @Test
  void insertOfATakenIdFailsAndKeepsTheStoredRecord() {
    User first = users.insert(User.sample("dup"));
    User second =
        new User(
            "dup",
            "Other",
            "o@example.com",
            1,
            1,
            1,
            false,
            new User.Profile(null, "X"),
            "x",
            1,
            null,
            null,
            null,
            null);
    ResourceAlreadyExistsException e =
        assertThrows(ResourceAlreadyExistsException.class, () -> users.insert(second));
    assertEquals("dup", e.id());
    assertEquals(first, users.get("dup"));
  }

  @Test
  void updateAppliesTheChangeAndKeepsTheId() {
    users.insert(User.sample("u"));
    User updated =
        users.update(
            "u",
            u ->
                new User(
                    null,
                    u.name(),
                    "new@example.com",
                    u.age() + 1,
                    u.score(),
                    u.balance(),
                    u.active(),
                    u.profile(),
                    "eu-west",
                    u.visits(),
                    170,
                    null,
                    null,
                    null));
    assertEquals("u", updated.id());
    assertEquals(35, updated.age());
    assertEquals(updated, users.get("u"));
    assertThrows(ResourceNotFoundException.class, () -> users.update("nobody", u -> u));
    ValidationException idChange =
        assertThrows(
            ValidationException.class,
            () ->
                users.update(
                    "u",
                    u ->
                        new User(
                            "other",
                            u.name(),
                            u.email(),
                            u.age(),
                            u.score(),
                            u.balance(),
                            u.active(),
                            u.profile(),
                            u.region(),
                            u.visits(),
                            u.height(),
                            u.verified(),
                            u.rating(),
                            u.lastSeen())));
    assertEquals("immutable", idChange.violations().get(0).rule());
    assertEquals(updated, users.get("u"));
  }

  @Test
  void upsertInsertsThenReplaces() {
    User first = users.upsert(User.sample("up"));
    assertEquals(first, users.get("up"));
    User replacement =
        new User(
            "up",
            "Replaced",
            "r@example.com",
            9,
            9.5,
            9,
            false,
            new User.Profile(null, "Y"),
            "y",
            9,
            null,
            null,
            null,
            null);
    users.upsert(replacement);
    assertEquals(replacement, users.get("up"));
    User generated = users.upsert(User.sample(null));
    assertEquals(generated, users.get(generated.id()));
  }

  @Test
  void deleteIsIdempotent() {
    users.insert(User.sample("gone"));
    users.delete("gone");
    assertFalse(users.exists("gone"));
    users.delete("gone");
    users.delete("never-existed");
  }

  @Test
  void listListIdsAndCountSeeOnlyThisResource() {
    for (int i = 0; i < 25; i++) {
      users.insert(User.sample(String.format("id-%02d", i)));
    }
    // another resource whose name starts with "users" must not leak into the listing
    S3Dao<Gauge> gauges = GaugeDao.of(db);
    gauges.insert(new Gauge("g1", "pressure", 1.5));
    bucket
        .client()
        .putObject(
            b -> b.bucket(bucket.name()).key(prefix + "/resource=usersArchive/data/id=zz"),
            software.amazon.awssdk.core.sync.RequestBody.empty());

    assertEquals(25, users.count());
    List<String> ids = users.listIds();
    assertEquals(25, ids.size());
    assertEquals("id-00", ids.get(0));
    assertEquals("id-24", ids.get(24));
    List<User> all = users.list();
    assertEquals(25, all.size());
    assertEquals(User.sample("id-07"), all.get(7));
    assertEquals(1, gauges.count());
  }

  @Test
  void invalidRecordsAreRejectedBeforeAnyRequest() {
    User broken =
        new User(
            "bad",
            null,
            "e@example.com",
            1,
            Double.NaN,
            0,
            true,
            new User.Profile(null, null),
            "r",
            0,
            null,
            null,
            Double.POSITIVE_INFINITY,
            null);
    ValidationException e = assertThrows(ValidationException.class, () -> users.insert(broken));
    assertEquals(
        List.of("name", "score", "profile.city", "rating"),
        e.violations().stream().map(Violation::path).toList());
    assertEquals(
        List.of("required", "finite", "required", "finite"),
        e.violations().stream().map(Violation::rule).toList());
    assertFalse(users.exists("bad"));
    assertEquals(0, objects().size() - 1, "only the catalog exists");
  }

  @Test
  void idsThatWouldNotMapToOneKeyAreRejected() {
    for (String id : List.of("a/b", "a\\b", "a=b", "50%", "..", "x..y", "tab\there", "")) {
      ValidationException e =
          assertThrows(ValidationException.class, () -> users.insert(User.sample(id)), id);
      assertEquals("id", e.violations().get(0).path());
      assertThrows(ValidationException.class, () -> users.get(id), id);
    }
    assertEquals(1, objects().size(), "only the catalog exists");
  }

  /**
   * user-managed, the default: a record over S3's limit goes to the body, as s3db.js's insert puts
   * it.
   */
  @Test
  void recordsTooLargeForS3MetadataGoToTheBody() {
    String huge = "x".repeat(2100);
    User big = small("big", "n", huge);
    users.insert(big);
    assertEquals(Map.of("_v", "v1"), metadata("big"));
    assertEquals(big, users.get("big"));
  }

  /**
   * The largest record that fits: 2048 bytes of keys and values, counted after encoding, as AWS
   * does.
   */
  @Test
  void recordsUpToExactly2048BytesAreStored() {
    User probe = small("edge", "", null);
    users.insert(probe);
    int used =
        metadata("edge").entrySet().stream()
            .mapToInt(en -> en.getKey().length() + en.getValue().length())
            .sum();
    User exact = small("edge2", "n".repeat(2048 - used), null);
    users.insert(exact);
    assertEquals(exact, users.get("edge2"));
    User over = small("edge3", "n".repeat(2049 - used), null);
    users.insert(over);
    assertEquals(1, metadata("edge3").size(), "one byte over: to the body");
    assertEquals(over, users.get("edge3"));
  }

  @Test
  void stringsS3WouldAlterComeBackExactly() {
    List<String> names =
        List.of(
            "  padded  ",
            "null",
            "undefined",
            "u:abc",
            "d:c",
            "completed",
            "line\nbreak",
            "tab\tin",
            "\u0000",
            "|pipe\\",
            "{\"json\":1}",
            "[1,2]",
            "https://example.com/x",
            "日本語",
            "",
            "constructor",
            "font/woff2",
            "https://日本");
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String id = "s" + i;
      User user =
          new User(
              id,
              name,
              "e",
              1,
              1,
              1,
              true,
              new User.Profile(name, name),
              "r",
              1,
              null,
              null,
              null,
              null);
      users.insert(user);
      assertEquals(user, users.get(id), () -> "value [" + name + "]");
    }
  }

  @Test
  void textThatIsNotUnicodeIsRejectedNotMangled() {
    User lone = small("lone", "half \uD83D of an emoji", null);
    ValidationException e = assertThrows(ValidationException.class, () -> users.insert(lone));
    assertEquals("name", e.violations().get(0).path());
    assertEquals("unicode", e.violations().get(0).rule());
    assertFalse(users.exists("lone"));
  }

  /** A record of small values with the given name and profile bio (the city is "c"). */
  private static User small(String id, String name, @Nullable String bio) {
    return new User(
        id, name, "e", 1, 1, 1, true, new User.Profile(bio, "c"), "r", 1, null, null, null, null);
  }

  private Map<String, String> metadata(String id) {
    return bucket
        .client()
        .headObject(b -> b.bucket(bucket.name()).key(prefix + "/resource=users/data/id=" + id))
        .metadata();
  }

  private List<S3Object> objects() {
    return bucket
        .client()
        .listObjectsV2(b -> b.bucket(bucket.name()).prefix(prefix + "/"))
        .contents();
  }
}
