package io.s3db.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.s3db.BulkResult;
import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.S3dbException;
import io.s3db.events.RecordEvent;
import io.s3db.events.S3dbListener;
import io.s3db.plugin.Operation;
import io.s3db.plugin.OperationInterceptor;
import io.s3db.plugin.OperationKind;
import io.s3db.plugin.PluginContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * What writes whose stored id nobody named beforehand forget, told apart by their outcome: the
 * plugin set up in a stand-in database whose calls are written here, so that outcomes S3 gives
 * rarely (a write applied whose answer was lost) are certain.
 */
class CacheWriteOutcomesTest {
  private final List<OperationInterceptor> interceptors = new ArrayList<>();
  private final List<S3dbListener> listeners = new ArrayList<>();

  /** Calls that reached "S3". */
  private final AtomicInteger sent = new AtomicInteger();

  @BeforeEach
  void setUp() {
    CachePlugin.builder()
        .resource("items")
        .build()
        .setup(
            new PluginContext() {
              @Override
              public void listen(S3dbListener listener) {
                listeners.add(listener);
              }

              @Override
              public void intercept(OperationInterceptor interceptor) {
                interceptors.add(interceptor);
              }

              @Override
              public boolean addRequestInterceptor(ExecutionInterceptor interceptor) {
                return false;
              }

              @Override
              public S3dbListener publisher() {
                return new S3dbListener() {};
              }

              @Override
              public Optional<Operation<?>> currentOperation() {
                return Optional.empty();
              }
            });
  }

  /** Finds an id (absent in this stand-in) and says whether the call was sent. */
  private boolean findSent(String id) {
    int before = sent.get();
    call(OperationKind.FIND, id, List.of(), () -> Optional.empty());
    return sent.get() > before;
  }

  private boolean countSent() {
    int before = sent.get();
    call(OperationKind.COUNT, null, List.of(), () -> 0L);
    return sent.get() > before;
  }

  private <R> R call(OperationKind kind, @Nullable String id, List<String> ids, Supplier<R> body) {
    return new Call<>(kind, id, ids, body).proceed();
  }

  private void inserted(String id) {
    listeners.forEach(l -> l.inserted(new RecordEvent("items", id, new Item(id, "red", 0))));
  }

  @Test
  void aSucceededInsertForgetsTheIdItsEventNames() {
    findSent("s1");
    findSent("other");
    countSent();
    call(
        OperationKind.INSERT,
        null,
        List.of(),
        () -> {
          inserted("s1");
          return new Item("s1", "red", 0);
        });
    assertEquals(true, findSent("s1"));
    assertEquals(false, findSent("other"), "kept: the write named its id");
    assertEquals(true, countSent());
  }

  @Test
  void aFailedInsertWithoutAnIdForgetsEveryRecord() {
    findSent("other");
    assertThrows(
        S3dbException.class,
        () ->
            call(
                OperationKind.INSERT,
                null,
                List.of(),
                () -> {
                  findSent("s1"); // read while the write is in flight
                  throw new S3dbException("answer lost: the record may be stored");
                }));
    assertEquals(true, findSent("s1"), "the write may have stored s1");
    assertEquals(true, findSent("other"));
  }

  @Test
  void aWriterRecordThatTellsNoIdForgetsEveryRecord() {
    findSent("w1");
    // a bulk writer's failure is its outcome, returned, not thrown: the event is what tells
    call(OperationKind.WRITER_INSERT, "w1", List.of(), () -> "failed outcome");
    findSent("w2");
    call(OperationKind.WRITER_INSERT, null, List.of(), () -> "failed outcome");
    assertEquals(true, findSent("w2"));
    findSent("w3");
    call(
        OperationKind.WRITER_INSERT,
        null,
        List.of(),
        () -> {
          inserted("w4");
          return "stored";
        });
    assertEquals(false, findSent("w3"));
  }

  @Test
  void insertManyForgetsTheIdsOfItsFailuresAndAllIfItThrew() {
    findSent("f1");
    findSent("kept");
    call(
        OperationKind.INSERT_MANY,
        null,
        List.of(),
        () ->
            new BulkResult<>(
                List.of(),
                0,
                List.of(
                    new BulkResult.Failure<>(
                        "f1", new Item("f1", "red", 0), new S3dbException("lost")))));
    assertEquals(true, findSent("f1"));
    assertEquals(false, findSent("kept"));
    assertThrows(
        IllegalStateException.class,
        () ->
            call(
                OperationKind.INSERT_MANY,
                null,
                List.of(),
                () -> {
                  throw new IllegalStateException("interrupted");
                }));
    assertEquals(true, findSent("kept"));
  }

  @Test
  void deleteAllForgetsEveryRecordAndRepairNone() {
    findSent("a");
    countSent();
    call(OperationKind.REPAIR, null, List.of(), () -> "report");
    assertEquals(false, findSent("a"));
    assertEquals(true, countSent(), "repair changes counts (stale references)");
    call(OperationKind.DELETE_ALL, null, List.of(), () -> 1L);
    assertEquals(true, findSent("a"));
  }

  @Test
  void deleteManyForgetsItsIds() {
    findSent("d1");
    findSent("d2");
    findSent("kept");
    call(OperationKind.DELETE_MANY, null, List.of("d1", "d2"), () -> "result");
    assertEquals(true, findSent("d1"));
    assertEquals(true, findSent("d2"));
    assertEquals(false, findSent("kept"));
  }

  /** A DAO call of the stand-in: through the plugin's interceptors to {@code body}. */
  private final class Call<R> implements Operation<R> {
    private final OperationKind kind;
    private final @Nullable String id;
    private final List<String> ids;
    private final Supplier<R> body;
    private int next;

    Call(OperationKind kind, @Nullable String id, List<String> ids, Supplier<R> body) {
      this.kind = kind;
      this.id = id;
      this.ids = ids;
      this.body = body;
    }

    @Override
    public String resource() {
      return "items";
    }

    @Override
    public Class<?> recordType() {
      return String.class;
    }

    @Override
    public OperationKind kind() {
      return kind;
    }

    @Override
    public @Nullable String id() {
      return id;
    }

    @Override
    public List<String> ids() {
      return ids;
    }

    @Override
    public @Nullable PartitionKey<?> partition() {
      return kind == OperationKind.COUNT ? PartitionKey.all() : null;
    }

    @Override
    public @Nullable PageRequest pageRequest() {
      return null;
    }

    @Override
    public boolean skipsUnreadable() {
      return false;
    }

    @Override
    public R proceed() {
      if (next < interceptors.size()) {
        return interceptors.get(next++).intercept(this);
      }
      sent.incrementAndGet();
      return body.get();
    }
  }
}
