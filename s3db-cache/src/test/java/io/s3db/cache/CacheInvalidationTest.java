package io.s3db.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.BulkWriter;
import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.RepairReport;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writes through the database forget exactly what they may have changed: a record's single reads
 * for a write of its id, every list, count, page and getMany of the resource for any write — also
 * for writes made by hooks, bulk calls and writers, and for writes that fail.
 */
@ExtendWith(S3ServerExtension.class)
class CacheInvalidationTest {
  private final TestBucket bucket;
  private CachedDatabase cached;
  private ItemDao items;

  CacheInvalidationTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  @BeforeEach
  void connect() {
    cached =
        new CachedDatabase(
            bucket,
            "invalidation-" + System.nanoTime(),
            CachePlugin.builder().resource(Item.class).resource("notes").build());
    items = ItemDao.of(cached.db);
    for (int i = 0; i < 4; i++) {
      items.insert(new Item("i" + i, "red", i));
    }
  }

  @AfterEach
  void disconnect() {
    cached.close();
  }

  /** Reads every kind once, so that each is cached. */
  private void readAll() {
    readEverything();
    assertEquals(0, cached.requestsOf(this::readEverything), "everything is cached");
  }

  private void readEverything() {
    for (int i = 0; i < 4; i++) {
      readRecord("i" + i);
    }
    items.list();
    items.listIds();
    items.count();
    items.page(PartitionKey.all(), PageRequest.ofSize(10));
    items.getMany(List.of("i0", "i1"));
  }

  private long listRequests() {
    return cached.requestsOf(
        () -> {
          items.listIds();
          items.count();
          items.getMany(List.of("i0", "i1"));
        });
  }

  @Test
  void aWriteOfOneIdForgetsThatRecordAndTheResourcesListsOnly() {
    readAll();
    items.update("i1", i -> i.withN(100));

    assertEquals(3, cached.requestsOf(() -> readRecord("i1")), "get, find, exists of i1");
    assertEquals(100, items.get("i1").n());
    for (String other : List.of("i0", "i2", "i3")) {
      assertEquals(0, cached.requestsOf(() -> readRecord(other)), other + " is still cached");
    }
    assertEquals(4, listRequests(), "LIST, LIST, 2 HEAD: lists and getMany are forgotten");
    assertEquals(100, items.list().get(1).n());
    assertEquals(100, items.getMany(List.of("i0", "i1")).get("i1").n());
    assertEquals(100, items.page(PartitionKey.all(), PageRequest.ofSize(10)).items().get(1).n());
  }

  private void readRecord(String id) {
    items.get(id);
    items.find(id);
    items.exists(id);
  }

  @Test
  void everyKindOfWriteShowsItsEffectAtOnce() {
    assertEquals(Optional.empty(), items.find("new"));
    assertEquals(4, items.count());
    items.insert(new Item("new", "blue", 1));
    assertTrue(items.find("new").isPresent());
    assertEquals(5, items.count());

    items.upsert(new Item("new", "blue", 2));
    assertEquals(2, items.get("new").n());
    assertEquals(2, items.list(ItemPartitions.byColor("blue")).get(0).n());

    items.delete("new");
    assertFalse(items.exists("new"));
    assertEquals(4, items.listIds().size());

    assertFalse(items.exists("m1"));
    items.insertMany(List.of(new Item("m1", "blue", 1), new Item("m2", "blue", 1)));
    assertTrue(items.exists("m1"));
    assertEquals(6, items.count());

    items.deleteMany(List.of("m1", "m2"));
    assertFalse(items.exists("m1"));
    assertEquals(4, items.count());

    assertFalse(items.exists("w1"));
    try (BulkWriter<Item> writer = items.writer(BulkWriter.options())) {
      writer.add(new Item("w1", "blue", 1));
    }
    assertTrue(items.exists("w1"));
    assertEquals(5, items.count());

    RepairReport repaired = items.repair();
    assertTrue(repaired.wasConsistent());
    assertEquals(1, cached.requestsOf(items::count), "repair forgets counts");
    assertEquals(0, cached.requestsOf(() -> items.exists("w1")), "but no record");

    assertEquals(5, items.deleteAll());
    assertFalse(items.exists("w1"));
    assertEquals(Optional.empty(), items.find("i1"));
    assertEquals(0, items.count());
  }

  @Test
  void anIdThatOnlyTheWriteKnowsIsForgottenToo() {
    // the record comes without an id, and a before hook picks one: only the write event names it
    items.hooks().beforeInsert((ctx, i) -> i.color().equals("slug") ? new Item("s1", "x", 0) : i);
    assertEquals(Optional.empty(), items.find("s1"));
    items.insert(new Item(null, "slug", 0));
    assertEquals("x", items.find("s1").orElseThrow().color());

    Item generated = items.insert(new Item(null, "blue", 7));
    assertTrue(items.exists(generated.id()));
  }

  @Test
  void writesMadeByAHookThroughItsDaoAreSeen() {
    // updating i0 bumps i3, through the hook context's DAO: an intercepted call of its own
    items
        .hooks()
        .afterUpdate(
            (ctx, before, after) -> {
              if (after.id().equals("i0")) {
                ctx.dao().update("i3", i -> i.withN(i.n() + 10));
              }
            });
    readAll();
    items.update("i0", i -> i.withN(50));
    assertEquals(13, items.get("i3").n());
    assertEquals(13, items.list().get(3).n());
    assertEquals(0, cached.requestsOf(() -> readRecord("i2")));
  }

  @Test
  void aFailedWriteForgetsToo() {
    readAll();
    assertThrows(
        IllegalStateException.class,
        () ->
            items.update(
                "i2",
                i -> {
                  throw new IllegalStateException("refused");
                }));
    assertEquals(1, cached.requestsOf(() -> items.get("i2")));
    assertEquals(1, cached.requestsOf(items::count));
  }

  @Test
  void contentCallsForgetTheirRecord() {
    readAll();
    items.setContent("i1", "png".getBytes(StandardCharsets.UTF_8), "image/png");
    assertEquals(1, cached.requestsOf(() -> items.get("i1")));
    assertEquals(0, cached.requestsOf(() -> items.get("i2")));
    assertEquals(1, items.get("i1").n(), "the fields are kept");
    items.deleteContent("i1");
    assertEquals(1, cached.requestsOf(() -> items.find("i1")));
  }

  @Test
  void writesOfAnotherResourceKeepTheseAnswers() {
    readAll();
    NoteDao notes = NoteDao.of(cached.db);
    notes.insert(new Note("n1", "hello"));
    notes.delete("n1");
    assertEquals(0, cached.requestsOf(this::readEverything));
  }
}
