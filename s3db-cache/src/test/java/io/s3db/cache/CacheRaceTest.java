package io.s3db.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No answer read before a write ended is served after it, however a read and a write interleave:
 * forced interleavings (a {@link Gate} holds one call at the worst moment), then many threads at
 * once.
 */
@ExtendWith(S3ServerExtension.class)
class CacheRaceTest {
  private final TestBucket bucket;

  CacheRaceTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  private CachedDatabase open(Gate gate) {
    CachedDatabase cached =
        new CachedDatabase(
            bucket,
            "race-" + System.nanoTime(),
            CachePlugin.builder().resource(Item.class).build(),
            b -> b.plugin(gate));
    ItemDao items = ItemDao.of(cached.db);
    for (int i = 0; i < 3; i++) {
      items.insert(new Item("i" + i, "red", 0));
    }
    return cached;
  }

  @Test
  void aGetThatReadTheOldRecordBeforeAnUpdateIsNotKeptAfterIt() throws Exception {
    Gate gate = new Gate();
    try (CachedDatabase cached = open(gate)) {
      ItemDao items = ItemDao.of(cached.db);
      gate.holdAnswerOf(Gate.call("GET", "items"));
      CompletableFuture<Item> slowRead = CompletableFuture.supplyAsync(() -> items.get("i1"));
      gate.awaitHeld(); // it has read n = 0 and is about to hand it to the cache
      items.update("i1", i -> i.withN(1));
      gate.release();
      assertEquals(0, slowRead.get(30, TimeUnit.SECONDS).n(), "it overlapped the write");
      assertEquals(1, items.get("i1").n(), "its old answer was not kept");
      assertEquals(0, cached.requestsOf(() -> items.get("i1")), "the fresh one is");
    }
  }

  @Test
  void aListThatReadBeforeAnInsertIsNotKeptAfterIt() throws Exception {
    Gate gate = new Gate();
    try (CachedDatabase cached = open(gate)) {
      ItemDao items = ItemDao.of(cached.db);
      gate.holdAnswerOf(Gate.call("LIST", "items"));
      CompletableFuture<List<Item>> slowList = CompletableFuture.supplyAsync(items::list);
      gate.awaitHeld();
      items.insert(new Item("i9", "red", 0));
      gate.release();
      assertEquals(3, slowList.get(30, TimeUnit.SECONDS).size());
      assertEquals(4, items.list().size());
      assertEquals(4, items.count());
    }
  }

  @Test
  void aReadDuringAWriteIsNotKeptButAnswersTheWriteCannotChangeAre() throws Exception {
    Gate gate = new Gate();
    try (CachedDatabase cached = open(gate)) {
      ItemDao items = ItemDao.of(cached.db);
      items.get("i0");
      gate.holdBefore(Gate.call("UPDATE", "items"));
      CompletableFuture<Item> update =
          CompletableFuture.supplyAsync(() -> items.update("i2", i -> i.withN(5)));
      gate.awaitHeld(); // the update began, nothing is written yet
      for (int round = 0; round < 2; round++) {
        assertEquals(1, cached.requestsOf(() -> assertEquals(0, items.get("i2").n())));
        assertEquals(4, cached.requestsOf(() -> assertEquals(0, items.list().get(2).n())));
        assertEquals(0, cached.requestsOf(() -> items.get("i0")), "another record's answer");
      }
      gate.release();
      assertEquals(5, update.get(30, TimeUnit.SECONDS).n());
      assertEquals(5, items.get("i2").n());
      assertEquals(5, items.list().get(2).n());
      assertEquals(0, cached.requestsOf(() -> items.get("i2")), "kept again once it ended");
    }
  }

  /**
   * Four writers each own a record and count it up; four readers read everything meanwhile, so that
   * old answers are read and offered to the cache all the time. After each update returns, its
   * writer must read exactly what it wrote, through every cached read.
   */
  @Test
  void manyThreadsNeverSeeAnAnswerOlderThanTheirOwnWrite() throws Exception {
    int writers = 4;
    int updates = 25;
    try (CachedDatabase cached =
        new CachedDatabase(
            bucket, "stress-" + System.nanoTime(), CachePlugin.builder().allResources().build())) {
      ItemDao items = ItemDao.of(cached.db);
      for (int w = 0; w < writers; w++) {
        items.insert(new Item("w" + w, "red", 0));
      }
      ExecutorService pool = Executors.newFixedThreadPool(writers * 2);
      try {
        List<Future<?>> readerTasks = new ArrayList<>();
        CompletableFuture<Void> writersDone = new CompletableFuture<>();
        List<Future<?>> writerTasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
          String id = "w" + w;
          writerTasks.add(
              pool.submit(
                  () -> {
                    for (int n = 1; n <= updates; n++) {
                      int expected = n;
                      assertEquals(expected, items.update(id, i -> i.withN(i.n() + 1)).n());
                      assertEquals(expected, items.get(id).n(), "get after update " + n);
                      assertEquals(expected, items.find(id).orElseThrow().n());
                      assertEquals(expected, nOf(items.list(), id), "list after update " + n);
                      assertEquals(expected, items.getMany(List.of(id)).get(id).n());
                      List<Item> page =
                          items.page(ItemPartitions.byColor("red"), PageRequest.ofSize(10)).items();
                      assertEquals(expected, nOf(page, id), "page after update " + n);
                    }
                    return null;
                  }));
        }
        for (int r = 0; r < writers; r++) {
          readerTasks.add(
              pool.submit(
                  () -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (!writersDone.isDone()) {
                      String id = "w" + random.nextInt(writers);
                      switch (random.nextInt(5)) {
                        case 0 -> items.get(id);
                        case 1 -> items.find(id);
                        case 2 -> items.list();
                        case 3 -> items.getMany(List.of(id));
                        default -> items.page(PartitionKey.all(), PageRequest.ofSize(10));
                      }
                    }
                    return null;
                  }));
        }
        try {
          for (Future<?> writer : writerTasks) {
            writer.get(5, TimeUnit.MINUTES);
          }
        } finally {
          writersDone.complete(null);
        }
        for (Future<?> reader : readerTasks) {
          reader.get(1, TimeUnit.MINUTES);
        }
      } finally {
        pool.shutdownNow();
      }
      for (int w = 0; w < writers; w++) {
        assertEquals(updates, items.get("w" + w).n());
      }
      CacheStats stats = cached.cache.stats();
      assertTrue(stats.hits() > 0, "the readers were served from memory too: " + stats);
    }
  }

  private static int nOf(List<Item> items, String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow().n();
  }
}
