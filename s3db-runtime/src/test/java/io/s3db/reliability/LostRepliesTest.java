package io.s3db.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.S3db;
import io.s3db.it.Counter;
import io.s3db.it.CounterDao;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A write whose reply was lost is recognised as the library's own: not a duplicate, not applied
 * twice.
 */
@ExtendWith(S3ServerExtension.class)
class LostRepliesTest {

  @Test
  void anInsertWhoseReplyWasLostSucceeds(TestBucket bucket) {
    ClientFaults faults = new ClientFaults();
    try (S3db db = faults.db(bucket, "lost-insert")) {
      CounterDao counters = CounterDao.of(db);
      faults.loseReply("PutObject", "/data/id=c1", 1);
      counters.insert(new Counter("c1", 0, "me"));
      assertEquals(1, faults.lostReplies());
      assertEquals(0, counters.get("c1").value());
    }
  }

  @Test
  void anUpdateWhoseReplyWasLostIsAppliedOnce(TestBucket bucket) {
    ClientFaults faults = new ClientFaults();
    try (S3db db = faults.db(bucket, "lost-update")) {
      CounterDao counters = CounterDao.of(db);
      counters.insert(new Counter("c1", 0, "me"));
      faults.loseReply("PutObject", "/data/id=c1", 1);
      Counter updated = counters.update("c1", c -> new Counter(c.id(), c.value() + 1, "me"));
      assertEquals(1, faults.lostReplies());
      assertEquals(1, updated.value());
      assertEquals(1, counters.get("c1").value());
    }
  }

  @Test
  void largeContentWhoseCompletionReplyWasLostIsStored(TestBucket bucket) throws Exception {
    ClientFaults faults = new ClientFaults();
    try (S3db db = faults.db(bucket, "lost-multipart")) {
      ParcelDao parcels = ParcelDao.of(db);
      parcels.insert(new Parcel("p", "z0", 0));
      byte[] content = new byte[8 * 1024 * 1024 + 10];
      new java.util.Random(7).nextBytes(content);
      // every attempt's reply is lost (S3Proxy lets a retry complete again, where AWS would answer
      // 404)
      faults.loseReply("CompleteMultipartUpload", "/data/id=p", 10);
      parcels.setContent(
          "p",
          new java.io.ByteArrayInputStream(content),
          content.length,
          "application/octet-stream");
      org.junit.jupiter.api.Assertions.assertTrue(
          faults.lostReplies() > 1, "every attempt of the SDK lost its reply");
      try (var stored = parcels.content("p").orElseThrow().stream()) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(content, stored.readAllBytes());
      }
    }
  }
}
