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
 * Replays, step by step, the interleavings in which a late DELETE of an old partition reference
 * used to remove the reference a newer write had put: the record stayed stored in its zone but was
 * missing from {@code list} and {@code count} of it. Each test holds one DELETE at the client until
 * the other writer is done, then lets it land.
 */
@ExtendWith(S3ServerExtension.class)
class PartitionInterleavingsTest {

  @Test
  void aLateDeleteOfTheOldReferenceDoesNotUnlistARecordMovedBack(TestBucket bucket)
      throws Exception {
    ClientFaults faults = new ClientFaults();
    try (S3db db = faults.db(bucket, "moved-back")) {
      ParcelDao parcels = ParcelDao.of(db);
      parcels.insert(new Parcel("r", "z0", 0));
      // A wrote r in z1; its DELETE of r's z0 reference is held; then B moves r back to z0 and
      // finishes
      faults
          .hold("DeleteObject", "zone=z0/id=r")
          .interleave(
              () -> parcels.update("r", p -> p.movedTo("z1")),
              () -> parcels.update("r", p -> p.movedTo("z0")));
      assertInExactlyItsZone(parcels, "r", "z0");
    }
  }

  @Test
  void aLateDeleteOfAReferenceTakenBackWhileSettlingDoesNotUnlistARecordMovedThere(
      TestBucket bucket) throws Exception {
    ClientFaults faults = new ClientFaults();
    try (S3db db = faults.db(bucket, "settle-taken-back")) {
      ParcelDao parcels = ParcelDao.of(db);
      parcels.insert(new Parcel("r", "z0", 0));
      // A moves r to z1; its DELETE of the z0 reference is held while B moves r on to z2
      ClientFaults.Rule oldReference = faults.hold("DeleteObject", "zone=z0/id=r");
      CompletableFuture<Parcel> a =
          CompletableFuture.supplyAsync(() -> parcels.update("r", p -> p.movedTo("z1")));
      oldReference.awaitReached();
      parcels.update("r", p -> p.movedTo("z2"));
      // A settles against z2 and takes back its own z1 reference: that DELETE is held while C
      // moves r back to z1 and finishes, then lands
      ClientFaults.Rule takenBack = faults.hold("DeleteObject", "zone=z1/id=r");
      oldReference.release();
      takenBack.awaitReached();
      parcels.update("r", p -> p.movedTo("z1"));
      takenBack.release();
      a.get();
      assertInExactlyItsZone(parcels, "r", "z1");
    }
  }

  @Test
  void aLateDeleteOfADeletedRecordsReferenceDoesNotUnlistItsReinsertion(TestBucket bucket)
      throws Exception {
    ClientFaults faults = new ClientFaults();
    try (S3db db = faults.db(bucket, "reinserted")) {
      ParcelDao parcels = ParcelDao.of(db);
      parcels.insert(new Parcel("r", "z0", 0));
      // A deleted r's data; its DELETE of r's z0 reference is held; then B inserts r again in z0
      faults
          .hold("DeleteObject", "zone=z0/id=r")
          .interleave(() -> parcels.delete("r"), () -> parcels.insert(new Parcel("r", "z0", 7)));
      assertInExactlyItsZone(parcels, "r", "z0");
      assertEquals(7, parcels.get("r").moves());
    }
  }

  @Test
  void aLosingInsertTakesBackItsReferencesAndKeepsTheWinners(TestBucket bucket) {
    ClientFaults faults = new ClientFaults();
    try (S3db db = faults.db(bucket, "losing-insert")) {
      ParcelDao parcels = ParcelDao.of(db);
      parcels.insert(new Parcel("r", "z0", 0));
      try {
        parcels.insert(new Parcel("r", "z1", 0));
      } catch (io.s3db.ResourceAlreadyExistsException expected) {
        // the record exists
      }
      try {
        parcels.insert(new Parcel("r", "z0", 0));
      } catch (io.s3db.ResourceAlreadyExistsException expected) {
        // the same zone as the winner: its reference must stay
      }
      assertInExactlyItsZone(parcels, "r", "z0");
    }
  }

  static void assertInExactlyItsZone(ParcelDao parcels, String id, String zone) {
    assertEquals(zone, parcels.get(id).zone());
    for (String z : List.of("z0", "z1", "z2")) {
      List<String> expected = z.equals(zone) ? List.of(id) : List.of();
      assertEquals(expected, parcels.listIds(ParcelPartitions.byZone(z)), "references in " + z);
      assertEquals(expected.size(), parcels.count(ParcelPartitions.byZone(z)), "count of " + z);
    }
  }
}
