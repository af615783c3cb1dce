package io.s3db.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.ResourceNotFoundException;
import io.s3db.S3Dao;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Which reads are answered from memory, what each saves (counted at the client), and that answers
 * are the same and safe to share: against the embedded S3 server, 10 items (5 red, 5 blue).
 */
@ExtendWith(S3ServerExtension.class)
class CacheReadsTest {
  private final TestBucket bucket;
  private CachedDatabase cached;
  private ItemDao items;

  CacheReadsTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  @BeforeEach
  void connect() {
    cached =
        new CachedDatabase(
            bucket,
            "reads-" + System.nanoTime(),
            CachePlugin.builder().resource(Item.class).build());
    items = ItemDao.of(cached.db);
    for (int i = 0; i < 10; i++) {
      items.insert(new Item("i" + i, i % 2 == 0 ? "red" : "blue", i));
    }
  }

  @AfterEach
  void disconnect() {
    cached.close();
  }

  /** The first call's requests; asserts that the second sends none and answers the same. */
  private <R> long savedBy(Supplier<R> read) {
    cached.requests.reset();
    R first = read.get();
    long sent = cached.requests.total();
    cached.requests.reset();
    R second = read.get();
    assertEquals(0, cached.requests.total(), "the second call was sent to S3");
    assertEquals(first, second);
    return sent;
  }

  @Test
  void eachCachedReadIsSentOnceThenAnsweredFromMemory() {
    PartitionKey<Item> red = ItemPartitions.byColor("red");
    assertEquals(1, savedBy(() -> items.get("i1"))); // HEAD
    assertEquals(1, savedBy(() -> items.find("i2")));
    assertEquals(1, savedBy(() -> items.find("missing"))); // the empty answer is kept too
    assertEquals(1, savedBy(() -> items.exists("i3")));
    assertEquals(11, savedBy(() -> items.list())); // LIST + 10 HEAD
    assertEquals(6, savedBy(() -> items.list(red))); // LIST + 5 HEAD
    assertEquals(1, savedBy(() -> items.listIds()));
    assertEquals(1, savedBy(() -> items.count()));
    assertEquals(1, savedBy(() -> items.count(red)));
    assertEquals(3, savedBy(() -> items.getMany(List.of("i4", "i5", "missing"))));
    // Page has no equals: compare its items
    assertEquals(5, savedBy(() -> items.page(PartitionKey.all(), PageRequest.ofSize(4)).items()));
  }

  @Test
  void tenListsCostWhatOneDoes() {
    long sent = cached.requestsOf(() -> repeat(10, () -> items.list()));
    assertEquals(11, sent, "1 LIST + 10 HEAD once, instead of 110 requests");
    assertEquals(new CacheStats(9, 1, 0, 1), cached.cache.stats());
  }

  @Test
  void differentArgumentsAreDifferentAnswers() {
    items.count(ItemPartitions.byColor("red"));
    items.page(PartitionKey.all(), PageRequest.ofSize(4));
    items.getMany(List.of("i1", "i2"));
    assertEquals(1, cached.requestsOf(() -> items.count(ItemPartitions.byColor("blue"))));
    assertEquals(4, cached.requestsOf(() -> items.page(PartitionKey.all(), PageRequest.ofSize(3))));
    assertEquals( // LIST + the 2 records after the 8 skipped
        3, cached.requestsOf(() -> items.page(PartitionKey.all(), PageRequest.ofOffset(8, 4))));
    assertEquals(2, cached.requestsOf(() -> items.getMany(List.of("i2", "i1")))); // other order
    assertEquals(1, cached.requestsOf(() -> items.exists("i1"))); // get, find, exists: apart
  }

  @Test
  void queryStreamContentAndMissingGetsAreAlwaysSent() {
    for (int round = 0; round < 2; round++) {
      assertEquals(11, cached.requestsOf(() -> items.query(i -> i.n() > 4)));
      assertEquals(
          11,
          cached.requestsOf(
              () -> {
                try (Stream<Item> s = items.stream(PartitionKey.all())) {
                  assertEquals(10, s.count());
                }
              }));
      assertEquals(1, cached.requestsOf(() -> items.hasContent("i1")));
      assertEquals(
          1,
          cached.requestsOf(
              () -> assertThrows(ResourceNotFoundException.class, () -> items.get("missing"))));
    }
  }

  @Test
  void aDaoThatSkipsUnreadableRecordsIsNeverAnsweredFromMemory() {
    items.list();
    S3Dao<Item> skipping = items.skippingUnreadable(r -> {});
    assertEquals(11, cached.requestsOf(skipping::list));
    assertEquals(11, cached.requestsOf(skipping::list));
    assertEquals(0, cached.requestsOf(items::list), "the plain DAO's answer is still there");
  }

  @Test
  void listsAndMapsAreUnmodifiableOnAMissAndOnAHit() {
    for (int round = 0; round < 2; round++) {
      List<Item> list = items.list();
      assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
      List<String> ids = items.listIds();
      assertThrows(UnsupportedOperationException.class, () -> ids.add("x"));
      Map<String, Item> many = items.getMany(List.of("i7", "i2", "i5"));
      assertEquals(List.of("i7", "i2", "i5"), List.copyOf(many.keySet()), "the order asked");
      assertThrows(UnsupportedOperationException.class, () -> many.remove("i7"));
      assertThrows(
          UnsupportedOperationException.class,
          () -> items.page(PartitionKey.all(), PageRequest.ofSize(2)).items().clear());
    }
    assertEquals(10, items.list().size());
  }

  @Test
  void answersAreTheSameAsUncached() {
    try (CachedDatabase other =
        new CachedDatabase(bucket, prefixOf(), CachePlugin.builder().resource("other").build())) {
      ItemDao plain = ItemDao.of(other.db);
      items.list(); // now from memory
      assertEquals(plain.list(), items.list());
      assertEquals(plain.getMany(List.of("i1", "i9")), items.getMany(List.of("i1", "i9")));
      assertEquals(plain.find("i4"), items.find("i4"));
      assertTrue(items.exists("i4"));
      assertFalse(items.exists("missing"));
    }
  }

  private String prefixOf() {
    return cached.db.keyPrefix();
  }

  private static void repeat(int times, Runnable call) {
    for (int i = 0; i < times; i++) {
      call.run();
    }
  }
}
