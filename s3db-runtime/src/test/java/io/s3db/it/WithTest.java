package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3db;
import io.s3db.ValidationException;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Updates through the generated {@code UserWith}: only what is set changes, in S3 too. */
@ExtendWith(S3ServerExtension.class)
class WithTest {
  private final TestBucket bucket;
  private S3db db;
  private UserDao users;

  WithTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  @BeforeEach
  void connect() {
    db = S3db.connect(bucket.uri("with-" + System.nanoTime()));
    users = UserDao.of(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void anUpdateNamesOnlyWhatItChanges() {
    User ana = users.insert(UserWith.of(User.sample(null)).rating(4.5).build());
    User updated = users.update(ana.id(), u -> UserWith.of(u).visits(u.visits() + 1).build());

    assertEquals(ana.visits() + 1, updated.visits());
    assertEquals(
        new User(
            ana.id(),
            ana.name(),
            ana.email(),
            ana.age(),
            ana.score(),
            ana.balance(),
            ana.active(),
            ana.profile(),
            ana.region(),
            ana.visits() + 1,
            ana.height(),
            ana.verified(),
            ana.rating(),
            ana.lastSeen()),
        users.get(ana.id()));
  }

  @Test
  void severalComponentsANestedRecordAndANullAtOnce() {
    User ana = users.insert(UserWith.of(User.sample(null)).rating(4.5).build());
    users.update(
        ana.id(),
        u ->
            UserWith.of(u)
                .name("Ana Maria")
                .profile(new User.Profile(null, "Lisboa"))
                .rating(null)
                .build());

    User read = users.get(ana.id());
    assertEquals("Ana Maria", read.name());
    assertEquals(new User.Profile(null, "Lisboa"), read.profile());
    assertNull(read.rating());
    assertEquals(ana.email(), read.email());
    assertEquals(ana.visits(), read.visits());
  }

  @Test
  void aNestedComponentChangesThroughItsCopierAndKeepsItsOtherComponents() {
    User ana = users.insert(User.sample(null));
    User updated =
        users.update(ana.id(), u -> UserWith.of(u).profile(p -> p.city("Porto")).build());

    User.Profile moved = new User.Profile(ana.profile().bio(), "Porto");
    assertEquals(moved, updated.profile());
    assertEquals(UserWith.of(ana).profile(moved).build(), users.get(ana.id()));
    // profile.bio and profile.city are keys 6 and 7 (FORMAT.md §4.1)
    Map<String, String> stored =
        bucket
            .client()
            .headObject(
                b ->
                    b.bucket(bucket.name())
                        .key(db.keyPrefix() + "/resource=users/data/id=" + ana.id()))
            .metadata();
    assertEquals("Porto", stored.get("7"));
    assertEquals("u:Ol%C3%A1%2C%20mundo!%20%C3%A7%C3%A3o%20%E2%82%AC", stored.get("6"));
    assertEquals("Ana Lima", stored.get("0"));
  }

  @Test
  void aChangeAppliesToTheValueSetSoFar() {
    User ana = User.sample("u1");
    User copy =
        UserWith.of(ana)
            .profile(new User.Profile(null, "Lisboa"))
            .profile(p -> p.bio("Oi"))
            .build();
    assertEquals(new User.Profile("Oi", "Lisboa"), copy.profile());
  }

  @Test
  void aChangeOfANestedRecordSetToNullNamesIt() {
    UserWith copier = UserWith.of(User.sample("u1")).profile((User.Profile) null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> copier.profile(p -> p.city("Porto")));
    assertTrue(e.getMessage().contains("profile"), e.getMessage());
  }

  @Test
  void aCopyIsValidatedWhenWrittenAndTheStoredRecordIsKept() {
    User ana = users.insert(User.sample(null));
    assertThrows(
        ValidationException.class,
        () -> users.update(ana.id(), u -> UserWith.of(u).name(null).build()));
    assertEquals(ana, users.get(ana.id()));
  }
}
