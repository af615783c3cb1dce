package io.s3db.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays, step by step, a delete that meets another writer between its read and its write: the write
 * lands on a record other than the one read. Each test holds the late request at the
 * client until the other writer is done, then lets it go.
 */
@ExtendWith(S3ServerExtension.class)
class DeleteInterleavingsTest {
  private static final List<String> ZONES = List.of("z0", "z1", "z2");

  /**
   * D reads r in z0; U moves r to z1; then D's DELETE lands. D must not delete r as it now is while
   * taking back only z0's reference: that left z1's reference to a record that is gone.
   */
  @Test
  void aDeleteOfARecordMovedSinceItsReadLeavesNoReferenceBehind(TestBucket bucket) throws Exception {
    ClientFaults faults = new ClientFaults();
    try (S3db db = faults.db(bucket, "delete-moved")) {
      ParcelDao parcels = ParcelDao.of(db);
      parcels.insert(new Parcel("r", "z0", 0));
      ClientFaults.Rule lateDelete = faults.hold("DeleteObject", "/data/id=r");
      CompletableFuture<Void> d = CompletableFuture.runAsync(() -> parcels.delete("r"));
      lateDelete.awaitReached(); // D read r in z0; its DELETE of the data is held
      parcels.update("r", p -> p.movedTo("z1")); // U moves r to z1 and finishes
      lateDelete.release();
      d.get();
      Census census = Census.take(bucket, "delete-moved");
      System.out.println("DeleteInterleavingsTest delete-moved: " + census.figures());
      assertEquals(List.of(), List.copyOf(census.records.keySet()), "r deleted");
      census.assertExact(parcels, ZONES);
    }
  }
}
