package io.s3db.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Side C: the raw AWS SDK making the fewest requests that do the same thing in the same layout (the
 * record's fields in user metadata of {@code resource=<name>/data/id=<id>}, one empty object per
 * partition reference), the metadata byte for byte what B writes (the format's value encodings,
 * field by field: {@link RawMetadataWriter}). It is the limit for this server and this client: what
 * any library on this SDK could reach. It does none of what the library adds: no catalog, no
 * validation, no revision body, no lost-reply detection, and an upsert or update here never moves a
 * partition reference (the workload keeps partition values, so nothing would move). Its upsert is
 * conditional like B's (create, else read and replace with {@code If-Match}): a blind PUT would be
 * another operation, one that loses a concurrent change.
 */
final class RawWorkload<T> implements Workload {

  /**
   * A variant's record type as C runs it: the resource's name, the shape, C's codec, and the
   * partition references of a record ({@code byStatus/status=NEW}, …; null: unpartitioned).
   */
  record Records<T>(
      String resource,
      RecordShape<T> shape,
      RawCodec<T> codec,
      @Nullable Function<T, List<String>> partitions) {}

  private final S3Client s3;
  private final String bucket;
  private final String dataPrefix;
  private final String resourcePrefix;
  private final RecordShape<T> shape;
  private final RawCodec<T> codec;
  private final @Nullable Function<T, List<String>> partitions;
  private final int n;
  private final Parallel callers;

  /** Every stored record's counter after the operations so far. */
  private long counterNow;

  private RawWorkload(
      S3Client s3,
      String bucket,
      String keyPrefix,
      Records<T> records,
      int n,
      int parallelism,
      ThreadFactory callerThreads) {
    this.s3 = s3;
    this.bucket = bucket;
    this.shape = records.shape();
    this.codec = records.codec();
    this.partitions = records.partitions();
    String root = keyPrefix.isEmpty() ? "" : keyPrefix + "/";
    this.resourcePrefix = root + "resource=" + records.resource() + "/";
    this.dataPrefix = resourcePrefix + "data/";
    this.n = n;
    this.callers = new Parallel(parallelism, callerThreads);
  }

  static Workload open(
      S3Client s3,
      String bucket,
      String keyPrefix,
      Variant variant,
      int n,
      int parallelism,
      ThreadFactory callerThreads) {
    return new RawWorkload<>(s3, bucket, keyPrefix, variant.raw, n, parallelism, callerThreads);
  }

  @Override
  public void run(Op op) {
    switch (op) {
      case INSERT -> {
        callers.forEach(n, i -> insert(Workload.id(i), i));
        counterNow = 0;
      }
      case GET ->
          callers.forEach(
              n, i -> Workload.check(shape.counter(get(Workload.id(i))) == counterNow, "get"));
      case GET_MISSING -> callers.forEach(n, i -> Workload.check(find(Workload.missingId(i)), "x"));
      case UPDATE -> {
        callers.forEach(n, i -> update(Workload.id(i)));
        counterNow++;
      }
      case UPSERT -> {
        callers.forEach(
            n, i -> upsert(Workload.id(i), shape.withCounter(shape.make(Workload.id(i), i), 2)));
        counterNow = 2;
      }
      case UPSERT_NEW ->
          callers.forEach(n, i -> upsert(Workload.newId(i), shape.make(Workload.newId(i), i)));
      case COUNT -> {
        for (int c = 0; c < op.calls; c++) {
          Workload.check(listKeys().size() == n, "count");
        }
      }
      case LIST, STREAM -> {
        // a stream of n ≤ 1 000 records is one page: the same requests as a list
        for (int c = 0; c < op.calls; c++) {
          Workload.check(sumCounters(idsOf(listKeys())) == counterNow * n, "list");
        }
      }
      case GET_MANY ->
          Workload.check(sumCounters(Workload.ids(n, Workload::id)) == counterNow * n, "many");
      case INSERT_MANY -> callers.forEach(n, i -> insert(Workload.manyId(i), i));
      case DELETE_MANY -> deleteMany(Workload.ids(n, Workload::manyId));
      case DELETE -> callers.forEach(n, i -> delete(Workload.id(i)));
      case DELETE_MISSING -> callers.forEach(n, i -> delete(Workload.missingId(i)));
    }
  }

  private void insert(String id, int i) {
    T record = shape.make(id, i);
    putRefs(id, record);
    create(id, record);
  }

  /** A PUT with {@code If-None-Match: *}; false when the id is taken. */
  private boolean create(String id, T record) {
    try {
      s3.putObject(
          b -> b.bucket(bucket).key(dataKey(id)).metadata(codec.encode(record)).ifNoneMatch("*"),
          RequestBody.empty());
      return true;
    } catch (S3Exception e) {
      if (e.statusCode() == 412 || e.statusCode() == 409) {
        return false;
      }
      throw e;
    }
  }

  /**
   * As B does it: create, and if the id is taken replace what is there, conditional on the ETag
   * read (what keeps a concurrent writer's change, binary content or partition move from being lost
   * silently). 1 request for a new id, 3 for an existing one.
   */
  private void upsert(String id, T record) {
    putRefs(id, record);
    if (!create(id, record)) {
      HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(dataKey(id)));
      replace(id, record, head.eTag());
    }
  }

  private void replace(String id, T record, String etag) {
    s3.putObject(
        b -> b.bucket(bucket).key(dataKey(id)).metadata(codec.encode(record)).ifMatch(etag),
        RequestBody.empty());
  }

  private void update(String id) {
    HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(dataKey(id)));
    T record = codec.decode(id, head.metadata());
    replace(id, shape.withCounter(record, shape.counter(record) + 1), head.eTag());
  }

  private T get(String id) {
    return codec.decode(id, s3.headObject(b -> b.bucket(bucket).key(dataKey(id))).metadata());
  }

  /** True when {@code id} is absent (what the check of a missing id wants). */
  private boolean find(String id) {
    try {
      s3.headObject(b -> b.bucket(bucket).key(dataKey(id)));
      return false;
    } catch (NoSuchKeyException e) {
      return true;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return true;
      }
      throw e;
    }
  }

  private void delete(String id) {
    if (partitions == null) {
      s3.deleteObject(b -> b.bucket(bucket).key(dataKey(id)));
      return;
    }
    // the references' keys hold the values: read them first, then remove record and refs at once
    T record;
    try {
      record = get(id);
    } catch (NoSuchKeyException e) {
      return;
    }
    List<ObjectIdentifier> keys = new ArrayList<>();
    keys.add(ObjectIdentifier.builder().key(dataKey(id)).build());
    refKeys(id, record).forEach(k -> keys.add(ObjectIdentifier.builder().key(k).build()));
    s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(keys)));
  }

  private void deleteMany(List<String> ids) {
    List<ObjectIdentifier> keys = new ArrayList<>();
    if (partitions != null) {
      Map<String, T> records = new ConcurrentHashMap<>();
      callers.forEach(ids.size(), i -> records.put(ids.get(i), get(ids.get(i))));
      records.forEach((id, record) -> refKeys(id, record).forEach(k -> keys.add(object(k))));
    }
    ids.forEach(id -> keys.add(object(dataKey(id))));
    for (int from = 0; from < keys.size(); from += 1000) {
      List<ObjectIdentifier> batch = keys.subList(from, Math.min(keys.size(), from + 1000));
      s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(batch).quiet(true)));
    }
  }

  private static ObjectIdentifier object(String key) {
    return ObjectIdentifier.builder().key(key).build();
  }

  private List<String> listKeys() {
    List<String> keys = new ArrayList<>();
    String token = null;
    do {
      String after = token;
      ListObjectsV2Response page =
          s3.listObjectsV2(b -> b.bucket(bucket).prefix(dataPrefix).continuationToken(after));
      for (S3Object o : page.contents()) {
        keys.add(o.key());
      }
      token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
    } while (token != null);
    return keys;
  }

  private List<String> idsOf(List<String> keys) {
    List<String> ids = new ArrayList<>(keys.size());
    int from = dataPrefix.length() + "id=".length();
    keys.forEach(k -> ids.add(k.substring(from)));
    return ids;
  }

  /** Fetches every id ({@code parallelism} HEADs in flight) and adds up the counters. */
  private long sumCounters(List<String> ids) {
    AtomicLong sum = new AtomicLong();
    callers.forEach(ids.size(), i -> sum.addAndGet(shape.counter(get(ids.get(i)))));
    return sum.get();
  }

  private void putRefs(String id, T record) {
    for (String key : refKeys(id, record)) {
      s3.putObject(
          b -> b.bucket(bucket).key(key).metadata(Map.of("_v", "v1")), RequestBody.empty());
    }
  }

  private List<String> refKeys(String id, T record) {
    if (partitions == null) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(2);
    for (String reference : partitions.apply(record)) {
      keys.add(resourcePrefix + "partition=" + reference + "/id=" + id);
    }
    return keys;
  }

  private String dataKey(String id) {
    return dataPrefix + "id=" + id;
  }

  @Override
  public void close() {
    callers.close();
  }
}
