package io.s3db.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.BulkWriter;
import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Every DAO call passes the plugins' interceptors, and every S3 request is told which call it
 * serves, also on bulk worker threads, in stream pulls and for a hook's own calls.
 */
@ExtendWith(S3ServerExtension.class)
class OperationInterceptorTest {
  private final TestBucket bucket;
  private final String prefix = "intercept-" + System.nanoTime();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<OperationInterceptor> extra = new ArrayList<>();
  private S3db db;

  OperationInterceptorTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  /** Records every call it sees, and every request with the call it serves. */
  private final class Recording implements S3dbPlugin {
    @Override
    public void setup(PluginContext context) {
      context.intercept(
          new OperationInterceptor() {
            @Override
            public <R> R intercept(Operation<R> op) {
              calls.add(describe(op));
              return op.proceed();
            }
          });
      extra.forEach(context::intercept);
      context.addRequestInterceptor(
          new ExecutionInterceptor() {
            @Override
            public void beforeExecution(
                Context.BeforeExecution ctx, ExecutionAttributes attributes) {
              String serves =
                  context.currentOperation().map(o -> o.resource() + " " + o.kind()).orElse("-");
              requests.add(
                  attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME) + " " + serves);
            }
          });
    }
  }

  private static String describe(Operation<?> op) {
    StringBuilder text = new StringBuilder(op.resource() + " " + op.kind());
    if (op.id() != null) {
      text.append(" id=").append(op.id());
    }
    if (!op.ids().isEmpty()) {
      text.append(" ids=").append(op.ids());
    }
    if (op.partition() != null) {
      text.append(" key=").append(op.partition().partitionName().orElse("all"));
    }
    if (op.pageRequest() != null) {
      text.append(" page");
    }
    if (op.skipsUnreadable()) {
      text.append(" skipping");
    }
    return text.toString();
  }

  private GadgetDao connect() {
    db = S3db.builder().uri(bucket.uri(prefix)).plugin(new Recording()).build();
    calls.clear();
    requests.clear();
    return GadgetDao.of(db);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void everyCallIsSeenWithWhatItAskedFor() {
    GadgetDao gadgets = connect();
    gadgets.insert(new Gadget("g1", "red"));
    gadgets.get("g1");
    gadgets.exists("g1");
    gadgets.update("g1", g -> new Gadget(g.id(), "blue"));
    gadgets.list(GadgetPartitions.byColor("blue"));
    gadgets.count();
    gadgets.page(PartitionKey.all(), PageRequest.ofSize(5));
    gadgets.getMany(List.of("g1", "g2"));
    gadgets.skippingUnreadable(u -> {}).list();
    gadgets.deleteMany(List.of("g1"));
    assertEquals(
        List.of(
            "gadgets INSERT id=g1",
            "gadgets GET id=g1",
            "gadgets EXISTS id=g1",
            "gadgets UPDATE id=g1",
            "gadgets LIST key=byColor",
            "gadgets COUNT key=all",
            "gadgets PAGE key=all page",
            "gadgets GET_MANY ids=[g1, g2]",
            "gadgets LIST key=all skipping",
            "gadgets DELETE_MANY ids=[g1]"),
        calls);
  }

  @Test
  void everyRequestKnowsTheCallItServes() {
    GadgetDao gadgets = connect();
    gadgets.insert(new Gadget("g1", "red"));
    // the data and its partition reference, and whatever else the write protocol sends
    assertTrue(requests.size() >= 2, requests.toString());
    assertTrue(allServe("gadgets INSERT"), requests.toString());
    requests.clear();

    // bulk calls run their requests on worker threads
    List<Gadget> many = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      many.add(new Gadget("m" + i, "green"));
    }
    gadgets.insertMany(many);
    assertTrue(requests.size() >= 40, requests.toString());
    assertTrue(allServe("gadgets INSERT_MANY"), requests.toString());
    requests.clear();

    // a stream's requests go out as it is pulled, after stream() returned
    try (Stream<Gadget> stream = gadgets.stream(PartitionKey.all())) {
      assertTrue(requests.isEmpty() || allServe("gadgets STREAM"), requests.toString());
      assertEquals(21, stream.count());
    }
    assertTrue(allServe("gadgets STREAM"), requests.toString());
    requests.clear();

    try (BulkWriter<Gadget> writer = gadgets.writer(BulkWriter.options())) {
      writer.add(new Gadget("w1", "red"));
    }
    assertTrue(allServe("gadgets WRITER_INSERT"), requests.toString());
    assertTrue(calls.contains("gadgets WRITER_INSERT id=w1"), calls.toString());
  }

  private boolean allServe(String call) {
    return requests.stream().allMatch(r -> r.endsWith(" " + call));
  }

  @Test
  void aHooksOwnCallsAreCallsOfTheirOwn() {
    GadgetDao gadgets = connect();
    gadgets
        .hooks()
        .beforeInsert(
            (ctx, g) -> {
              ctx.dao().exists("other");
              return g;
            });
    gadgets.insert(new Gadget("g1", "red"));
    assertEquals(List.of("gadgets INSERT id=g1", "gadgets EXISTS id=other"), calls);
    assertEquals("HeadObject gadgets EXISTS", requests.get(0));
    assertTrue(requests.subList(1, requests.size()).stream().allMatch(r -> r.endsWith("INSERT")));
  }

  @Test
  void theCatalogsRequestsAtConnectServeNoCall() {
    List<String> atConnect = new CopyOnWriteArrayList<>();
    S3dbPlugin plugin =
        new S3dbPlugin() {
          @Override
          public void setup(PluginContext context) {
            context.addRequestInterceptor(
                new ExecutionInterceptor() {
                  @Override
                  public void beforeExecution(
                      Context.BeforeExecution ctx, ExecutionAttributes attributes) {
                    atConnect.add(context.currentOperation().isPresent() ? "call" : "none");
                  }
                });
          }
        };
    try (S3db connected = S3db.builder().uri(bucket.uri(prefix)).plugin(plugin).build()) {
      assertFalse(atConnect.isEmpty());
      assertEquals(List.of("none"), atConnect.stream().distinct().toList());
    }
  }

  @Test
  void anInterceptorMayAnswerWithoutProceedingSoNothingIsSent() {
    extra.add(
        new OperationInterceptor() {
          @SuppressWarnings("unchecked")
          @Override
          public <R> R intercept(Operation<R> op) {
            return op.kind() == OperationKind.COUNT ? (R) Long.valueOf(42) : op.proceed();
          }
        });
    GadgetDao gadgets = connect();
    assertEquals(42, gadgets.count());
    assertEquals(List.of(), requests);
  }

  @Test
  void anInterceptorThatRefusesAWriteLeavesNothingWritten() {
    extra.add(
        new OperationInterceptor() {
          @Override
          public <R> R intercept(Operation<R> op) {
            if (op.kind().isWrite()) {
              throw new IllegalStateException("read-only");
            }
            return op.proceed();
          }
        });
    GadgetDao gadgets = connect();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> gadgets.insert(new Gadget("g1", "red")));
    assertEquals("read-only", e.getMessage());
    assertEquals(List.of(), requests);
    assertFalse(gadgets.exists("g1"));
  }

  @Test
  void interceptorsRunFirstAddedOutermostAndProceedAtMostOnce() {
    List<String> order = new CopyOnWriteArrayList<>();
    extra.add(
        new OperationInterceptor() {
          @Override
          public <R> R intercept(Operation<R> op) {
            order.add("second in");
            R result = op.proceed();
            order.add("second out");
            if (op.kind() == OperationKind.EXISTS) {
              op.proceed();
            }
            return result;
          }
        });
    GadgetDao gadgets = connect();
    gadgets.find("x");
    assertEquals(List.of("gadgets FIND id=x"), calls);
    assertEquals(List.of("second in", "second out"), order);
    IllegalStateException twice =
        assertThrows(IllegalStateException.class, () -> gadgets.exists("x"));
    assertTrue(twice.getMessage().contains("proceeded twice"), twice.getMessage());
  }

  @Test
  void aWritersRecordIsACallThatReturnsTheRecordOrThrows() {
    List<Object> outcomes = new CopyOnWriteArrayList<>();
    extra.add(
        new OperationInterceptor() {
          @Override
          public <R> R intercept(Operation<R> op) {
            if (op.kind() != OperationKind.WRITER_INSERT) {
              return op.proceed();
            }
            try {
              R result = op.proceed();
              outcomes.add(result);
              return result;
            } catch (RuntimeException e) {
              outcomes.add(e.getClass().getSimpleName());
              throw e;
            }
          }
        });
    GadgetDao gadgets = connect();
    gadgets.insert(new Gadget("taken", "red"));
    BulkWriter<Gadget> writer = gadgets.writer(BulkWriter.options().concurrency(1));
    try (writer) {
      writer.add(new Gadget("w1", "red"));
      writer.add(new Gadget("taken", "blue"));
    }
    assertEquals(List.of(new Gadget("w1", "red"), "ResourceAlreadyExistsException"), outcomes);
    assertEquals(1, writer.result().failures().size());
    assertEquals("taken", writer.result().failures().get(0).id());
  }
}
