package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3db.BulkResult;
import io.s3db.BulkWriter;
import io.s3db.S3db;
import io.s3db.ValidationException;
import io.s3db.ids.UuidV7Ids;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @S3Resource(idGenerator)} on every path that makes ids, checked against what the server
 * holds: single and bulk inserts, upserts, the writer; and generated ids held to the rules of given
 * ones, before any request.
 */
@ExtendWith({S3ServerExtension.class, TestDatabases.class})
class IdGeneratorTest {
  private final TestBucket bucket;

  IdGeneratorTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  @Test
  void theGeneratorSeesTheRecordWithItsDefaults(S3db db) {
    TicketDao tickets = TicketDao.of(db);
    Ticket stored = tickets.insert(Ticket.of("core", "crash on start"));
    assertTrue(stored.id().matches("core-triage-[A-Za-z0-9_-]{8}"), stored.id());
    assertEquals(stored, tickets.get(stored.id()));
    assertEquals(
        "web-urgent-",
        tickets.upsert(new Ticket(null, "web", "down", "urgent")).id().substring(0, 11));
  }

  @Test
  void aGivenIdWins(S3db db) {
    TicketDao tickets = TicketDao.of(db);
    assertEquals("T-1", tickets.insert(new Ticket("T-1", "core", "mine", null)).id());
    assertEquals(List.of("T-1"), tickets.listIds());
  }

  @Test
  void insertManyAndTheWriterUseTheGenerator(S3db db) {
    TicketDao tickets = TicketDao.of(db);
    List<Ticket> batch =
        IntStream.range(0, 20).mapToObj(i -> Ticket.of("p" + (i % 3), "t" + i)).toList();
    BulkResult<Ticket> result = tickets.insertMany(batch);
    assertTrue(result.failures().isEmpty(), result.failures().toString());
    for (int i = 0; i < batch.size(); i++) {
      assertTrue(result.succeeded().get(i).id().startsWith("p" + (i % 3) + "-triage-"));
    }
    BulkWriter<Ticket> writer = tickets.writer(BulkWriter.options().keepSucceeded(true));
    try (writer) {
      batch.forEach(ticket -> writer.add(new Ticket(null, "w", ticket.title(), "bulk")));
    }
    assertEquals(20, writer.result().succeededCount());
    assertTrue(writer.result().succeeded().stream().allMatch(t -> t.id().startsWith("w-bulk-")));
    assertEquals(40, tickets.count());
    assertEquals(20, tickets.listIds().stream().filter(id -> id.startsWith("w-bulk-")).count());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a/b", "..", "a\u0001b", "x=1", "100%", "back\\slash", "."})
  void aBadGeneratedIdIsRefusedBeforeAnyRequest(String bad, RequestCounter counter) {
    EchoDao echoes = EchoDao.of(counter.db());
    echoes.insert(new Echo(null, "warm-up")); // registers the resource
    counter.reset();
    ValidationException e =
        assertThrows(ValidationException.class, () -> echoes.insert(new Echo(null, bad)));
    assertTrue(
        e.getMessage().contains("the IdGenerator io.s3db.it.Echo$Ids returned"), e.getMessage());
    assertEquals("id", e.violations().get(0).path());
    assertEquals("generated", e.violations().get(0).rule());
    assertEquals(List.of(), counter.requests());
    assertEquals(List.of("warm-up"), echoes.listIds());
  }

  @Test
  void aGeneratorReturningNullIsRefused(RequestCounter counter) {
    EchoDao echoes = EchoDao.of(counter.db());
    echoes.count(); // registers the resource
    counter.reset();
    ValidationException e =
        assertThrows(ValidationException.class, () -> echoes.upsert(new Echo(null, null)));
    assertEquals(
        "Invalid record for resource 'echoes': [id: the IdGenerator io.s3db.it.Echo$Ids returned null].",
        e.getMessage());
    assertNull(e.violations().get(0).rejectedValue());
    assertEquals(List.of(), counter.requests());
  }

  @Test
  void whatTheGeneratorThrowsReachesTheCaller(RequestCounter counter) {
    EchoDao echoes = EchoDao.of(counter.db());
    echoes.count();
    counter.reset();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> echoes.insert(new Echo(null, "throw")));
    assertEquals("no id for you", e.getMessage());
    assertEquals(List.of(), counter.requests());
    assertEquals(0, echoes.count());
  }

  @Test
  void inABulkInsertABadIdFailsOnlyItsRecord(S3db db) {
    EchoDao echoes = EchoDao.of(db);
    BulkResult<Echo> result =
        echoes.insertMany(
            List.of(new Echo(null, "ok-1"), new Echo(null, "no/way"), new Echo(null, "ok-2")));
    assertEquals(2, result.succeededCount());
    assertEquals(1, result.failures().size());
    assertInstanceOf(ValidationException.class, result.failures().get(0).error());
    assertEquals("no/way", result.failures().get(0).item().wanted());
    assertEquals(List.of("ok-1", "ok-2"), echoes.listIds());
  }

  @Test
  void uuidV7RecordsListInCreationOrder(S3db db) {
    NoteDao notes = NoteDao.of(db);
    Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    List<String> written = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      written.add(notes.insert(new Note(null, "note " + i)).id());
    }
    assertEquals(written, notes.listIds());
    assertEquals(
        IntStream.range(0, 30).mapToObj(i -> "note " + i).toList(),
        notes.list().stream().map(Note::text).toList());
    Instant first = UuidV7Ids.timestamp(written.get(0));
    assertFalse(first.isBefore(before), first + " is before " + before);
    assertFalse(first.isAfter(Instant.now()));
  }

  @Test
  void theCatalogSaysTheIdsAreCustomAsS3dbJsDoes(S3db db) throws IOException {
    NoteDao.of(db).count();
    TicketDao.of(db).count();
    JsonNode resources = catalog(db).path("resources");
    JsonNode journal = resources.path("journal").path("versions").path("v1");
    assertEquals("custom", journal.path("idGenerator").asText());
    assertEquals(22, journal.path("idSize").asInt());
    assertEquals(
        "custom",
        resources.path("tickets").path("versions").path("v1").path("idGenerator").asText());
    UserDao.of(db).count();
    assertEquals(
        "default",
        catalog(db)
            .path("resources")
            .path("users")
            .path("versions")
            .path("v1")
            .path("idGenerator")
            .asText());
  }

  private JsonNode catalog(S3db db) throws IOException {
    byte[] json =
        bucket
            .client()
            .getObjectAsBytes(b -> b.bucket(bucket.name()).key(db.keyPrefix() + "/s3db.json"))
            .asByteArray();
    return new ObjectMapper().readTree(json);
  }
}
