package io.s3db.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3db;
import io.s3db.plugin.OperationKind;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import io.s3db.testing.faults.FaultProxy;
import io.s3db.testing.faults.FaultProxyExtension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Costs at S3 Standard prices, a snapshot's consistency while requests run, and reset. */
@ExtendWith({S3ServerExtension.class, FaultProxyExtension.class})
class CostsSnapshotTest {
  private final CostsPlugin costs = CostsPlugin.create();
  private final ServerCounts server;
  private final S3db db;
  private final NoteDao notes;
  private final TicketDao tickets;

  CostsSnapshotTest(TestBucket bucket, FaultProxy proxy) {
    this.server = new ServerCounts(proxy, costs);
    this.db = server.database(bucket, "snapshots").build();
    this.notes = NoteDao.of(db);
    this.tickets = TicketDao.of(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aThousandPutsCostHalfACent_deletesNothing() {
    server.reset();
    notes.insertMany(notes(1_000, "k"));
    CostsSnapshot inserted = server.agreed();
    assertEquals(1_000, inserted.s3Operation("PutObject").billedRequests());
    assertEquals(0, new BigDecimal("0.005").compareTo(inserted.cost()), inserted.toString());
    assertEquals(inserted.total(), inserted.daoOperation(OperationKind.INSERT_MANY));

    server.reset();
    notes.delete("k0");
    notes.deleteAll();
    CostsSnapshot deleted = server.agreed();
    Usage deleteObject = deleted.s3Operation("DeleteObject");
    Usage deleteObjects = deleted.s3Operation("DeleteObjects");
    assertEquals(1, deleteObject.billedRequests());
    assertTrue(deleteObjects.billedRequests() >= 1, deleted.toString());
    assertEquals(0, deleteObject.cost().signum());
    assertEquals(0, deleteObjects.cost().signum());
    // what deleteAll costs is its lists: $0.005 per 1 000
    long lists = deleted.s3Operation("ListObjectsV2").billedRequests();
    assertTrue(lists >= 1);
    BigDecimal listed = new BigDecimal("0.000005").multiply(BigDecimal.valueOf(lists));
    assertEquals(0, listed.compareTo(deleted.cost()), deleted.toString());
    assertEquals(0, notes.count());
  }

  @Test
  void aSnapshotTakenWhileRequestsRunAddsUp() throws Exception {
    CompletableFuture<?> writers =
        CompletableFuture.allOf(
            CompletableFuture.runAsync(() -> notes.insertMany(notes(150, "n"))),
            CompletableFuture.runAsync(() -> tickets.insertMany(tickets(60))));
    int snapshots = 0;
    do {
      assertAddsUp(costs.snapshot());
      snapshots++;
    } while (!writers.isDone());
    writers.get();
    assertAddsUp(server.agreed());
    assertTrue(snapshots > 1, "only " + snapshots + " snapshot(s) while writing");
  }

  @Test
  void aSnapshotIsImmutable_resetStartsFromZero() {
    notes.insert(new Note("i1", "x"));
    CostsSnapshot before = costs.snapshot();
    Usage put = before.s3Operation("PutObject");
    assertThrows(
        UnsupportedOperationException.class, () -> before.byS3Operation().put("X", Usage.NONE));
    notes.insert(new Note("i2", "y"));
    assertEquals(put, before.s3Operation("PutObject"));
    assertEquals(put.requests() + 1, costs.snapshot().s3Operation("PutObject").requests());

    server.reset();
    CostsSnapshot zero = costs.snapshot();
    assertEquals(Usage.NONE, zero.total());
    assertEquals(0, zero.cost().signum());
    assertTrue(zero.byS3Operation().isEmpty() && zero.byResource().isEmpty());
    notes.get("i1");
    assertEquals(1, server.agreed().requests());
  }

  /** The total is the sum of each breakdown, in every count, bytes and cost. */
  private static void assertAddsUp(CostsSnapshot s) {
    assertEquals(s.total(), sum(s.byS3Operation().values()), s.toString());
    assertEquals(s.total(), sum(s.byResource().values()).plus(s.outsideDaoCalls()), s.toString());
    assertEquals(
        s.total(), sum(s.byDaoOperation().values()).plus(s.outsideDaoCalls()), s.toString());
    for (Usage usage : s.byS3Operation().values()) {
      assertTrue(usage.answered() + usage.unanswered() <= usage.requests(), usage.toString());
    }
  }

  private static Usage sum(Collection<Usage> usages) {
    Usage sum = Usage.NONE;
    for (Usage usage : usages) {
      sum = sum.plus(usage);
    }
    return sum;
  }

  private static List<Note> notes(int n, String prefix) {
    List<Note> notes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      notes.add(new Note(prefix + i, "note " + i));
    }
    return notes;
  }

  private static List<Ticket> tickets(int n) {
    List<Ticket> tickets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tickets.add(new Ticket("t" + i, "q" + (i % 4), "ticket " + i));
    }
    return tickets;
  }
}
