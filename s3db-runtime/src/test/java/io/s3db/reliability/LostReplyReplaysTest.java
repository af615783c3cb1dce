package io.s3db.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Replays, one by one, writes whose reply is lost after the server applied them (the client sees a
 * connection reset): each is recognised as applied, reported as the success it was, applied once,
 * and leaves the references exact. The data object's requests are matched by {@code /data/id=<id>};
 * reference requests (under {@code partition=}) are left alone unless a test says otherwise.
 */
@ExtendWith(S3ServerExtension.class)
class LostReplyReplaysTest {
  private static final List<String> ZONES = List.of("z0", "z1", "z2");

  @Test
  void anUpsertThatCreatesWhoseReplyWasLostSucceedsOnce(TestBucket bucket) {
    upsertWhoseReplyIsLost(bucket, "upsert-create", null, new Parcel("u1", "z1", 3), 0);
  }

  @Test
  void anUpsertThatReplacesWhoseReplyWasLostSucceedsOnce(TestBucket bucket) {
    // the create attempt is refused (412) as it should be; the reply of the replacing PUT is lost
    upsertWhoseReplyIsLost(
        bucket, "upsert-replace", new Parcel("u2", "z0", 0), new Parcel("u2", "z2", 5), 1);
  }

  /**
   * Upserts {@code parcel} over {@code existing} (none if null), the reply of its data PUT lost as
   * after the first {@code skip} such PUTs: it succeeds once, answers and stores {@code parcel}.
   */
  private static void upsertWhoseReplyIsLost(
      TestBucket bucket, String prefix, @Nullable Parcel existing, Parcel parcel, int skip) {
    ClientFaults faults = new ClientFaults();
    try (S3db db = faults.db(bucket, prefix)) {
      ParcelDao parcels = ParcelDao.of(db);
      if (existing != null) {
        parcels.insert(existing);
      }
      faults.loseReply("PutObject", "/data/id=" + parcel.id(), skip, 1);
      Parcel stored = parcels.upsert(parcel);
      assertEquals(1, faults.lostReplies());
      assertEquals(parcel, stored);
      assertEquals(stored, parcels.get(parcel.id()));
      exact(bucket, prefix, parcels);
    }
  }

  @Test
  void aDeleteWhoseRepliesWereLostDeletesTheRecordAndItsReferences(TestBucket bucket) {
    ClientFaults faults = new ClientFaults();
    try (S3db db = faults.db(bucket, "delete")) {
      ParcelDao parcels = ParcelDao.of(db);
      parcels.insert(new Parcel("d1", "z1", 0));
      parcels.insert(new Parcel("d2", "z1", 0));
      faults.loseReply(
          "DeleteObject", "/data/id=d1", 1); // the SDK sends the idempotent DELETE again
      faults.loseReply("DeleteObject", "zone=z1/id=d1", 1);
      parcels.delete("d1");
      assertEquals(2, faults.lostReplies());
      assertFalse(parcels.exists("d1"));
      assertTrue(parcels.exists("d2"));
      exact(bucket, "delete", parcels);
    }
  }

  @Test
  void anUpdateOfARecordWithAJsonBodyWhoseReplyWasLostIsAppliedOnce(TestBucket bucket) {
    ClientFaults faults = new ClientFaults();
    String text = "x".repeat(3_000); // over S3's 2 KB of metadata: into the body
    try (S3db db = faults.db(bucket, "body")) {
      LedgerDao ledgers = LedgerDao.of(db);
      ledgers.insert(new Ledger("b1", "z0", 0, text));
      HeadObjectResponse before =
          bucket
              .client()
              .headObject(b -> b.bucket(bucket.name()).key("body/resource=ledgers/data/id=b1"));
      assertTrue(before.contentType().startsWith("application/json"), before.contentType());
      assertTrue(before.contentLength() > 2_000, "the text is in the body");
      faults.loseReply("PutObject", "/data/id=b1", 1);
      Ledger updated = ledgers.update("b1", l -> l.entered("z1"));
      assertEquals(1, faults.lostReplies());
      assertEquals(1, updated.entries());
      assertEquals(new Ledger("b1", "z1", 1, text), ledgers.get("b1"));
      assertEquals(List.of(), ledgers.listIds(LedgerPartitions.byZone("z0")));
      assertEquals(List.of("b1"), ledgers.listIds(LedgerPartitions.byZone("z1")));
    }
  }

  @Test
  void anUpdateWhoseReplyWasLostIsRecognisedAfterAnotherWriterReplacedIt(TestBucket bucket)
      throws Exception {
    replacedBeforeTheCheck(bucket, "replaced-once", 1);
  }

  /**
   * As far back as the history goes ({@code Revision.HISTORY} writes): still recognised, still
   * applied once.
   */
  @Test
  void anUpdateWhoseReplyWasLostIsRecognisedAfterEightWritersReplacedIt(TestBucket bucket)
      throws Exception {
    replacedBeforeTheCheck(bucket, "replaced-8", 8);
  }

  /**
   * A's update is applied but its reply lost; A's HEAD that checks is held until another writer B
   * (its own client, no fault) has replaced the record {@code others} times; then A's check runs
   * and must find its write in the history B's writes carried forward.
   */
  private static void replacedBeforeTheCheck(TestBucket bucket, String prefix, int others)
      throws Exception {
    ClientFaults faults = new ClientFaults();
    try (S3db a = faults.db(bucket, prefix);
        S3db b =
            S3db.builder()
                .client(bucket.client())
                .bucket(bucket.name())
                .keyPrefix(prefix)
                .build()) {
      ParcelDao parcelsA = ParcelDao.of(a);
      ParcelDao parcelsB = ParcelDao.of(b);
      parcelsA.insert(new Parcel("c", "z0", 0));
      faults.loseReply("PutObject", "/data/id=c", 1);
      ClientFaults.Rule check =
          faults.hold("HeadObject", "/data/id=c", 1); // not A's read: its check after the PUT
      CompletableFuture<Parcel> updateA =
          CompletableFuture.supplyAsync(() -> parcelsA.update("c", p -> p.movedTo("z1")));
      check.awaitReached();
      for (int i = 0; i < others; i++) {
        String zone = i % 2 == 0 ? "z2" : "z0";
        parcelsB.update("c", p -> p.movedTo(zone));
      }
      check.release();
      Parcel resultA = updateA.get();
      Parcel stored = parcelsB.get("c");
      System.out.printf(
          "LostReplyReplaysTest %s: A's update returned %s after %d replacing writes; stored %s%n",
          prefix, resultA, others, stored);
      assertEquals(1, faults.lostReplies());
      assertEquals(1, resultA.moves(), "A's update as it wrote it");
      assertEquals(1 + others, stored.moves(), "A's move applied once, then B's");
      exact(bucket, prefix, parcelsB);
    }
  }

  private static void exact(TestBucket bucket, String prefix, ParcelDao parcels) {
    Census census = Census.take(bucket, prefix);
    System.out.println("LostReplyReplaysTest " + prefix + ": " + census.figures());
    census.assertExact(parcels, ZONES);
  }
}
