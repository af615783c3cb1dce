package io.s3db.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.ResourceAlreadyExistsException;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * K threads insert the same id at once: exactly one succeeds, the K−1 others get
 * ResourceAlreadyExistsException, the winner's record is the one stored, and the losers take back
 * the references they put without taking the winner's (0 stale, 0 missing), whether the records
 * differ (each thread its own zone) or are byte-identical (one zone for all).
 */
@ExtendWith(S3ServerExtension.class)
class DuplicateInsertRaceTest {
  private static final int THREADS = 6;
  private static final int IDS = 8;
  private static final List<String> ZONES = List.of("z0", "z1", "z2");

  @Test
  void differingRecordsOfOneIdHaveOneWinner(TestBucket bucket) throws Exception {
    race(bucket, "dup-differ", (id, t) -> new Parcel(id, ZONES.get(t % ZONES.size()), t));
  }

  @Test
  void identicalRecordsOfOneIdHaveOneWinner(TestBucket bucket) throws Exception {
    race(bucket, "dup-same", (id, t) -> new Parcel(id, "z1", 0));
  }

  interface Contender {
    Parcel of(String id, int thread);
  }

  private static void race(TestBucket bucket, String prefix, Contender contender) throws Exception {
    try (S3db db = S3db.connect(bucket.uri(prefix))) {
      ParcelDao parcels = ParcelDao.of(db);
      int won = 0;
      int refused = 0;
      long start = System.nanoTime();
      for (int n = 0; n < IDS; n++) {
        String id = "p" + n;
        IntFunction<Callable<Optional<Parcel>>> insert =
            t ->
                () -> {
                  try {
                    return Optional.of(parcels.insert(contender.of(id, t)));
                  } catch (ResourceAlreadyExistsException e) {
                    return Optional.empty();
                  }
                };
        List<Optional<Parcel>> outcomes = Race.run(THREADS, insert);
        List<Parcel> winners = outcomes.stream().flatMap(Optional::stream).toList();
        assertEquals(1, winners.size(), "inserts of " + id + " that succeeded");
        assertEquals(winners.get(0), parcels.get(id), "the stored record is the winner's");
        won += winners.size();
        refused += outcomes.size() - winners.size();
      }
      Census census = Census.take(bucket, prefix);
      System.out.printf(
          "DuplicateInsertRaceTest %s: %d ids x %d threads in %d ms: %d succeeded, %d"
              + " ResourceAlreadyExistsException; server: %s%n",
          prefix, IDS, THREADS, Race.millisSince(start), won, refused, census.figures());
      assertEquals(IDS, won);
      assertEquals(IDS * (THREADS - 1), refused);
      census.assertExact(parcels, ZONES);
    }
  }
}
