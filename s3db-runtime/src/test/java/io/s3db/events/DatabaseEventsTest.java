package io.s3db.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An {@link S3dbListener} given to the builder: every resource's events, and the catalog's. */
@ExtendWith(S3ServerExtension.class)
class DatabaseEventsTest {
  private final TestBucket bucket;
  private final String prefix = "dbevents-" + System.nanoTime();

  DatabaseEventsTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  /** Remembers every event, in order. */
  private static final class Recorder implements S3dbListener {
    final List<Object> events = new CopyOnWriteArrayList<>();

    @Override
    public void inserted(RecordEvent event) {
      events.add(event);
    }

    @Override
    public void updated(UpdateEvent event) {
      events.add(event);
    }

    @Override
    public void deleted(DeleteEvent event) {
      events.add(event);
    }

    @Override
    public void read(RecordEvent event) {
      events.add(event);
    }

    @Override
    public void resourceCreated(ResourceCreatedEvent event) {
      events.add(event);
    }

    @Override
    public void catalogUploaded(CatalogUploadedEvent event) {
      events.add(event);
    }

    <E> List<E> of(Class<E> type) {
      List<E> found = new ArrayList<>();
      events.forEach(
          e -> {
            if (type.isInstance(e)) {
              found.add(type.cast(e));
            }
          });
      return found;
    }
  }

  @Test
  void theFirstConnectCreatesResourcesAndUploadsTheCatalogOnce() {
    Recorder first = new Recorder();
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).listener(first).build()) {
      assertTrue(db.resourceExists("memos"));
    }
    assertTrue(
        first.of(ResourceCreatedEvent.class).contains(new ResourceCreatedEvent("memos", "v1")),
        first.events.toString());
    List<CatalogUploadedEvent> uploads = first.of(CatalogUploadedEvent.class);
    assertEquals(1, uploads.size());
    assertEquals(prefix + "/s3db.json", uploads.get(0).key());
    assertTrue(uploads.get(0).resources().contains("memos"));

    Recorder second = new Recorder();
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).listener(second).build()) {
      assertEquals(List.of(), second.events);
    }
  }

  @Test
  void everyResourcesWritesAndReadsReachEveryListenerInOrder() {
    Recorder one = new Recorder();
    Recorder two = new Recorder();
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).listener(one).listener(two).build()) {
      one.events.clear();
      two.events.clear();
      MemoDao memos = MemoDao.of(db);
      Memo stored = memos.insert(new Memo("m1", "a"));
      Memo updated = memos.update("m1", m -> new Memo(m.id(), "b"));
      memos.get("m1");
      memos.delete("m1");
      List<Object> expected =
          List.of(
              new RecordEvent("memos", "m1", stored),
              new UpdateEvent("memos", "m1", stored, updated),
              new RecordEvent("memos", "m1", updated),
              new DeleteEvent("memos", "m1"));
      assertEquals(expected, one.events);
      assertEquals(expected, two.events);
    }
  }

  @Test
  void aListenerThatThrowsDoesNotKeepTheOthersFromHearing() {
    Recorder after = new Recorder();
    S3dbListener failing =
        new S3dbListener() {
          @Override
          public void deleted(DeleteEvent event) {
            throw new IllegalStateException("bug");
          }
        };
    try (LogCapture log = new LogCapture("io.s3db.events", java.util.logging.Level.ALL);
        S3db db =
            S3db.builder().uri(bucket.uri(prefix)).listener(failing).listener(after).build()) {
      MemoDao.of(db).delete("gone");
      assertEquals(List.of(new DeleteEvent("memos", "gone")), after.of(DeleteEvent.class));
      assertEquals(1, log.records.size());
    }
  }
}
