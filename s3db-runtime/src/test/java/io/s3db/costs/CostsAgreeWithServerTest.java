package io.s3db.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.Content;
import io.s3db.PartitionKey;
import io.s3db.S3db;
import io.s3db.plugin.OperationKind;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import io.s3db.testing.faults.FaultProxy;
import io.s3db.testing.faults.FaultProxyExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin's counts are the requests the server received (counted by the proxy in front of it),
 * operation by operation, and each DAO call's requests are attributed to its resource and kind:
 * also on bulk worker threads and while a stream is pulled.
 */
@ExtendWith({S3ServerExtension.class, FaultProxyExtension.class})
class CostsAgreeWithServerTest {
  private final CostsPlugin costs = CostsPlugin.create();
  private final ServerCounts server;
  private final S3db db;
  private final TicketDao tickets;
  private final NoteDao notes;

  CostsAgreeWithServerTest(TestBucket bucket, FaultProxy proxy) {
    this.server = new ServerCounts(proxy, costs);
    this.db = server.database(bucket, "costs").parallelism(4).build();
    this.tickets = TicketDao.of(db);
    this.notes = NoteDao.of(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void connectingIsCountedOutsideDaoCalls() {
    CostsSnapshot connect = server.agreed();
    assertTrue(connect.requests() > 0, connect.toString());
    assertUsage(connect.total(), connect.outsideDaoCalls());
    assertEquals(Map.of(), connect.byResource());
    assertEquals(Map.of(), connect.byDaoOperation());
  }

  @Test
  void everyDaoCallIsAttributedToItsResourceAndKind() {
    step(
        "coststickets",
        OperationKind.INSERT,
        () -> tickets.insert(new Ticket("t1", "q1", "Ticket")));
    step("coststickets", OperationKind.GET, () -> tickets.get("t1"));
    step("coststickets", OperationKind.EXISTS, () -> tickets.exists("nope"));
    step("coststickets", OperationKind.UPDATE, () -> tickets.update("t1", t -> t.withQueue("q2")));
    step(
        "coststickets",
        OperationKind.UPSERT,
        () -> tickets.upsert(new Ticket("t1", "q3", "Again")));
    step("coststickets", OperationKind.LIST, () -> tickets.list(TicketPartitions.byQueue("q3")));
    step("coststickets", OperationKind.LIST_IDS, tickets::listIds);
    step("coststickets", OperationKind.COUNT, tickets::count);
    step("costsnotes", OperationKind.INSERT, () -> notes.insert(new Note("n1", "text")));
    step(
        "costsnotes", OperationKind.SET_CONTENT, () -> notes.setContent("n1", new byte[10], "a/b"));
    step(
        "costsnotes",
        OperationKind.CONTENT,
        () -> {
          try (Content content = notes.content("n1").orElseThrow()) {
            assertEquals(10, content.readAllBytes().length);
          }
        });
    step("costsnotes", OperationKind.DELETE, () -> notes.delete("n1"));
    step("coststickets", OperationKind.DELETE, () -> tickets.delete("t1"));
  }

  @Test
  void bulkWorkerThreadsWorkForTheirCall() {
    List<Ticket> many = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      many.add(new Ticket("m" + i, "q" + (i % 3), "Bulk"));
    }
    CostsSnapshot inserted =
        step("coststickets", OperationKind.INSERT_MANY, () -> tickets.insertMany(many));
    // per record: the reference, the data, the reference again, a HEAD to check
    assertEquals(24 * 3, inserted.s3Operation("PutObject").requests());
    assertEquals(24, inserted.s3Operation("HeadObject").requests());
    step("coststickets", OperationKind.GET_MANY, () -> tickets.getMany(List.of("m1", "m2", "m3")));
    step(
        "coststickets",
        OperationKind.DELETE_MANY,
        () -> tickets.deleteMany(many.stream().map(Ticket::id).toList()));
  }

  @Test
  void aStreamsRequestsAreItsOwnEvenWhenPulledLater() {
    for (int i = 0; i < 5; i++) {
      notes.insert(new Note("s" + i, "streamed"));
    }
    Stream<Note> stream = notes.stream(PartitionKey.all());
    server.reset();
    // the stream is pulled outside the call that made it: its requests go out now
    List<String> ids = stream.map(Note::id).collect(Collectors.toList());
    stream.close();
    assertEquals(5, ids.size());
    CostsSnapshot pulled = server.agreed();
    assertEquals(5, pulled.s3Operation("HeadObject").requests());
    assertUsage(pulled.total(), pulled.daoOperation(OperationKind.STREAM));
    assertUsage(pulled.total(), pulled.resource("costsnotes"));
    assertEquals(0, pulled.outsideDaoCalls().requests());
  }

  /**
   * Runs one DAO call with fresh counts on both sides: the plugin counted, operation by operation,
   * what the server received, and all of it served {@code kind} of {@code resource}.
   */
  private CostsSnapshot step(String resource, OperationKind kind, Runnable call) {
    server.reset();
    call.run();
    CostsSnapshot snapshot = server.agreed(kind.name());
    String what = kind + " " + snapshot;
    assertTrue(snapshot.requests() > 0, what);
    assertEquals(Map.of(resource, snapshot.total()), snapshot.byResource(), what);
    assertEquals(Map.of(kind, snapshot.total()), snapshot.byDaoOperation(), what);
    assertEquals(0, snapshot.outsideDaoCalls().requests(), what);
    assertEquals(snapshot.requests(), snapshot.total().answered(), what);
    return snapshot;
  }

  private static void assertUsage(Usage expected, Usage actual) {
    assertEquals(expected, actual);
  }
}
