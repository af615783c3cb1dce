package io.s3db.bench;

import io.s3db.BulkResult;
import io.s3db.PartitionKey;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.S3dbBuilder;
import io.s3db.spi.ResourceDescriptor;
import io.s3db.spi.S3dbModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Side B: this library, through its generated DAO, with {@code parallelism} for its bulk calls and
 * as many caller threads for single-record calls.
 */
final class LibWorkload<T> implements Workload {

  /** A variant's record type as B runs it: its resource, its generated DAO, its shape. */
  record Records<T>(
      ResourceDescriptor<T> descriptor, Function<S3db, S3Dao<T>> dao, RecordShape<T> shape) {}

  private final S3db db;
  private final S3Dao<T> dao;
  private final RecordShape<T> shape;
  private final int n;
  private final Parallel callers;

  /** Every stored record's counter after the operations so far (what list and getMany check). */
  private long counterNow;

  private LibWorkload(
      S3db db,
      S3Dao<T> dao,
      RecordShape<T> shape,
      int n,
      int parallelism,
      ThreadFactory callerThreads) {
    this.db = db;
    this.dao = dao;
    this.shape = shape;
    this.n = n;
    this.callers = new Parallel(parallelism, callerThreads);
  }

  /**
   * Connects to {@code uri} with the variant's one resource (and its passphrase, if any); {@code
   * threads} virtual: the library's bulk threads too (platform: its own default).
   */
  static Workload open(
      String uri,
      Variant variant,
      int n,
      int parallelism,
      String threads,
      ThreadFactory callerThreads) {
    return open(uri, variant.lib, variant.passphrase(), n, parallelism, threads, callerThreads);
  }

  private static <T> Workload open(
      String uri,
      Records<T> records,
      @Nullable String passphrase,
      int n,
      int parallelism,
      String threads,
      ThreadFactory callerThreads) {
    S3dbModule module = () -> List.of(records.descriptor());
    S3dbBuilder builder = S3db.builder().uri(uri).module(module).parallelism(parallelism);
    if (passphrase != null) {
      builder.passphrase(passphrase);
    }
    if (threads.equals("virtual")) {
      builder.threads(CallerThreads.of(threads, "s3db-"));
    }
    S3db db = builder.build();
    return new LibWorkload<>(
        db, records.dao().apply(db), records.shape(), n, parallelism, callerThreads);
  }

  @Override
  public void run(Op op) {
    ToLongFunction<T> counter = shape::counter;
    switch (op) {
      case INSERT -> {
        callers.forEach(n, i -> dao.insert(shape.make(Workload.id(i), i)));
        counterNow = 0;
      }
      case GET ->
          callers.forEach(
              n,
              i ->
                  Workload.check(
                      counter.applyAsLong(dao.get(Workload.id(i))) == counterNow, "get"));
      case GET_MISSING ->
          callers.forEach(
              n, i -> Workload.check(dao.find(Workload.missingId(i)).isEmpty(), "missing"));
      case UPDATE -> {
        callers.forEach(
            n,
            i -> {
              UnaryOperator<T> plusOne = r -> shape.withCounter(r, shape.counter(r) + 1);
              Workload.check(
                  counter.applyAsLong(dao.update(Workload.id(i), plusOne)) == counterNow + 1, "up");
            });
        counterNow++;
      }
      case UPSERT -> {
        callers.forEach(n, i -> dao.upsert(shape.withCounter(shape.make(Workload.id(i), i), 2)));
        counterNow = 2;
      }
      case UPSERT_NEW -> callers.forEach(n, i -> dao.upsert(shape.make(Workload.newId(i), i)));
      case COUNT -> {
        for (int c = 0; c < op.calls; c++) {
          Workload.check(dao.count() == n, "count");
        }
      }
      case LIST -> {
        for (int c = 0; c < op.calls; c++) {
          List<T> all = dao.list();
          Workload.check(
              all.size() == n && all.stream().mapToLong(counter).sum() == counterNow * n, "l");
        }
      }
      case STREAM -> {
        for (int c = 0; c < op.calls; c++) {
          try (Stream<T> all = dao.stream(PartitionKey.all())) {
            Workload.check(all.mapToLong(counter).sum() == counterNow * n, "stream");
          }
        }
      }
      case GET_MANY -> {
        Map<String, T> some = dao.getMany(Workload.ids(n, Workload::id));
        Workload.check(some.size() == n, "getMany");
      }
      case INSERT_MANY -> {
        List<T> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          records.add(shape.make(Workload.manyId(i), i));
        }
        BulkResult<T> result = dao.insertMany(records);
        Workload.check(result.isSuccess() && result.succeededCount() == n, "insertMany");
      }
      case DELETE_MANY ->
          Workload.check(dao.deleteMany(Workload.ids(n, Workload::manyId)).isSuccess(), "delMany");
      case DELETE -> callers.forEach(n, i -> dao.delete(Workload.id(i)));
      case DELETE_MISSING -> callers.forEach(n, i -> dao.delete(Workload.missingId(i)));
    }
  }

  @Override
  public void close() {
    callers.close();
    db.close();
  }
}
