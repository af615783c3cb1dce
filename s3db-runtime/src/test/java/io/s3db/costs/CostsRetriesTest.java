package io.s3db.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.BulkResult;
import io.s3db.S3db;
import io.s3db.plugin.OperationKind;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import io.s3db.testing.faults.Fault;
import io.s3db.testing.faults.FaultProxy;
import io.s3db.testing.faults.FaultProxyExtension;
import io.s3db.testing.faults.FaultProxyStats;
import io.s3db.testing.faults.FaultRule;
import io.s3db.testing.faults.RandomFaults;
import io.s3db.testing.faults.S3Operation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults the proxy injects make the SDK (and s3db) send requests again: each attempt is counted as
 * the server received it, 5xx answers are counted but not billed, attempts without an answer are
 * counted and billed.
 */
@ExtendWith({S3ServerExtension.class, FaultProxyExtension.class})
class CostsRetriesTest {
  private static final BigDecimal ONE_GET = new BigDecimal("0.0000004");

  private final FaultProxy proxy;
  private final CostsPlugin costs = CostsPlugin.create();
  private final ServerCounts server;
  private final S3db db;
  private final NoteDao notes;

  CostsRetriesTest(TestBucket bucket, FaultProxy proxy) {
    this.proxy = proxy;
    this.server = new ServerCounts(proxy, costs);
    this.db = server.database(bucket, "retries").build();
    this.notes = NoteDao.of(db);
  }

  @BeforeEach
  void oneNote() {
    notes.insert(new Note("r1", "x"));
    server.reset();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void anSdkRetryAfterA500IsOneMoreRequest_theFailedOneUnbilled() {
    proxy.inject(FaultRule.on(S3Operation.HEAD_OBJECT).internalError());
    assertEquals("x", notes.get("r1").text());

    CostsSnapshot snapshot = server.agreed();
    assertEquals(1, proxy.stats().faults(Fault.INTERNAL_ERROR));
    Usage head = snapshot.s3Operation("HeadObject");
    assertEquals(2, head.requests());
    assertEquals(1, head.retries());
    assertEquals(1, head.status5xx());
    assertEquals(1, head.status2xx());
    assertEquals(0, head.unanswered());
    assertEquals(1, head.billedRequests());
    assertEquals(0, ONE_GET.compareTo(head.cost()), head.cost().toPlainString());
    assertEquals(head, snapshot.daoOperation(OperationKind.GET));
    assertEquals(head, snapshot.resource("costsnotes"));
  }

  @Test
  void aResetConnectionIsAnUnansweredAttempt_billed() {
    proxy.inject(FaultRule.on(S3Operation.HEAD_OBJECT).resetBeforeForwarding());
    assertEquals("x", notes.get("r1").text());

    CostsSnapshot snapshot = server.agreed();
    Usage head = snapshot.s3Operation("HeadObject");
    assertEquals(2, head.requests());
    assertEquals(1, head.retries());
    assertEquals(1, head.unanswered());
    assertEquals(1, head.status2xx());
    assertEquals(2, head.billedRequests());
    assertEquals(0, ONE_GET.multiply(BigDecimal.valueOf(2)).compareTo(head.cost()));
  }

  @Test
  void aSlowDownAndALostReplyOnWritesAreCountedAsTheServerSawThem() {
    // s3db, not the SDK, resends its conditional PUTs, after a HEAD that tells whether it landed
    proxy.inject(FaultRule.on(S3Operation.PUT_OBJECT).keyMatching(".*id=w1").slowDown());
    proxy.inject(
        FaultRule.on(S3Operation.PUT_OBJECT).keyMatching(".*id=w2").resetAfterForwarding());
    notes.insert(new Note("w1", "slowed"));
    notes.insert(new Note("w2", "lost"));

    CostsSnapshot snapshot = server.agreed();
    Usage put = snapshot.s3Operation("PutObject");
    assertEquals(1, put.status5xx(), snapshot.toString());
    assertEquals(1, put.unanswered(), snapshot.toString());
    assertEquals(put.requests() - 1, put.billedRequests());
    assertEquals(snapshot.total(), snapshot.daoOperation(OperationKind.INSERT));
  }

  @Test
  void underRandomFaultsInABulkCallEveryAttemptIsCounted() {
    List<Note> many = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      many.add(new Note("b" + i, "bulk"));
    }
    proxy.randomFaults(
        RandomFaults.seeded(20261202)
            .rate(Fault.SLOW_DOWN, 0.05)
            .rate(Fault.INTERNAL_ERROR, 0.05)
            .rate(Fault.RESET_BEFORE_FORWARDING, 0.05)
            .rate(Fault.RESET_AFTER_FORWARDING, 0.05));
    BulkResult<Note> result = notes.insertMany(many);
    proxy.randomFaults(null);

    CostsSnapshot snapshot = server.agreed();
    FaultProxyStats stats = proxy.stats();
    assertTrue(stats.totalFaults() > 0, stats.toString());
    Usage total = snapshot.total();
    assertEquals(
        stats.faults(Fault.SLOW_DOWN) + stats.faults(Fault.INTERNAL_ERROR), total.status5xx());
    assertEquals(
        stats.faults(Fault.RESET_BEFORE_FORWARDING) + stats.faults(Fault.RESET_AFTER_FORWARDING),
        total.unanswered());
    assertEquals(total.requests(), total.answered() + total.unanswered());
    assertEquals(total.requests() - total.status5xx(), total.billedRequests());
    assertEquals(total, snapshot.daoOperation(OperationKind.INSERT_MANY), result.toString());
  }
}
