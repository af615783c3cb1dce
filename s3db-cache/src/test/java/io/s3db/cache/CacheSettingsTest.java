package io.s3db.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3db;
import io.s3db.S3dbConfigurationException;
import io.s3db.events.CacheEvent;
import io.s3db.events.S3dbListener;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The builder's settings: TTL, size bound, which resources; events, statistics, invalidation. */
@ExtendWith(S3ServerExtension.class)
class CacheSettingsTest {
  private final TestBucket bucket;
  private final String prefix = "settings-" + System.nanoTime();

  CacheSettingsTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  private CachedDatabase open(CachePlugin cache) {
    CachedDatabase cached = new CachedDatabase(bucket, prefix, cache);
    ItemDao items = ItemDao.of(cached.db);
    for (int i = 0; i < 5; i++) {
      items.upsert(new Item("i" + i, "red", i));
    }
    NoteDao.of(cached.db).upsert(new Note("n1", "hello"));
    return cached;
  }

  @Test
  void anAnswerIsServedForTheTtlThenReadAgain() {
    AtomicLong nanos = new AtomicLong();
    CachePlugin cache =
        CachePlugin.builder()
            .resource(Item.class)
            .ttl(Duration.ofSeconds(30))
            .ticker(nanos::get)
            .build();
    try (CachedDatabase cached = open(cache)) {
      ItemDao items = ItemDao.of(cached.db);
      assertEquals(1, cached.requestsOf(() -> items.get("i1")));
      nanos.addAndGet(Duration.ofSeconds(29).toNanos());
      assertEquals(0, cached.requestsOf(() -> items.get("i1")));
      nanos.addAndGet(Duration.ofSeconds(1).toNanos());
      assertEquals(1, cached.requestsOf(() -> items.get("i1")), "expired at 30 s");
      assertEquals(0, cached.requestsOf(() -> items.get("i1")));
      assertEquals(1, cache.stats().evictions(), "an expiry is an eviction");
    }
  }

  @Test
  void theSizeBoundCountsAnswers() {
    CachePlugin cache = CachePlugin.builder().resource(Item.class).maximumSize(3).build();
    try (CachedDatabase cached = open(cache)) {
      ItemDao items = ItemDao.of(cached.db);
      for (int i = 0; i < 5; i++) {
        items.get("i" + i);
      }
      items.list(); // 5 records, one answer
      CacheStats stats = cache.stats();
      assertEquals(3, stats.entries());
      assertEquals(3, stats.evictions());
      assertEquals(6, stats.misses());
    }
  }

  @Test
  void onlyTheChosenResourcesAreCached() {
    try (CachedDatabase byClass = open(CachePlugin.builder().resource(Item.class).build())) {
      assertEquals(1, requestsOfTwoReads(byClass, ItemDao.of(byClass.db)::count));
      assertEquals(2, requestsOfTwoReads(byClass, NoteDao.of(byClass.db)::count));
    }
    try (CachedDatabase byName = open(CachePlugin.builder().resource("notes").build())) {
      assertEquals(2, requestsOfTwoReads(byName, ItemDao.of(byName.db)::count));
      assertEquals(1, requestsOfTwoReads(byName, NoteDao.of(byName.db)::count));
    }
    try (CachedDatabase all = open(CachePlugin.builder().allResources().build())) {
      assertEquals(1, requestsOfTwoReads(all, ItemDao.of(all.db)::count));
      assertEquals(1, requestsOfTwoReads(all, NoteDao.of(all.db)::count));
    }
  }

  private static long requestsOfTwoReads(CachedDatabase cached, Runnable read) {
    return cached.requestsOf(
        () -> {
          read.run();
          read.run();
        });
  }

  @Test
  void aCacheOfNothingOrOfNoResourceIsRefused() {
    assertThrows(IllegalStateException.class, () -> CachePlugin.builder().build());
    assertThrows(IllegalArgumentException.class, () -> CachePlugin.builder().ttl(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> CachePlugin.builder().maximumSize(0));
    CachePlugin ofString = CachePlugin.builder().resource(String.class).build();
    S3dbConfigurationException e =
        assertThrows(
            S3dbConfigurationException.class,
            () -> S3db.builder().uri(bucket.uri(prefix)).plugin(ofString).build());
    assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
  }

  @Test
  void onePluginBelongsToOneDatabase() {
    CachePlugin cache = CachePlugin.builder().resource(Item.class).build();
    try (S3db first = S3db.builder().uri(bucket.uri(prefix)).plugin(cache).build()) {
      S3dbConfigurationException e =
          assertThrows(
              S3dbConfigurationException.class,
              () -> S3db.builder().uri(bucket.uri(prefix)).plugin(cache).build());
      assertTrue(e.getMessage().contains("one per database"), e.getMessage());
      assertEquals(0, ItemDao.of(first).count());
    }
  }

  @Test
  void hitsAndMissesArePublishedAndCounted() {
    List<String> heard = new CopyOnWriteArrayList<>();
    S3dbListener listener =
        new S3dbListener() {
          @Override
          public void cacheHit(CacheEvent e) {
            heard.add("hit " + e.resource() + " " + e.operation() + " " + e.key());
          }

          @Override
          public void cacheMiss(CacheEvent e) {
            heard.add("miss " + e.resource() + " " + e.operation() + " " + e.key());
          }
        };
    CachePlugin cache = CachePlugin.builder().resource(Item.class).build();
    try (CachedDatabase cached =
        new CachedDatabase(bucket, prefix, cache, b -> b.listener(listener))) {
      ItemDao items = ItemDao.of(cached.db);
      items.upsert(new Item("i1", "red", 1));
      items.get("i1");
      items.get("i1");
      items.count(ItemPartitions.byColor("red"));
      items.count(ItemPartitions.byColor("red"));
      items.getMany(List.of("i1", "i2"));
      NoteDao.of(cached.db).count(); // not cached: no event
      assertEquals(
          List.of(
              "miss items GET i1",
              "hit items GET i1",
              "miss items COUNT byColor{color=red}",
              "hit items COUNT byColor{color=red}",
              "miss items GET_MANY [i1, i2]"),
          heard);
      assertEquals(new CacheStats(2, 3, 0, 3), cache.stats());
      assertEquals(2.0 / 5, cache.stats().hitRate());
    }
  }

  @Test
  void invalidateForgetsWhatAnotherProcessMayHaveChanged() {
    CachePlugin cache = CachePlugin.builder().allResources().build();
    try (CachedDatabase cached = open(cache)) {
      ItemDao items = ItemDao.of(cached.db);
      NoteDao notes = NoteDao.of(cached.db);
      items.get("i1");
      items.count();
      notes.get("n1");
      try (S3db other = S3db.builder().uri(bucket.uri(prefix)).build()) {
        ItemDao.of(other).update("i1", i -> i.withN(41));
      }
      assertEquals(1, items.get("i1").n(), "another database's write is not seen");
      cache.invalidate("items");
      assertEquals(41, items.get("i1").n());
      assertEquals(1, cached.requestsOf(items::count));
      assertEquals(0, cached.requestsOf(() -> notes.get("n1")), "other resources are kept");
      cache.invalidateAll();
      assertEquals(1, cached.requestsOf(() -> notes.get("n1")));
      assertEquals(1, cached.requestsOf(items::count));
    }
  }
}
