package io.s3db.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Round after round, several threads move one record at once, each back and forth between its own
 * zone and the shared home zone z0: so a writer often moves the record back into a zone another
 * writer is just leaving, whose late delete of that zone's reference must not unlist it. After
 * every round the record is listed in exactly its zone, and every move is counted once.
 */
@ExtendWith(S3ServerExtension.class)
class ConcurrentMovesTest {
  private static final int THREADS = 4;
  private static final int ROUNDS = 6;
  private static final int MOVES_PER_ROUND = 4;
  private static final List<String> ZONES = List.of("z0", "z1", "z2", "z3", "z4");

  @Test
  void concurrentMovesOfOneRecordLeaveItInExactlyItsZone(TestBucket bucket) throws Exception {
    String prefix = "moves";
    ClientFaults network = new ClientFaults();
    // reference DELETEs come late, as on a slow network: the window in which another writer moves
    // the record back into the zone being left is then wide enough to be hit every few rounds
    network.delay("DeleteObject", "/partition=", 15);
    try (S3db db = network.db(bucket, prefix)) {
      ParcelDao parcels = ParcelDao.of(db);
      parcels.insert(new Parcel("r", "z0", 0));
      Tally tally = new Tally();
      long start = System.nanoTime();
      for (int round = 0; round < ROUNDS; round++) {
        Race.run(
            THREADS,
            t ->
                () -> {
                  for (int m = 0; m < MOVES_PER_ROUND; m++) {
                    String zone = m % 2 == 0 ? ZONES.get(t + 1) : "z0";
                    MixedWritesRaceTest.attempt(
                        tally, "move", () -> parcels.update("r", p -> p.movedTo(zone)));
                  }
                  return null;
                });
        Census census = Census.take(bucket, prefix);
        if (!census.stale.isEmpty() || !census.missing.isEmpty()) {
          System.out.printf("ConcurrentMovesTest: after round %d: %s%n", round, census.figures());
        }
        census.assertExact(parcels, ZONES);
      }
      Census census = Census.take(bucket, prefix);
      System.out.printf(
          "ConcurrentMovesTest: %d rounds x %d threads x %d moves in %d ms %s; server: %s%n",
          ROUNDS, THREADS, MOVES_PER_ROUND, Race.millisSince(start), tally, census.figures());
      assertEquals(tally.get("move ok"), parcels.get("r").moves(), "moves counted");
    }
  }
}
