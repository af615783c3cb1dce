package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.s3db.S3db;
import io.s3db.ValidationException;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
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
  void aCopyIsValidatedWhenWrittenAndTheStoredRecordIsKept() {
    User ana = users.insert(User.sample(null));
    assertThrows(
        ValidationException.class,
        () -> users.update(ana.id(), u -> UserWith.of(u).name(null).build()));
    assertEquals(ana, users.get(ana.id()));
  }
}
