package io.s3db.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Round after round, several threads move one record at once, each to its own zone: whichever write
 * lands last, the record ends up listed in exactly its zone (the late deletes of the zones it left do
 * not unlist it), and every move is counted once.
 */
@ExtendWith(S3ServerExtension.class)
class ConcurrentMovesTest {
  private static final int THREADS = 4;
  private static final int ROUNDS = 25;
  private static final List<String> ZONES = List.of("z0", "z1", "z2", "z3");

  @Test
  void concurrentMovesOfOneRecordLeaveItInExactlyItsZone(TestBucket bucket) throws Exception {
    String prefix = "moves";
    try (S3db db = S3db.connect(bucket.uri(prefix))) {
      ParcelDao parcels = ParcelDao.of(db);
      parcels.insert(new Parcel("r", "z0", 0));
      Tally tally = new Tally();
      long start = System.nanoTime();
      for (int round = 0; round < ROUNDS; round++) {
        Race.run(THREADS, t -> () -> {
          MixedWritesRaceTest.attempt(tally, "move", () -> parcels.update("r", p -> p.movedTo(ZONES.get(t))));
          return null;
        });
        Census census = Census.take(bucket, prefix);
        if (!census.stale.isEmpty() || !census.missing.isEmpty()) {
          System.out.printf("ConcurrentMovesTest: round %d: %s%n", round, census.figures());
        }
        census.assertExact(parcels, ZONES);
      }
      Census census = Census.take(bucket, prefix);
      System.out.printf("ConcurrentMovesTest: %d rounds x %d threads in %d ms %s; server: %s%n", ROUNDS, THREADS,
          Race.millisSince(start), tally, census.figures());
      assertEquals(tally.get("move ok"), parcels.get("r").moves(), "moves counted");
    }
  }
}
