package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.BulkResult;
import io.s3db.S3db;
import io.s3db.ValidationException;
import io.s3db.Violation;
import io.s3db.testing.S3ServerExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An invalid record is named as the caller gave it: by its id, or as a new record when its id was
 * to be generated (that id was never stored, so naming it would only confuse).
 */
@ExtendWith({S3ServerExtension.class, TestDatabases.class})
class NewRecordErrorsTest {
  private final SignupDao signups;

  NewRecordErrorsTest(S3db db) {
    this.signups = SignupDao.of(db);
  }

  @Test
  void aRecordWithoutAnIdIsNamedAsNew() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> signups.insert(new Signup(null, "nope")));
    assertNull(e.id());
    assertTrue(
        e.getMessage().startsWith("Invalid new record (no id given) for resource 'signups': "),
        e.getMessage());
    assertEquals("email", e.violations().get(0).path());
    ValidationException upsert =
        assertThrows(ValidationException.class, () -> signups.upsert(new Signup(null, "nope")));
    assertNull(upsert.id());
    assertEquals(0, signups.count());
  }

  @Test
  void aRecordWithAnIdIsNamedByIt() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> signups.insert(new Signup("s1", "nope")));
    assertEquals("s1", e.id());
    assertTrue(e.getMessage().contains("id 's1'"), e.getMessage());
  }

  @Test
  void bulkFailuresNameTheRecordAsGiven() {
    BulkResult<Signup> result =
        signups.insertMany(
            List.of(new Signup(null, "nope"), new Signup("s2", "bad"), new Signup(null, "a@b.co")));
    assertEquals(1, result.succeeded().size());
    List<BulkResult.Failure<Signup>> failures = result.failures();
    assertEquals(2, failures.size());
    BulkResult.Failure<Signup> anonymous =
        failures.stream().filter(f -> f.item().id() == null).findFirst().orElseThrow();
    assertEquals("", anonymous.id());
    assertNull(anonymous.error().id());
    assertTrue(anonymous.error().getMessage().startsWith("Invalid new record"));
    BulkResult.Failure<Signup> named =
        failures.stream().filter(f -> "s2".equals(f.item().id())).findFirst().orElseThrow();
    assertEquals("s2", named.id());
    assertEquals("s2", named.error().id());
  }

  @Test
  void aHooksOwnValidationExceptionReachesTheCallerUnchanged() {
    ValidationException own =
        new ValidationException(
            "signups", "mine", List.of(new Violation("email", "custom", "taken", null)));
    signups
        .hooks()
        .beforeInsert(
            (ctx, s) -> {
              throw own;
            });
    assertSame(
        own,
        assertThrows(ValidationException.class, () -> signups.insert(new Signup(null, "a@b.co"))));
  }
}
