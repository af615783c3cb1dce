package io.s3db.reliability;

import io.s3db.ConflictException;
import io.s3db.ResourceAlreadyExistsException;
import io.s3db.ResourceNotFoundException;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several threads run mixed writes on a few records for a few seconds: updates moving a record to
 * another zone, upserts, and deletes followed by a reinsert. Afterwards every stored record is
 * listed in exactly its zone and nowhere else: no reference missing, none stale, and listIds and
 * count of every zone agree with the stored records. Losing a race (not found, already exists, too
 * many conflicts) is an answer, not a failure; only the state at the end is checked.
 */
@ExtendWith(S3ServerExtension.class)
class MixedWritesRaceTest {
  private static final int THREADS = 5;
  private static final List<String> IDS = List.of("r0", "r1", "r2");
  private static final List<String> ZONES = List.of("z0", "z1", "z2");
  private static final long RUN_MILLIS = 3_000;

  @Test
  void mixedWritesLeaveEveryRecordInExactlyItsZone(TestBucket bucket) throws Exception {
    String prefix = "mixed";
    try (S3db db = S3db.connect(bucket.uri(prefix))) {
      ParcelDao parcels = ParcelDao.of(db);
      IDS.forEach(id -> parcels.insert(new Parcel(id, "z0", 0)));
      Tally tally = new Tally();
      long start = System.nanoTime();
      long end = start + RUN_MILLIS * 1_000_000;
      Race.run(
          THREADS,
          t ->
              () -> {
                Random random =
                    new Random(
                        42 + t); // the choice of operations is seeded; the interleaving is not
                while (System.nanoTime() < end) {
                  String id = IDS.get(random.nextInt(IDS.size()));
                  String zone = ZONES.get(random.nextInt(ZONES.size()));
                  switch (random.nextInt(3)) {
                    case 0 ->
                        attempt(tally, "update", () -> parcels.update(id, p -> p.movedTo(zone)));
                    case 1 ->
                        attempt(tally, "upsert", () -> parcels.upsert(new Parcel(id, zone, -1)));
                    default -> {
                      attempt(tally, "delete", () -> parcels.delete(id));
                      attempt(tally, "insert", () -> parcels.insert(new Parcel(id, zone, 0)));
                    }
                  }
                }
                return null;
              });
      long millis = Race.millisSince(start);
      Census census = Census.take(bucket, prefix);
      System.out.printf(
          "MixedWritesRaceTest: %d threads on %d records, %d operations in %d ms %s; server: %s%n",
          THREADS, IDS.size(), tally.total(), millis, tally, census.figures());
      census.assertExact(parcels, ZONES);
    }
  }

  /** Runs one write, counting its outcome; the answers a lost race gives are expected. */
  static void attempt(Tally tally, String operation, Runnable write) {
    try {
      write.run();
      tally.outcome(operation, null);
    } catch (ResourceNotFoundException | ResourceAlreadyExistsException | ConflictException e) {
      tally.outcome(operation, e);
    }
  }
}
