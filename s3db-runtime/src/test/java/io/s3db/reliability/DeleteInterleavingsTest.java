package io.s3db.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays, step by step, a delete and an upsert that meet another writer between their read and
 * their write: the write lands on a record other than the one read. Each test holds the late
 * request at the client until the other writer is done, then lets it go.
 */
@ExtendWith(S3ServerExtension.class)
class DeleteInterleavingsTest {
  private static final List<String> ZONES = List.of("z0", "z1", "z2");

  /**
   * D reads r in z0; U moves r to z1; then D's DELETE lands. D must not delete r as it now is while
   * taking back only z0's reference: that left z1's reference to a record that is gone.
   */
  @Test
  void aDeleteOfARecordMovedSinceItsReadLeavesNoReferenceBehind(TestBucket bucket)
      throws Exception {
    ClientFaults faults = new ClientFaults();
    try (S3db db = faults.db(bucket, "delete-moved")) {
      ParcelDao parcels = ParcelDao.of(db);
      parcels.insert(new Parcel("r", "z0", 0));
      // D read r in z0; its DELETE of the data is held; then U moves r to z1 and finishes
      faults
          .hold("DeleteObject", "/data/id=r")
          .interleave(() -> parcels.delete("r"), () -> parcels.update("r", p -> p.movedTo("z1")));
      Census census = Census.take(bucket, "delete-moved");
      System.out.println("DeleteInterleavingsTest delete-moved: " + census.figures());
      assertEquals(List.of(), List.copyOf(census.records.keySet()), "r deleted");
      census.assertExact(parcels, ZONES);
    }
  }

  /**
   * An upsert finds r (its create is refused) and reads it; r is deleted; then the upsert's
   * replacing PUT finds nothing to replace. An upsert inserts what is not there, so it must create
   * r then, not report it not found.
   */
  @Test
  void anUpsertWhoseRecordIsDeletedBeforeItsReplaceCreatesIt(TestBucket bucket) throws Exception {
    ClientFaults faults = new ClientFaults();
    try (S3db db = faults.db(bucket, "upsert-deleted")) {
      ParcelDao parcels = ParcelDao.of(db);
      parcels.insert(new Parcel("r", "z0", 0));
      // the PUT after the refused create is held while r is deleted
      assertEquals(
          new Parcel("r", "z2", 9),
          faults
              .hold("PutObject", "/data/id=r", 1)
              .interleave(
                  () -> parcels.upsert(new Parcel("r", "z2", 9)), () -> parcels.delete("r")));
      assertEquals(new Parcel("r", "z2", 9), parcels.get("r"));
      Census census = Census.take(bucket, "upsert-deleted");
      System.out.println("DeleteInterleavingsTest upsert-deleted: " + census.figures());
      census.assertExact(parcels, ZONES);
    }
  }
}
