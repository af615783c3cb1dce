package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.S3db;
import io.s3db.spi.ResourceDescriptor;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Concurrent writers do not lose each other's work. The embedded server serialises conditional
 * writes per key as AWS does (S3Proxy alone does not), so these tests measure s3db, not the server.
 */
@ExtendWith(S3ServerExtension.class)
class ConcurrencyTest {
  private static final int THREADS = 8;

  @Test
  void concurrentUpdatesOfOneRecordAreAllApplied(TestBucket bucket) throws Exception {
    String prefix = "race-" + System.nanoTime();
    int rounds = 25;
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).build()) {
      CounterDao counters = CounterDao.of(db);
      counters.insert(new Counter("c", 0, "nobody"));
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        String writer = "w" + t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < rounds; i++) {
                    counters.update("c", c -> new Counter(c.id(), c.value() + 1, writer));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      assertEquals(THREADS * rounds, counters.get("c").value());
    }
  }

  @Test
  void concurrentConnectsRegisteringDifferentResourcesAllLandInTheCatalog(TestBucket bucket)
      throws Exception {
    String prefix = "catalog-race-" + System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      ResourceDescriptor<Counter> descriptor =
          ResourceDescriptor.builder(Counter.class, "counters" + t)
              .attributes(CounterCodec.ATTRIBUTES)
              .codec(new CounterCodec())
              .validator(new CounterValidator())
              .build();
      done.add(
          pool.submit(
              () -> {
                start.await();
                S3db.builder()
                    .uri(bucket.uri(prefix))
                    .module(() -> List.of(descriptor))
                    .build()
                    .close();
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    JsonNode catalog = StoredObjects.catalog(bucket, prefix);
    for (int t = 0; t < THREADS; t++) {
      assertTrue(
          catalog.path("resources").has("counters" + t), "counters" + t + " lost: " + catalog);
    }
  }
}
