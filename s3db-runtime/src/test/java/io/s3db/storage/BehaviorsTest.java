package io.s3db.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3db.MetadataTooLargeException;
import io.s3db.S3db;
import io.s3db.events.ExceedsLimitEvent;
import io.s3db.events.S3dbListener;
import io.s3db.storage.Records.BodyOnlyBig;
import io.s3db.storage.Records.EnforcedBig;
import io.s3db.storage.Records.OverflowBig;
import io.s3db.storage.Records.TruncatedBig;
import io.s3db.storage.Records.TruncatedMixed;
import io.s3db.storage.Records.UserManagedBig;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Each behavior against the embedded server (which rejects metadata over 2 KB as AWS does),
 * compared with the objects s3db.js 21.6.2 wrote for the same over-limit record
 * (src/test/resources/vectors, "behaviors").
 */
@ExtendWith(S3ServerExtension.class)
class BehaviorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String A = "A".repeat(100);
  private static final String B = "B".repeat(1000);
  private static final String C = "C".repeat(1200);
  private static final String D = "D".repeat(10);
  private static JsonNode vectors;

  private final TestBucket bucket;
  private final String prefix = "behaviors-" + System.nanoTime();
  private final List<ExceedsLimitEvent> events = new ArrayList<>();
  private S3db db;

  BehaviorsTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        BehaviorsTest.class.getResourceAsStream("/vectors/s3dbjs-vectors-21.6.2.json")) {
      vectors = JSON.readTree(in).path("behaviors").path("resources");
    }
  }

  @BeforeEach
  void connect() {
    db =
        S3db.builder()
            .uri(bucket.uri(prefix))
            .listener(
                new S3dbListener() {
                  @Override
                  public void exceedsLimit(ExceedsLimitEvent event) {
                    events.add(event);
                  }
                })
            .build();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void userManagedMovesARecordOverTheLimitToTheBodyAsS3dbJsDoes() throws Exception {
    Records_UserManagedBigDao dao = Records_UserManagedBigDao.of(db);
    UserManagedBig big = dao.insert(new UserManagedBig("big", A, B, C, D));
    assertSameObject("user-managed", "r_user_managed");
    assertEquals(big, dao.get("big"));
    assertEquals(1, events.size());
    ExceedsLimitEvent event = events.get(0);
    assertEquals("r_user_managed", event.resource());
    assertEquals("insert", event.operation());
    assertEquals(2048, event.limit());
    assertEquals(event.size() - 2048, event.excess());
    assertEquals(
        2 + 1 + 1 + 1 + 1 + 100 + 1000 + 1200 + 10 + 2,
        event.size(),
        "keys 0-3 and _v with their values");
    // shrinking it brings its fields back to metadata
    dao.update("big", r -> new UserManagedBig(r.id(), "a", "b", "c", "d"));
    assertEquals("c", metadata("r_user_managed", "big").get("2"));
    assertEquals(new UserManagedBig("big", "a", "b", "c", "d"), dao.get("big"));
  }

  @Test
  void enforceLimitsRefusesBeforeAnyRequest() {
    Records_EnforcedBigDao dao = Records_EnforcedBigDao.of(db);
    MetadataTooLargeException e =
        assertThrows(
            MetadataTooLargeException.class, () -> dao.insert(new EnforcedBig("big", A, B, C, D)));
    assertEquals(List.of("c (1200 bytes)", "b (1000 bytes)", "a (100 bytes)"), e.largestFields());
    assertFalse(dao.exists("big"));
  }

  @Test
  void truncateDataCutsTheLongestTextToFitExactly() {
    Records_TruncatedBigDao dao = Records_TruncatedBigDao.of(db);
    TruncatedBig stored = dao.insert(new TruncatedBig("big", A, B, C, D));
    Map<String, String> metadata = metadata("r_truncate_data", "big");
    assertEquals("true", metadata.get("_truncated"));
    assertEquals(B, metadata.get("1"));
    assertEquals(D, metadata.get("3"), "s3db.js blanks d; nothing but the cut field changes here");
    int size =
        metadata.entrySet().stream()
            .mapToInt(e -> e.getKey().length() + e.getValue().length())
            .sum();
    assertEquals(2048, size);
    assertEquals("C".repeat(916), metadata.get("2"));
    assertEquals(new TruncatedBig("big", A, B, "C".repeat(916), D), dao.get("big"));
    assertEquals(dao.get("big"), stored, "insert returns the record as stored: what was kept");
    assertEquals("truncated", events.get(0).storedAs());
  }

  @Test
  void truncationNeverSplitsACharacterAndNeverTouchesNumbers() {
    Records_TruncatedMixedDao dao = Records_TruncatedMixedDao.of(db);
    dao.insert(new TruncatedMixed("m", "x".repeat(500), Long.MAX_VALUE, "😀".repeat(800)));
    TruncatedMixed read = dao.get("m");
    assertEquals(Long.MAX_VALUE, read.number());
    assertEquals("x".repeat(500), read.text());
    assertTrue(
        read.emoji().length() > 100 && read.emoji().length() < 1600, read.emoji().length() + "");
    assertEquals(read.emoji().length() % 2, 0, "whole surrogate pairs only");
    assertTrue(read.emoji().chars().allMatch(c -> c == 0xD83D || c == 0xDE00));
  }

  @Test
  void bodyOverflowKeepsTheSmallFieldsInMetadataAsS3dbJsDoes() throws Exception {
    Records_OverflowBigDao dao = Records_OverflowBigDao.of(db);
    OverflowBig big = dao.insert(new OverflowBig("big", A, B, C, D));
    assertSameObject("body-overflow", "r_body_overflow");
    assertEquals(big, dao.get("big"));
    OverflowBig small = dao.insert(new OverflowBig("small", "a", "b", "c", "d"));
    assertFalse(metadata("r_body_overflow", "small").containsKey("_overflow"));
    assertEquals(small, dao.get("small"));
  }

  @Test
  void bodyOnlyKeepsEveryFieldInTheBodyAsS3dbJsDoes() throws Exception {
    Records_BodyOnlyBigDao dao = Records_BodyOnlyBigDao.of(db);
    BodyOnlyBig big = dao.insert(new BodyOnlyBig("big", A, B, C, D));
    assertSameObject("body-only", "r_body_only");
    assertEquals(big, dao.get("big"));
    BodyOnlyBig updated = dao.update("big", r -> new BodyOnlyBig(r.id(), "ä", r.b(), r.c(), "|"));
    assertEquals(updated, dao.get("big"));
  }

  /** Every layout s3db.js wrote reads back as s3db.js read it. */
  @Test
  void readsEveryLayoutS3dbJsWrote() throws Exception {
    seed("user-managed", "r_user_managed");
    seed("truncate-data", "r_truncate_data");
    seed("body-overflow", "r_body_overflow");
    seed("body-only", "r_body_only");
    assertEquals(
        new UserManagedBig("big", A, B, C, D), Records_UserManagedBigDao.of(db).get("big"));
    assertEquals(
        new TruncatedBig("big", A, B, "C".repeat(917), ""),
        Records_TruncatedBigDao.of(db).get("big"));
    assertEquals(new OverflowBig("big", A, B, C, D), Records_OverflowBigDao.of(db).get("big"));
    assertEquals(new BodyOnlyBig("big", A, B, C, D), Records_BodyOnlyBigDao.of(db).get("big"));
  }

  /** Metadata and body equal to s3db.js's object for the vector record. */
  private void assertSameObject(String behavior, String resource) throws Exception {
    JsonNode expected = vectors.path(behavior).get(0);
    ResponseBytes<GetObjectResponse> object =
        bucket
            .client()
            .getObjectAsBytes(
                b ->
                    b.bucket(bucket.name()).key(prefix + "/resource=" + resource + "/data/id=big"));
    assertEquals(
        expand(expected.path("metadata")), object.response().metadata(), behavior + " metadata");
    // the media type is s3db.js's; the parameters after it name the write (w=, h=), for lost
    // replies
    assertEquals(
        expected.path("contentType").asText(),
        object.response().contentType().split(";")[0],
        behavior + " content type");
    JsonNode body = JSON.readTree(object.asByteArray());
    assertEquals(JSON.valueToTree(expand(expected.path("body"))), body, behavior + " body");
    assertEquals(
        JSON.writeValueAsString(JSON.valueToTree(expand(expected.path("body")))),
        object.asString(StandardCharsets.UTF_8),
        behavior + " body bytes (JSON.stringify order)");
  }

  private void seed(String behavior, String resource) throws Exception {
    JsonNode expected = vectors.path(behavior).get(0);
    Map<String, String> body = expand(expected.path("body"));
    bucket
        .client()
        .putObject(
            b ->
                b.bucket(bucket.name())
                    .key(prefix + "/resource=" + resource + "/data/id=big")
                    .metadata(expand(expected.path("metadata")))
                    .contentType(expected.path("contentType").asText()),
            body.isEmpty()
                ? RequestBody.empty()
                : RequestBody.fromString(JSON.writeValueAsString(body)));
  }

  private Map<String, String> metadata(String resource, String id) {
    return bucket
        .client()
        .headObject(
            b -> b.bucket(bucket.name()).key(prefix + "/resource=" + resource + "/data/id=" + id))
        .metadata();
  }

  /** The vectors abbreviate long values as {@code Cx1200}. */
  private static Map<String, String> expand(JsonNode abbreviated) {
    Map<String, String> values = new LinkedHashMap<>();
    if (abbreviated.isObject()) {
      abbreviated
          .fields()
          .forEachRemaining(
              e -> {
                String value = e.getValue().asText();
                values.put(
                    e.getKey(),
                    value.matches("[A-Z]x\\d+")
                        ? value.substring(0, 1).repeat(Integer.parseInt(value.substring(2)))
                        : value);
              });
    }
    return values;
  }
}
