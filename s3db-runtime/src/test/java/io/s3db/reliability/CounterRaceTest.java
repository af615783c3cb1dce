package io.s3db.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.S3db;
import io.s3db.it.Counter;
import io.s3db.it.CounterDao;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * N threads each increment one counter M times through update: every increment is applied exactly
 * once (none lost to a concurrent writer, none applied twice), so the counter ends at exactly N×M.
 */
@ExtendWith(S3ServerExtension.class)
class CounterRaceTest {
  private static final int THREADS = 6;
  private static final int INCREMENTS = 20;

  @Test
  void concurrentIncrementsAllLandExactlyOnce(TestBucket bucket) throws Exception {
    try (S3db db = S3db.connect(bucket.uri("counter-race"))) {
      CounterDao counters = CounterDao.of(db);
      counters.insert(new Counter("c", 0, "nobody"));
      AtomicInteger attempts =
          new AtomicInteger(); // how often a change was computed: increments + lost races
      long start = System.nanoTime();
      Race.run(
          THREADS,
          t ->
              () -> {
                for (int i = 0; i < INCREMENTS; i++) {
                  counters.update(
                      "c",
                      c -> {
                        attempts.incrementAndGet();
                        return new Counter(c.id(), c.value() + 1, "w" + t);
                      });
                }
                return null;
              });
      long value = counters.get("c").value();
      System.out.printf(
          "CounterRaceTest: %d threads x %d increments in %d ms: counter %d, %d attempts"
              + " (%d retries after lost races)%n",
          THREADS,
          INCREMENTS,
          Race.millisSince(start),
          value,
          attempts.get(),
          attempts.get() - THREADS * INCREMENTS);
      assertEquals(THREADS * INCREMENTS, value);
    }
  }
}
