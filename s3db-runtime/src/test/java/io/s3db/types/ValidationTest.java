package io.s3db.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3db.S3db;
import io.s3db.ValidationException;
import io.s3db.Violation;
import io.s3db.it.TestDatabases;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every rule is checked before any request, all violations are reported at once, secrets are never
 * shown.
 */
@ExtendWith({S3ServerExtension.class, TestDatabases.class})
@TestDatabases.Passphrase("p")
class ValidationTest {
  private final TestBucket bucket;
  private final String prefix;
  private final S3db db;
  private final ConstrainedDao dao;

  ValidationTest(TestBucket bucket, S3db db) {
    this.bucket = bucket;
    this.db = db;
    this.prefix = db.keyPrefix();
    this.dao = ConstrainedDao.of(db);
  }

  static Constrained valid(String id) {
    return new Constrained(
        id,
        "Ana",
        "Dr",
        List.of("x"),
        "ana@example.com",
        "ABC-12",
        3,
        1,
        0,
        -1,
        0,
        1.0,
        new BigDecimal("123.45"),
        Instant.parse("2000-01-01T00:00:00Z"),
        LocalDate.of(2020, 1, 1),
        null,
        "low",
        "yes",
        "tok");
  }

  @Test
  void aValidRecordIsStored() {
    assertEquals(valid("ok"), dao.get(dao.insert(valid("ok")).id()));
  }

  @Test
  void everyBrokenRuleIsReportedAtOnceAndNothingIsWritten() {
    Constrained broken =
        new Constrained(
            "bad",
            "A",
            "  ",
            List.of(),
            "not-an-email",
            "abc",
            6,
            0,
            -0.5,
            0,
            1,
            0.5,
            new BigDecimal("1234.567"),
            Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.MILLIS),
            LocalDate.now().plusDays(2),
            Instant.parse("2001-01-01T00:00:00Z"),
            "medium",
            null,
            "   ");
    ValidationException e = assertThrows(ValidationException.class, () -> dao.insert(broken));
    Map<String, String> rules =
        e.violations().stream()
            .collect(Collectors.toMap(Violation::path, Violation::rule, (a, b) -> a + "," + b));
    assertEquals(
        Map.ofEntries(
            Map.entry("name", "size"),
            Map.entry("title", "notBlank"),
            Map.entry("tags", "notEmpty"),
            Map.entry("email", "email"),
            Map.entry("code", "pattern"),
            Map.entry("stars", "max"),
            Map.entry("count", "min"),
            Map.entry("balance", "min"),
            Map.entry("debt", "max"),
            Map.entry("offset", "max"),
            Map.entry("ratio", "min"),
            Map.entry("price", "digits"),
            Map.entry("born", "past"),
            Map.entry("joined", "pastOrPresent"),
            Map.entry("expires", "future"),
            Map.entry("level", "oneOf"),
            Map.entry("required", "required"),
            Map.entry("token", "notBlank")),
        rules);
    assertFalse(dao.exists("bad"));
    Violation token =
        e.violations().stream().filter(v -> v.path().equals("token")).findFirst().orElseThrow();
    assertNull(token.rejectedValue(), "a secret's value is never shown");
    Violation email =
        e.violations().stream().filter(v -> v.path().equals("email")).findFirst().orElseThrow();
    assertEquals("not-an-email", email.rejectedValue());
  }

  @Test
  void whatS3OrS3dbJsCannotStoreIsRejected() throws Exception {
    Everything base = TypesTest.full("x");
    List<Everything> invalid = new ArrayList<>();
    invalid.add(
        with(
            base,
            Instant.parse("2024-01-01T00:00:00.000000001Z"),
            base.when(),
            base.tags(),
            base.ratio()));
    invalid.add(
        with(
            base,
            base.at(),
            OffsetDateTime.parse("2024-01-01T00:00:00+02:00"),
            base.tags(),
            base.ratio()));
    invalid.add(with(base, base.at(), base.when(), List.of(""), base.ratio()));
    invalid.add(with(base, base.at(), base.when(), base.tags(), Float.NaN));
    List<String> expected = List.of("at:datetime", "when:datetime", "tags:items", "ratio:finite");
    try (S3db secrets = S3db.builder().uri(bucket.uri(prefix)).passphrase("p").build()) {
      EverythingDao everything = EverythingDao.of(secrets);
      for (int i = 0; i < invalid.size(); i++) {
        Everything record = invalid.get(i);
        ValidationException e =
            assertThrows(ValidationException.class, () -> everything.insert(record));
        Violation first = e.violations().get(0);
        assertEquals(expected.get(i), first.path() + ":" + first.rule(), e.getMessage());
      }
      Everything truncated =
          with(base, base.at().truncatedTo(ChronoUnit.MILLIS), base.when(), base.tags(), 1f);
      assertTrue(everything.insert(truncated).id().equals("x"));
    }
  }

  @Test
  void jsonFieldsOnlyTakeJsonValues() throws Exception {
    Everything base = TypesTest.full("json");
    Everything bad =
        new Everything(
            "json",
            base.tiny(),
            base.small(),
            base.ratio(),
            null,
            null,
            null,
            base.price(),
            base.status(),
            null,
            base.ref(),
            base.at(),
            base.when(),
            base.day(),
            base.tags(),
            base.flags(),
            base.counts(),
            base.longs(),
            base.weights(),
            base.floats(),
            base.switches(),
            base.refs(),
            base.amounts(),
            null,
            Map.of("when", Instant.EPOCH),
            base.labels(),
            (JsonNode) new ObjectMapper().readTree("[]"),
            null,
            null,
            null,
            "pw",
            null,
            null,
            null,
            null);
    try (S3db secrets = S3db.builder().uri(bucket.uri(prefix)).passphrase("p").build()) {
      ValidationException e =
          assertThrows(ValidationException.class, () -> EverythingDao.of(secrets).insert(bad));
      assertEquals("attributes", e.violations().get(0).path());
      assertTrue(e.violations().get(0).message().contains("java.time.Instant"), e.getMessage());
    }
  }

  private static Everything with(
      Everything b, Instant at, OffsetDateTime when, List<String> tags, float ratio) {
    return new Everything(
        b.id(),
        b.tiny(),
        b.small(),
        ratio,
        b.maybeTiny(),
        b.maybeSmall(),
        b.maybeRatio(),
        b.price(),
        b.status(),
        b.previous(),
        b.ref(),
        at,
        when,
        b.day(),
        tags,
        b.flags(),
        b.counts(),
        b.longs(),
        b.weights(),
        b.floats(),
        b.switches(),
        b.refs(),
        b.amounts(),
        b.maybeTags(),
        b.attributes(),
        b.labels(),
        b.doc(),
        b.maybeRef(),
        b.maybeAt(),
        b.maybeDay(),
        b.password(),
        b.apiKey(),
        b.state(),
        b.priority(),
        b.fallback());
  }
}
