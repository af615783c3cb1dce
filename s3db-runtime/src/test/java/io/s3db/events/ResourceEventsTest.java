package io.s3db.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.AfterHookException;
import io.s3db.BulkWriter;
import io.s3db.Registration;
import io.s3db.ResourceAlreadyExistsException;
import io.s3db.S3db;
import io.s3db.it.TestDatabases;
import io.s3db.testing.S3ServerExtension;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code dao.events()}: each event once, with the right records, after the write is durable. */
@ExtendWith({S3ServerExtension.class, TestDatabases.class})
class ResourceEventsTest {
  private final MemoDao memos;
  private final List<String> heard = new CopyOnWriteArrayList<>();

  ResourceEventsTest(S3db db) {
    this.memos = MemoDao.of(db);
    ResourceEvents<Memo> events = memos.events();
    events.onInsert(m -> heard.add("insert " + m.id() + " " + m.text()));
    events.onUpdate((before, after) -> heard.add("update " + before.text() + "->" + after.text()));
    events.onUpsert(m -> heard.add("upsert " + m.id() + " " + m.text()));
    events.onDelete(id -> heard.add("delete " + id));
    events.onGet(m -> heard.add("get " + m.id()));
  }

  @Test
  void eachWriteAndReadIsHeardOnceWithItsRecords() {
    Memo stored = memos.insert(new Memo(null, "a"));
    memos.update(stored.id(), m -> new Memo(m.id(), "b"));
    memos.upsert(new Memo(stored.id(), "c"));
    memos.get(stored.id());
    memos.find(stored.id());
    memos.find("missing");
    memos.exists(stored.id());
    memos.delete(stored.id());
    assertEquals(
        List.of(
            "insert " + stored.id() + " a",
            "update a->b",
            "upsert " + stored.id() + " c",
            "get " + stored.id(),
            "get " + stored.id(),
            "delete " + stored.id()),
        heard);
  }

  @Test
  void listenersAreToldOnlyOnceTheWriteIsDurable() {
    List<Optional<Memo>> seenFromListener = new CopyOnWriteArrayList<>();
    memos.events().onInsert(m -> seenFromListener.add(memos.find(m.id())));
    Memo stored = memos.insert(new Memo(null, "durable"));
    assertEquals(List.of(Optional.of(stored)), seenFromListener);
  }

  @Test
  void aFailedWriteIsNotHeard() {
    memos.insert(new Memo("taken", "first"));
    heard.clear();
    assertThrows(
        ResourceAlreadyExistsException.class, () -> memos.insert(new Memo("taken", "second")));
    assertThrows(
        IllegalStateException.class,
        () ->
            memos.update(
                "taken",
                m -> {
                  throw new IllegalStateException("no");
                }));
    assertEquals(List.of(), heard);
  }

  @Test
  void anAfterHookFailureStillTellsTheListeners() {
    memos
        .hooks()
        .afterInsert(
            (ctx, m) -> {
              throw new IllegalStateException("after hook");
            });
    assertThrows(AfterHookException.class, () -> memos.insert(new Memo("h1", "x")));
    assertEquals(List.of("insert h1 x"), heard);
  }

  @Test
  void aThrowingListenerBreaksNeitherTheCallNorTheOtherListeners() {
    try (LogCapture log = new LogCapture("io.s3db.events", Level.ALL)) {
      memos
          .events()
          .onInsert(
              m -> {
                throw new IllegalStateException("listener bug");
              });
      List<String> after = new CopyOnWriteArrayList<>();
      memos.events().onInsert(m -> after.add(m.id()));
      Memo stored = memos.insert(new Memo("t1", "x"));
      assertEquals("t1", stored.id());
      assertEquals(List.of("t1"), after);
      assertEquals(1, log.records.size());
      assertEquals(Level.WARNING, log.records.get(0).getLevel());
      assertEquals("listener bug", log.records.get(0).getThrown().getMessage());
    }
  }

  @Test
  void bulkCallsAreHeardPerRecord() {
    // the two b1 race: one is stored and heard, the other fails and is not
    memos.insertMany(List.of(new Memo("b1", "1"), new Memo("b2", "2"), new Memo("b1", "dup")));
    String b1 = memos.get("b1").text();
    heard.remove("get b1");
    try (BulkWriter<Memo> writer = memos.writer(BulkWriter.options())) {
      writer.add(new Memo("w1", "3"));
    }
    memos.deleteMany(List.of("b1", "b2", "w1"));
    List<String> sorted = heard.stream().sorted().toList();
    assertEquals(
        List.of(
            "delete b1", "delete b2", "delete w1", "insert b1 " + b1, "insert b2 2", "insert w1 3"),
        sorted);
  }

  @Test
  void aClosedRegistrationIsNoLongerTold() {
    List<String> extra = new CopyOnWriteArrayList<>();
    Registration registration = memos.events().onDelete(extra::add);
    memos.delete("x1");
    registration.close();
    registration.close();
    memos.delete("x2");
    assertEquals(List.of("x1"), extra);
  }

  @Test
  void recordsOverTheLimitAreHeard() {
    List<ExceedsLimitEvent> exceeded = new CopyOnWriteArrayList<>();
    memos.events().onExceedsLimit(exceeded::add);
    memos.insert(new Memo("small", "x"));
    memos.insert(new Memo("big", "y".repeat(3000)));
    assertEquals(1, exceeded.size());
    ExceedsLimitEvent event = exceeded.get(0);
    assertEquals("memos", event.resource());
    assertEquals("big", event.id());
    assertEquals("insert", event.operation());
    assertTrue(event.excess() > 900, event.toString());
  }
}
