package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.PartitionKey;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @S3Resource(timestamps = true)} and partitions on dates, UUIDs, enums and BigDecimals
 * (FORMAT.md §6, §2.2, §2.3). The expected keys, catalog entries and hash are what s3db.js 21.6.2
 * writes for the same definition ({@code timestamps: true}, the same attributes and partitions) and
 * the same values: checked by running it (memory client; the hash is s3db.js's {@code
 * generateDefinitionHash} of that definition).
 */
@ExtendWith(S3ServerExtension.class)
class TimestampsTest {
  private static final String KIND = "0f8fad5b-d9cb-469f-a165-70867728950e";

  private final TestBucket bucket;
  private final String prefix;
  private final TestClock clock = new TestClock("2026-11-25T15:22:47.160999Z");
  private RequestCounter requests;
  private EventDao events;

  TimestampsTest(TestBucket bucket) {
    this.bucket = bucket;
    this.prefix = "timestamps-" + System.nanoTime();
  }

  @BeforeEach
  void connect() {
    requests = new RequestCounter(bucket, prefix, clock);
    events = EventDao.of(requests.db());
    requests.reset();
  }

  @AfterEach
  void close() {
    requests.close();
  }

  /** 23:30 at -05:00 on the 24th is 04:30 UTC on the 25th: keys hold UTC dates, as in s3db.js. */
  private static Event e1() {
    return Event.of("e1", Instant.parse("2026-11-25T04:30:00Z"), LocalDate.parse("2026-11-24"));
  }

  @Test
  void insertStampsBothTimesToTheMillisecond_andWritesS3dbJsKeys() {
    Event stored = events.insert(e1());
    Instant now = Instant.parse("2026-11-25T15:22:47.160Z");
    assertEquals(now, stored.createdAt());
    assertEquals(now, stored.updatedAt());
    assertEquals(
        Map.of("PutObject", 15, "HeadObject", 1),
        requests.counts(),
        "7 refs (5 declared + 2 automatic), the data, the 7 refs again, a check");
    assertTrue(
        requests.requests().get(7).endsWith("/data/id=e1"), "data last: " + requests.requests());
    assertEquals(stored, events.get("e1"));
    assertEquals(keysOfE1("2026-11-25"), requests.keys());
  }

  @Test
  void insertOverwritesTimesTheCallerSet() {
    Event given =
        new Event(
            "e2",
            Instant.EPOCH,
            "n",
            Instant.EPOCH,
            OffsetDateTime.parse("2026-01-01T00:00Z"),
            LocalDate.EPOCH,
            UUID.fromString(KIND),
            Event.Level.LOW,
            BigDecimal.ONE,
            Instant.EPOCH);
    Event stored = events.insert(given);
    assertEquals(Instant.parse("2026-11-25T15:22:47.160Z"), stored.createdAt());
    assertEquals(stored.createdAt(), stored.updatedAt());
  }

  @Test
  void theCatalogDeclaresTimestampsAsS3dbJsDoes() throws IOException {
    JsonNode catalog = StoredObjects.catalog(bucket, prefix);
    JsonNode resource = catalog.path("resources").path("events");
    String partitions =
        "{\"byDay\":{\"fields\":{\"day\":\"dateonly\"}},\"byWhen\":{\"fields\":{\"when\":\"datetime\"}},"
            + "\"byAt\":{\"fields\":{\"at\":\"datetime\"}},"
            + "\"byKindAndLevel\":{\"fields\":{\"kind\":\"uuid\",\"level\":\"string\"}},"
            + "\"byAmount\":{\"fields\":{\"amount\":\"string\"}},"
            + "\"byCreatedDate\":{\"fields\":{\"createdAt\":\"date|maxlength:10\"}},"
            + "\"byUpdatedDate\":{\"fields\":{\"updatedAt\":\"date|maxlength:10\"}}}";
    assertEquals(partitions, resource.path("partitions").toString());
    JsonNode v1 = resource.path("versions").path("v1");
    assertEquals(partitions, v1.path("partitions").toString());
    // createdAt is declared second in the record, but s3db.js appends the timestamps after the
    // attributes
    assertEquals(
        "{\"name\":\"string\",\"when\":\"datetime\",\"at\":\"datetime\",\"day\":\"dateonly\","
            + "\"kind\":\"uuid\",\"level\":\"string\",\"amount\":\"string\","
            + "\"createdAt\":\"datetime|optional\",\"updatedAt\":\"datetime|optional\"}",
        v1.path("attributes").toString());
    assertTrue(v1.path("timestamps").asBoolean());
    // s3db.js's generateDefinitionHash of this definition: attributes without createdAt and
    // updatedAt
    assertEquals(
        "sha256:a2641ea2aaa9c6397713ece3a21e3084f09d02da175c8c9cece86944e5fd9f8e",
        v1.path("hash").asText());
    assertEquals(
        "{\"name\":0,\"when\":1,\"at\":2,\"day\":3,\"kind\":4,\"level\":5,\"amount\":6,\"createdAt\":7,"
            + "\"updatedAt\":8}",
        resource.path("schemaRegistry").path("mapping").toString());
  }

  @Test
  void updateKeepsCreatedAt_andMovesTheUpdatedDateRefOnlyWhenTheDayChanges() {
    Event stored = events.insert(e1());
    clock.set("2026-11-25T20:00:00Z");
    requests.reset();
    Event renamed =
        events.update(
            "e1",
            e ->
                new Event(
                    e.id(),
                    Instant.EPOCH,
                    "renamed",
                    e.when(),
                    e.at(),
                    e.day(),
                    e.kind(),
                    e.level(),
                    e.amount(),
                    Instant.EPOCH));
    assertEquals(
        stored.createdAt(), renamed.createdAt(), "createdAt is kept, whatever the change says");
    assertEquals(Instant.parse("2026-11-25T20:00:00Z"), renamed.updatedAt());
    assertEquals(
        Map.of("HeadObject", 1, "PutObject", 1), requests.counts(), "same day: no ref work");

    clock.set("2026-11-26T00:00:00.001Z");
    requests.reset();
    Event next = events.update("e1", e -> e.withName("next day"));
    assertEquals(stored.createdAt(), next.createdAt());
    assertEquals(
        Map.of("HeadObject", 2, "PutObject", 3, "DeleteObject", 1),
        requests.counts(),
        requests.requests().toString());
    assertTrue(
        requests.requests().get(1).endsWith("/partition=byUpdatedDate/updatedAt=2026-11-26/id=e1"),
        "new ref before the data: " + requests.requests());
    assertTrue(
        requests.requests().get(4).endsWith("/partition=byUpdatedDate/updatedAt=2026-11-25/id=e1"),
        "old ref computed from the stored record, deleted after the data: " + requests.requests());
    assertEquals(
        List.of(), events.listIds(EventPartitions.byUpdatedDate(LocalDate.parse("2026-11-25"))));
    assertEquals(
        List.of(next), events.list(EventPartitions.byUpdatedDate(LocalDate.parse("2026-11-26"))));
    assertEquals(
        List.of(next), events.list(EventPartitions.byCreatedDate(LocalDate.parse("2026-11-25"))));
    assertEquals(next, events.get("e1"));
  }

  @Test
  void upsertOfANewRecordStampsBoth_replacingKeepsTheStoredCreatedAt() {
    Event inserted = events.upsert(e1());
    assertEquals(Instant.parse("2026-11-25T15:22:47.160Z"), inserted.createdAt());
    assertEquals(inserted.createdAt(), inserted.updatedAt());

    clock.set("2026-11-27T09:00:00Z");
    Event replaced = events.upsert(e1().withName("replaced"));
    assertEquals(inserted.createdAt(), replaced.createdAt());
    assertEquals(Instant.parse("2026-11-27T09:00:00Z"), replaced.updatedAt());
    assertEquals(replaced, events.get("e1"));
    // the byCreatedDate ref of the 27th, put before the insert attempt found the record, is gone
    // again
    assertEquals(keysOfE1("2026-11-27"), requests.keys());
  }

  @Test
  void factoriesRenderEachTypeAsTheKeysHoldIt() {
    Event stored = events.insert(e1());
    requests.reset();
    LocalDate the25th = LocalDate.parse("2026-11-25");
    // an instant, or its UTC date; an OffsetDateTime is taken at UTC, not at its own offset
    assertEquals(
        EventPartitions.byWhen(the25th),
        EventPartitions.byWhen(Instant.parse("2026-11-25T23:59:59.999Z")));
    assertEquals(
        List.of(stored),
        events.list(EventPartitions.byWhen(Instant.parse("2026-11-25T00:00:00Z"))));
    assertEquals(
        List.of(stored),
        events.list(EventPartitions.byAt(OffsetDateTime.parse("2026-11-25T01:00:00+02:00"))));
    assertEquals(List.of(), events.listIds(EventPartitions.byAt(LocalDate.parse("2026-11-25"))));
    assertEquals(
        List.of(stored), events.list(EventPartitions.byDay(LocalDate.parse("2026-11-24"))));
    assertEquals(List.of(stored), events.list(EventPartitions.byCreatedDate(the25th)));
    assertEquals(List.of(stored), events.list(EventPartitions.byCreatedDate(stored.createdAt())));
    assertEquals(
        1, events.count(EventPartitions.byKindAndLevel(UUID.fromString(KIND), Event.Level.HIGH)));
    assertEquals(
        0, events.count(EventPartitions.byKindAndLevel(UUID.fromString(KIND), Event.Level.LOW)));
    assertEquals(1, events.count(EventPartitions.byAmount(new BigDecimal("19.90"))));
    assertEquals(
        0, events.count(EventPartitions.byAmount(new BigDecimal("19.9"))), "the exact stored text");
    assertEquals(
        Map.of("createdAt", "2026-11-25"), EventPartitions.byCreatedDate(the25th).values());
    PartitionKey<Event> composite =
        EventPartitions.byKindAndLevel(UUID.fromString(KIND.toUpperCase()), Event.Level.HIGH);
    assertEquals(Map.of("kind", KIND, "level", "HIGH"), composite.values());
  }

  /** e1's data and references, created on the 25th and last updated on {@code updatedDate}. */
  private static List<String> keysOfE1(String updatedDate) {
    return List.of(
        "resource=events/data/id=e1",
        "resource=events/partition=byAmount/amount=19.90/id=e1",
        "resource=events/partition=byAt/at=2026-11-24/id=e1",
        "resource=events/partition=byCreatedDate/createdAt=2026-11-25/id=e1",
        "resource=events/partition=byDay/day=2026-11-24/id=e1",
        "resource=events/partition=byKindAndLevel/kind=" + KIND + "/level=HIGH/id=e1",
        "resource=events/partition=byUpdatedDate/updatedAt=" + updatedDate + "/id=e1",
        "resource=events/partition=byWhen/when=2026-11-25/id=e1");
  }
}
