package io.s3db.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.s3db.CodecException;
import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.UnreadableRecord;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * One record that cannot be decoded fails a bulk read by default; {@code skippingUnreadable} skips
 * it, reports it with its id and the reason, and returns the others, on every bulk read.
 */
@ExtendWith(S3ServerExtension.class)
class UnreadableRecordsTest {

  @Test
  void bulkReadsSkipAndReportACorruptRecord(TestBucket bucket) {
    String prefix = "unreadable-" + System.nanoTime();
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).build()) {
      ParcelDao parcels = ParcelDao.of(db);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        ids.add(String.format("p%03d", i));
        parcels.insert(new Parcel(ids.get(i), "z0", i));
      }
      corrupt(bucket, prefix + "/resource=parcels/data/id=p042");

      assertThrows(CodecException.class, parcels::list, "failing whole is the default");
      List<UnreadableRecord> skipped = new CopyOnWriteArrayList<>();
      S3Dao<Parcel> tolerant = parcels.skippingUnreadable(skipped::add);
      assertEquals(99, tolerant.list().size());
      assertEquals(99, tolerant.getAll().size());
      assertEquals(99, tolerant.list(ParcelPartitions.byZone("z0")).size());
      assertEquals(99, tolerant.query(p -> true).size());
      assertEquals(99, tolerant.getMany(ids).size());
      try (Stream<Parcel> stream = tolerant.stream(PartitionKey.all())) {
        assertEquals(99, stream.count());
      }
      assertEquals(99, tolerant.page(PartitionKey.all(), PageRequest.ofSize(100)).items().size());
      assertEquals(7, skipped.size(), "once per call");
      for (UnreadableRecord record : skipped) {
        assertEquals("parcels", record.resource());
        assertEquals("p042", record.id());
      }
      System.out.println("unreadable: " + skipped.get(0).error().getMessage());
      assertThrows(CodecException.class, () -> tolerant.get("p042"), "single reads still fail");
    }
  }

  /** Rewrites the record with a value its decoder must refuse: a number field holding text. */
  private static void corrupt(TestBucket bucket, String key) {
    Map<String, String> metadata =
        new HashMap<>(bucket.client().headObject(b -> b.bucket(bucket.name()).key(key)).metadata());
    metadata.put("1", "not a number");
    bucket
        .client()
        .putObject(b -> b.bucket(bucket.name()).key(key).metadata(metadata), RequestBody.empty());
  }
}
