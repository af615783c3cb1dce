package io.s3db.examples.bench;

import io.s3db.S3db;
import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import io.s3db.testing.EmbeddedS3;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * CRUD throughput and latency with T client threads: insert, get, exists, update (a counter
 * increment), {@code list()} of everything and {@code count()}, plus {@code get} of a resource with
 * a {@code @Secret} field (read back by the process that wrote it, so the key cache is warm).
 *
 * <p>Two stores: the embedded S3 server (S3Proxy in memory, over HTTP on 127.0.0.1, in this JVM),
 * and an in-memory {@link S3Client} stub given to {@code S3db.builder().client(…)}, which skips
 * HTTP, signing and the server. The stub's numbers are the library's own cost per call (validation,
 * key building, metadata encoding and size check, decoding, AES-GCM for secrets): the codec's real
 * metadata writer and reader are internal, so this is the closest public-API measure of "encode +
 * decode alone".
 *
 * <p>Each store is warmed up first (a separate key prefix, {@code warm} records per operation, not
 * measured), then measured {@code passes} times, each pass in a fresh key prefix of the same
 * bucket. Prints a Markdown table.
 *
 * <pre>
 * java -cp … io.s3db.examples.bench.CrudBench [records=5000] [threads=16] [warm-up=1000] [passes=2]
 * </pre>
 */
public final class CrudBench {
  private CrudBench() {}

  private static final String PASSPHRASE = "crud-bench passphrase";

  /**
   * The benchmark's record: strings (one non-ASCII), int, long, double, boolean, Instant, a nested
   * record.
   */
  @S3Resource(name = "benchItems")
  public record Item(
      @Nullable String id,
      String name,
      String city,
      int quantity,
      long counter,
      double price,
      boolean active,
      Instant createdAt,
      Address address) {
    public record Address(String street, String zip) {}

    Item withCounter(long value) {
      return new Item(id, name, city, quantity, value, price, active, createdAt, address);
    }
  }

  /** The same fields plus one {@code @Secret}. */
  @S3Resource(name = "benchSecrets")
  public record SecretItem(
      @Nullable String id,
      String name,
      String city,
      int quantity,
      long counter,
      double price,
      boolean active,
      Instant createdAt,
      Item.Address address,
      @Secret String token) {}

  /** One measured operation. */
  private record Row(
      String store,
      String operation,
      int ops,
      int threads,
      long wallNanos,
      long[] latencies,
      String unit) {
    double perSecond() {
      return ops / (wallNanos / 1e9);
    }

    double percentileMillis(double p) {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      int index = Math.max(0, (int) Math.ceil(p * sorted.length) - 1);
      return sorted[index] / 1e6;
    }
  }

  public static void main(String[] args) throws Exception {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int warm = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    int passes = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    String loadBefore = load();
    long start = System.nanoTime();
    List<Row> rows = new ArrayList<>();
    try (EmbeddedS3 server = EmbeddedS3.inMemory()) {
      server.createBucket("bench");
      suite(
          "S3Proxy",
          prefix ->
              S3db.builder()
                  .uri(server.uri("bench", prefix))
                  .parallelism(threads)
                  .passphrase(PASSPHRASE)
                  .build(),
          server.client(),
          records,
          threads,
          warm,
          passes,
          rows);
    }
    InMemoryS3 stub = new InMemoryS3();
    suite(
        "stub",
        prefix ->
            S3db.builder()
                .client(stub)
                .bucket("bench")
                .keyPrefix(prefix)
                .parallelism(threads)
                .passphrase(PASSPHRASE)
                .build(),
        null,
        records,
        threads,
        warm,
        passes,
        rows);
    String loadAfter = load();

    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "records=%d threads=%d warm-up=%d passes=%d; load average (1/5/15 min)"
            + " before: %s, after: %s; total %.1f s%n%n",
        records,
        threads,
        warm,
        passes,
        loadBefore,
        loadAfter,
        (System.nanoTime() - start) / 1e9);
    System.out.println("| store | operation | calls | threads | wall s | rate | p50 ms | p99 ms |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
    for (Row row : rows) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %,d | %d | %.2f | %,.0f %s | %.3f | %.3f |%n",
          row.store(),
          row.operation(),
          row.ops(),
          row.threads(),
          row.wallNanos() / 1e9,
          row.perSecond(),
          row.unit(),
          row.percentileMillis(0.50),
          row.percentileMillis(0.99));
    }
  }

  /**
   * Warm-up, then {@code passes} measured passes, each in its own key prefix. With {@code raw} (the
   * server's own SDK client), each pass also times bare PutObject/HeadObject calls carrying the
   * metadata s3db wrote, so the library's overhead is measured against the same server in the same
   * conditions.
   */
  private static void suite(
      String store,
      Function<String, S3db> connect,
      @Nullable S3Client raw,
      int records,
      int threads,
      int warm,
      int passes,
      List<Row> rows) {
    System.out.println("== " + store + ": warm-up");
    try (S3db db = connect.apply("crud-warm")) {
      crud(db, store, "crud-warm", raw, warm, threads, null);
      secrets(db, store, warm, threads, null);
    }
    for (int pass = 1; pass <= passes; pass++) {
      String label = store + " #" + pass;
      System.out.println("== " + label + ": measured");
      String prefix = "crud-" + pass;
      try (S3db db = connect.apply(prefix)) {
        crud(db, label, prefix, raw, records, threads, rows);
        secrets(db, label, records, threads, rows);
      }
    }
  }

  private static void crud(
      S3db db,
      String store,
      String prefix,
      @Nullable S3Client raw,
      int n,
      int threads,
      @Nullable List<Row> rows) {
    CrudBench_ItemDao items = CrudBench_ItemDao.of(db);
    String[] ids = new String[n];
    add(
        rows,
        run(store, "insert", n, threads, i -> ids[i] = requireId(items.insert(item(i)).id())));
    if (raw != null) {
      rawCalls(raw, store, prefix, n, threads, rows);
    }
    add(
        rows,
        run(store, "get", n, threads, i -> check(items.get(ids[i]).quantity() == i, "get " + i)));
    add(rows, run(store, "exists", n, threads, i -> check(items.exists(ids[i]), "exists " + i)));
    add(
        rows,
        run(
            store,
            "update (counter + 1)",
            n,
            threads,
            i ->
                check(
                    items.update(ids[i], r -> r.withCounter(r.counter() + 1)).counter() == 1,
                    "update " + i)));
    int lists = 3;
    Row list =
        run(
            store,
            "list() of all " + n + ", parallelism " + threads,
            lists,
            1,
            i -> {
              List<Item> all = items.list();
              check(all.size() == n && all.stream().mapToLong(Item::counter).sum() == n, "list");
            });
    add(
        rows,
        new Row(
            list.store(),
            list.operation(),
            lists,
            1,
            list.wallNanos(),
            list.latencies(),
            "calls/s = "
                + String.format(Locale.ROOT, "%,.0f", n * list.perSecond())
                + " records/s"));
    add(rows, run(store, "count() of " + n, 10, 1, i -> check(items.count() == n, "count")));
  }

  /**
   * Bare SDK PutObject (If-None-Match: *, empty body) and HeadObject with the metadata of a stored
   * record.
   */
  private static void rawCalls(
      S3Client raw, String store, String prefix, int n, int threads, @Nullable List<Row> rows) {
    String dataPrefix = prefix + "/resource=benchItems/data/";
    List<S3Object> one =
        raw.listObjectsV2(b -> b.bucket("bench").prefix(dataPrefix).maxKeys(1)).contents();
    check(one.size() == 1, "a stored record under " + dataPrefix);
    Map<String, String> metadata =
        raw.headObject(b -> b.bucket("bench").key(one.get(0).key())).metadata();
    String rawPrefix = prefix + "-raw/k";
    add(
        rows,
        run(
            store,
            "raw SDK PutObject, same metadata, no s3db",
            n,
            threads,
            i ->
                raw.putObject(
                    b -> b.bucket("bench").key(rawPrefix + i).metadata(metadata).ifNoneMatch("*"),
                    RequestBody.empty())));
    add(
        rows,
        run(
            store,
            "raw SDK HeadObject, no s3db",
            n,
            threads,
            i ->
                check(
                    raw.headObject(b -> b.bucket("bench").key(rawPrefix + i)).metadata().size()
                        == metadata.size(),
                    "raw head " + i)));
  }

  private static void secrets(S3db db, String store, int n, int threads, @Nullable List<Row> rows) {
    CrudBench_SecretItemDao secrets = CrudBench_SecretItemDao.of(db);
    String[] ids = new String[n];
    add(
        rows,
        run(
            store,
            "insert, @Secret resource",
            n,
            threads,
            i -> ids[i] = requireId(secrets.insert(secretItem(i)).id())));
    add(
        rows,
        run(
            store,
            "get, @Secret resource (key cache warm)",
            n,
            threads,
            i -> check(secrets.get(ids[i]).token().equals(token(i)), "secret " + i)));
  }

  private static void add(@Nullable List<Row> rows, Row row) {
    System.out.printf(
        Locale.ROOT,
        "%-12s %-48s %,8.0f %s  p50 %.3f ms  p99 %.3f ms%n",
        row.store(),
        row.operation(),
        row.perSecond(),
        row.unit(),
        row.percentileMillis(0.5),
        row.percentileMillis(0.99));
    if (rows != null) {
      rows.add(row);
    }
  }

  /** Runs {@code op(0..ops-1)} on {@code threads} threads, timing each call. */
  private static Row run(String store, String operation, int ops, int threads, IntConsumer op) {
    long[] latencies = new long[ops];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement();
              i < ops && failure.get() == null;
              i = next.getAndIncrement()) {
            long t0 = System.nanoTime();
            try {
              op.accept(i);
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            }
            latencies[i] = System.nanoTime() - t0;
          }
        };
    Thread[] workers = new Thread[threads];
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      workers[t] = new Thread(worker, "bench-" + t);
      workers[t].start();
    }
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    long wall = System.nanoTime() - start;
    Throwable failed = failure.get();
    if (failed != null) {
      throw new IllegalStateException(store + " " + operation + " failed", failed);
    }
    return new Row(store, operation, ops, threads, wall, latencies, "ops/s");
  }

  private static Item item(int i) {
    return new Item(
        null,
        "item-" + i,
        "São Paulo",
        i,
        0,
        19.9 + i,
        i % 2 == 0,
        Instant.ofEpochMilli(1_764_000_000_000L + i),
        new Item.Address("Rua Augusta " + i, "01305-" + (i % 1000)));
  }

  private static SecretItem secretItem(int i) {
    return new SecretItem(
        null,
        "item-" + i,
        "São Paulo",
        i,
        0,
        19.9 + i,
        i % 2 == 0,
        Instant.ofEpochMilli(1_764_000_000_000L + i),
        new Item.Address("Rua Augusta " + i, "01305-" + (i % 1000)),
        token(i));
  }

  private static String token(int i) {
    return "tok_" + i + "_a1b2c3d4e5f6";
  }

  private static String requireId(@Nullable String id) {
    if (id == null) {
      throw new IllegalStateException("insert returned no id");
    }
    return id;
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("wrong result: " + what);
    }
  }

  private static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | UncheckedIOException e) {
      return "?";
    }
  }

  /**
   * An S3 client that keeps objects in a map: HEAD, GET, PUT (with {@code If-None-Match: *} and
   * {@code If-Match} on MD5 ETags, atomic per key) and ListObjectsV2; nothing else. No HTTP, no
   * signing.
   */
  static final class InMemoryS3 implements S3Client {
    private record Stored(
        Map<String, String> metadata, byte[] body, String etag, @Nullable String contentType) {}

    private final ConcurrentSkipListMap<String, Stored> objects = new ConcurrentSkipListMap<>();

    @Override
    public String serviceName() {
      return "s3";
    }

    @Override
    public void close() {
      // nothing to release
    }

    @Override
    public HeadObjectResponse headObject(HeadObjectRequest request) {
      Stored o = find(request.key());
      return HeadObjectResponse.builder()
          .metadata(o.metadata())
          .eTag(o.etag())
          .contentType(o.contentType())
          .contentLength((long) o.body().length)
          .build();
    }

    @Override
    public <R> R getObject(
        GetObjectRequest request, ResponseTransformer<GetObjectResponse, R> transformer) {
      Stored o = find(request.key());
      GetObjectResponse response =
          GetObjectResponse.builder()
              .metadata(o.metadata())
              .eTag(o.etag())
              .contentType(o.contentType())
              .contentLength((long) o.body().length)
              .build();
      try {
        return transformer.transform(
            response, AbortableInputStream.create(new ByteArrayInputStream(o.body())));
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw SdkClientException.create("transform failed", e);
      }
    }

    @Override
    public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
      byte[] bytes;
      try (InputStream in = body.contentStreamProvider().newStream()) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw SdkClientException.create("cannot read the body", e);
      }
      Stored fresh =
          new Stored(Map.copyOf(request.metadata()), bytes, etag(bytes), request.contentType());
      objects.compute(
          request.key(),
          (key, old) -> {
            if ("*".equals(request.ifNoneMatch()) && old != null) {
              throw status(412, "PreconditionFailed");
            }
            if (request.ifMatch() != null) {
              if (old == null) {
                throw status(404, "NoSuchKey");
              }
              if (!old.etag().equals(request.ifMatch())) {
                throw status(412, "PreconditionFailed");
              }
            }
            return fresh;
          });
      return PutObjectResponse.builder().eTag(fresh.etag()).build();
    }

    @Override
    public ListObjectsV2Response listObjectsV2(ListObjectsV2Request request) {
      String prefix = request.prefix() == null ? "" : request.prefix();
      int max = request.maxKeys() == null ? 1000 : Math.min(1000, request.maxKeys());
      String after = request.continuationToken();
      NavigableMap<String, Stored> tail =
          after == null ? objects.tailMap(prefix, true) : objects.tailMap(after, false);
      List<S3Object> contents = new ArrayList<>();
      String last = null;
      boolean truncated = false;
      for (Map.Entry<String, Stored> e : tail.entrySet()) {
        if (!e.getKey().startsWith(prefix)) {
          break;
        }
        if (contents.size() == max) {
          truncated = true;
          break;
        }
        contents.add(
            S3Object.builder()
                .key(e.getKey())
                .size((long) e.getValue().body().length)
                .eTag(e.getValue().etag())
                .build());
        last = e.getKey();
      }
      return ListObjectsV2Response.builder()
          .contents(contents)
          .keyCount(contents.size())
          .isTruncated(truncated)
          .nextContinuationToken(truncated ? last : null)
          .build();
    }

    private Stored find(String key) {
      Stored o = objects.get(key);
      if (o == null) {
        throw status(404, "NoSuchKey");
      }
      return o;
    }

    private static S3Exception status(int code, String errorCode) {
      return (S3Exception)
          S3Exception.builder()
              .statusCode(code)
              .message(errorCode)
              .awsErrorDetails(AwsErrorDetails.builder().errorCode(errorCode).build())
              .build();
    }

    private static String etag(byte[] body) {
      try {
        return '"' + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body)) + '"';
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
