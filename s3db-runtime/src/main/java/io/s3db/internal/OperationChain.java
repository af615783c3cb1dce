package io.s3db.internal;

import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.plugin.Operation;
import io.s3db.plugin.OperationInterceptor;
import io.s3db.plugin.OperationKind;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs one resource's DAO calls through the database's {@link OperationInterceptor}s (first added
 * outermost), each call in its {@link OperationScope}. Without interceptors a call costs one small
 * object and a thread-local set.
 */
final class OperationChain {
  private final String resource;
  private final Class<?> recordType;
  private final List<OperationInterceptor> interceptors;
  private final boolean skipsUnreadable;

  /**
   * @param interceptors the database's, a live copy-on-write list (plugins add to it while set up)
   */
  OperationChain(String resource, Class<?> recordType, List<OperationInterceptor> interceptors) {
    this(resource, recordType, interceptors, false);
  }

  private OperationChain(
      String resource,
      Class<?> recordType,
      List<OperationInterceptor> interceptors,
      boolean skipsUnreadable) {
    this.resource = resource;
    this.recordType = recordType;
    this.interceptors = interceptors;
    this.skipsUnreadable = skipsUnreadable;
  }

  /** The chain of a view that skips unreadable records, which interceptors are told of. */
  OperationChain skippingUnreadable() {
    return new OperationChain(resource, recordType, interceptors, true);
  }

  <R> R run(OperationKind kind, Supplier<R> body) {
    return run(new Call<>(kind, null, List.of(), null, null, body));
  }

  <R> R byId(OperationKind kind, @Nullable String id, Supplier<R> body) {
    return run(new Call<>(kind, id, List.of(), null, null, body));
  }

  <R> R byIds(OperationKind kind, List<String> ids, Supplier<R> body) {
    return run(new Call<>(kind, null, List.copyOf(ids), null, null, body));
  }

  <R> R byKey(OperationKind kind, PartitionKey<?> key, Supplier<R> body) {
    return run(new Call<>(kind, null, List.of(), key, null, body));
  }

  <R> R page(PartitionKey<?> key, PageRequest request, Supplier<R> body) {
    return run(new Call<>(OperationKind.PAGE, null, List.of(), key, request, body));
  }

  /** A stream made through the chain, whose pulls run in the call's scope. */
  <T> Stream<T> stream(PartitionKey<?> key, Supplier<Stream<T>> body) {
    Call<Stream<T>> call = new Call<>(OperationKind.STREAM, null, List.of(), key, null, body);
    return OperationScope.bind(run(call), call);
  }

  private <R> R run(Call<R> call) {
    Operation<?> outer = OperationScope.enter(call);
    try {
      return call.proceed();
    } finally {
      OperationScope.exit(outer);
    }
  }

  private final class Call<R> implements Operation<R> {
    private final OperationKind kind;
    private final @Nullable String id;
    private final List<String> ids;
    private final @Nullable PartitionKey<?> partition;
    private final @Nullable PageRequest pageRequest;
    private final Supplier<R> body;
    private final OperationInterceptor[] chain;
    private int next;

    Call(
        OperationKind kind,
        @Nullable String id,
        List<String> ids,
        @Nullable PartitionKey<?> partition,
        @Nullable PageRequest pageRequest,
        Supplier<R> body) {
      this.kind = kind;
      this.id = id;
      this.ids = ids;
      this.partition = partition;
      this.pageRequest = pageRequest;
      this.body = body;
      this.chain =
          interceptors.isEmpty()
              ? new OperationInterceptor[0]
              : interceptors.toArray(new OperationInterceptor[0]);
    }

    @Override
    public String resource() {
      return resource;
    }

    @Override
    public Class<?> recordType() {
      return recordType;
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
      return partition;
    }

    @Override
    public @Nullable PageRequest pageRequest() {
      return pageRequest;
    }

    @Override
    public boolean skipsUnreadable() {
      return skipsUnreadable;
    }

    /** The next interceptor, or the call itself once every interceptor has proceeded. */
    @Override
    public R proceed() {
      if (next < chain.length) {
        return chain[next++].intercept(this);
      }
      if (next++ > chain.length) {
        throw new IllegalStateException(
            "An OperationInterceptor proceeded twice with " + this + "; proceed at most once.");
      }
      return body.get();
    }

    @Override
    public String toString() {
      return "Operation[" + resource + ", " + kind + (id == null ? "" : ", " + id) + "]";
    }
  }
}
