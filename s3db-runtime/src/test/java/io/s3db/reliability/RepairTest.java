package io.s3db.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.RepairReport;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@code repair()} puts the references a crash left missing and deletes stale ones, and counts
 * both.
 */
@ExtendWith(S3ServerExtension.class)
class RepairTest {

  @Test
  void repairPutsMissingReferencesAndDeletesStaleOnes(TestBucket bucket) {
    String prefix = "repair-" + System.nanoTime();
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).build()) {
      ParcelDao parcels = ParcelDao.of(db);
      for (int i = 0; i < 5; i++) {
        parcels.insert(new Parcel("p" + i, "z" + (i % 2), 0));
      }
      String refs = prefix + "/resource=parcels/partition=";
      // as a crash leaves them: a record without its reference, references of a record gone or
      // moved
      bucket.client().deleteObject(b -> b.bucket(bucket.name()).key(refs + "byZone/zone=z0/id=p2"));
      put(bucket, refs + "byZone/zone=z1/id=p0");
      put(bucket, refs + "byZone/zone=z7/id=gone");
      // another client's partition, which this schema does not declare: not ours to judge
      put(bucket, refs + "byNode/node=n1/id=p1");
      assertEquals(List.of("p0", "p4"), parcels.listIds(ParcelPartitions.byZone("z0")));

      RepairReport report = parcels.repair();
      System.out.println("repair: " + report);
      assertEquals(new RepairReport(5, 1, 2, List.of()), report);
      assertEquals(List.of("p0", "p2", "p4"), parcels.listIds(ParcelPartitions.byZone("z0")));
      assertEquals(List.of("p1", "p3"), parcels.listIds(ParcelPartitions.byZone("z1")));
      assertEquals(List.of(), parcels.listIds(ParcelPartitions.byZone("z7")));
      assertTrue(
          exists(bucket, refs + "byNode/node=n1/id=p1"), "undeclared partitions are left alone");
      assertTrue(parcels.repair().wasConsistent(), "a second repair finds nothing to do");
    }
  }

  @Test
  void aGracePeriodLeavesYoungReferencesAlone(TestBucket bucket) {
    String prefix = "repair-grace-" + System.nanoTime();
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).build()) {
      ParcelDao parcels = ParcelDao.of(db);
      parcels.insert(new Parcel("p", "z0", 0));
      put(
          bucket,
          prefix + "/resource=parcels/partition=byZone/zone=z1/id=p"); // a write in flight, perhaps
      assertEquals(new RepairReport(1, 0, 0, List.of()), parcels.repair(Duration.ofMinutes(5)));
      assertEquals(new RepairReport(1, 0, 1, List.of()), parcels.repair());
    }
  }

  private static void put(TestBucket bucket, String key) {
    bucket.client().putObject(b -> b.bucket(bucket.name()).key(key), RequestBody.empty());
  }

  private static boolean exists(TestBucket bucket, String key) {
    return !bucket
        .client()
        .listObjectsV2(b -> b.bucket(bucket.name()).prefix(key))
        .contents()
        .isEmpty();
  }
}
