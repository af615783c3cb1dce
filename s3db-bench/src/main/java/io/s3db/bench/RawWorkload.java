package io.s3db.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
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
 * partition reference (the workload keeps partition values, so nothing would move).
 */
final class RawWorkload implements Workload {
  private final S3Client s3;
  private final String bucket;
  private final String dataPrefix;
  private final String resourcePrefix;
  private final boolean partitions;
  private final int n;
  private final Parallel callers;

  /** Every stored record's counter after the operations so far. */
  private long counterNow;

  RawWorkload(
      S3Client s3,
      String bucket,
      String keyPrefix,
      boolean partitions,
      int n,
      int parallelism,
      ThreadFactory callerThreads) {
    this.s3 = s3;
    this.bucket = bucket;
    this.partitions = partitions;
    String root = keyPrefix.isEmpty() ? "" : keyPrefix + "/";
    this.resourcePrefix = root + "resource=" + (partitions ? "pitems" : "items") + "/";
    this.dataPrefix = resourcePrefix + "data/";
    this.n = n;
    this.callers = new Parallel(parallelism, callerThreads);
  }

  @Override
  public void run(Op op) {
    switch (op) {
      case INSERT -> {
        callers.forEach(n, i -> insert(Workload.id(i), i));
        counterNow = 0;
      }
      case GET ->
          callers.forEach(n, i -> Workload.check(get(Workload.id(i)).counter() == counterNow, "g"));
      case GET_MISSING -> callers.forEach(n, i -> Workload.check(find(Workload.missingId(i)), "x"));
      case UPDATE -> {
        callers.forEach(n, i -> update(Workload.id(i)));
        counterNow++;
      }
      case UPSERT -> {
        callers.forEach(n, i -> put(Item.of(Workload.id(i), i).withCounter(2), null));
        counterNow = 2;
      }
      case UPSERT_NEW -> callers.forEach(n, i -> put(Item.of(Workload.newId(i), i), null));
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
    Item item = Item.of(id, i);
    if (partitions) {
      putRefs(item);
    }
    s3.putObject(
        b -> b.bucket(bucket).key(dataKey(id)).metadata(encode(item)).ifNoneMatch("*"),
        RequestBody.empty());
  }

  /** An unconditional write ({@code etag} null) or one {@code If-Match}. */
  private void put(Item item, @Nullable String etag) {
    String id = java.util.Objects.requireNonNull(item.id());
    if (partitions && etag == null) {
      putRefs(item);
    }
    s3.putObject(
        b -> {
          b.bucket(bucket).key(dataKey(id)).metadata(encode(item));
          if (etag != null) {
            b.ifMatch(etag);
          }
        },
        RequestBody.empty());
  }

  private void update(String id) {
    HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(dataKey(id)));
    Item item = decode(id, head.metadata());
    put(item.withCounter(item.counter() + 1), head.eTag());
  }

  private Item get(String id) {
    return decode(id, s3.headObject(b -> b.bucket(bucket).key(dataKey(id))).metadata());
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
    if (!partitions) {
      s3.deleteObject(b -> b.bucket(bucket).key(dataKey(id)));
      return;
    }
    // the references' keys hold the values: read them first, then remove record and refs at once
    Item item;
    try {
      item = get(id);
    } catch (NoSuchKeyException e) {
      return;
    }
    List<ObjectIdentifier> keys = new ArrayList<>();
    keys.add(ObjectIdentifier.builder().key(dataKey(id)).build());
    refKeys(item).forEach(k -> keys.add(ObjectIdentifier.builder().key(k).build()));
    s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(keys)));
  }

  private void deleteMany(List<String> ids) {
    List<ObjectIdentifier> keys = new ArrayList<>();
    if (partitions) {
      Map<String, Item> items = new ConcurrentHashMap<>();
      callers.forEach(ids.size(), i -> items.put(ids.get(i), get(ids.get(i))));
      items.values().forEach(item -> refKeys(item).forEach(k -> keys.add(object(k))));
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
    callers.forEach(ids.size(), i -> sum.addAndGet(get(ids.get(i)).counter()));
    return sum.get();
  }

  private void putRefs(Item item) {
    for (String key : refKeys(item)) {
      s3.putObject(
          b -> b.bucket(bucket).key(key).metadata(Map.of("_v", "v1")), RequestBody.empty());
    }
  }

  private List<String> refKeys(Item item) {
    String id = item.id();
    return List.of(
        resourcePrefix + "partition=byStatus/status=" + item.status() + "/id=" + id,
        resourcePrefix + "partition=byActive/active=" + item.active() + "/id=" + id);
  }

  private String dataKey(String id) {
    return dataPrefix + "id=" + id;
  }

  /** The metadata B writes for {@code item} ({@link RawParity} checks it). */
  static Map<String, String> encode(Item item) {
    return new RawMetadataWriter()
        .text(item.name())
        .text(item.city())
        .text(item.status())
        .integer(item.quantity())
        .integer(item.counter())
        .decimal(item.price())
        .bool(item.active())
        .values();
  }

  static Item decode(String id, Map<String, String> metadata) {
    RawMetadataReader in = new RawMetadataReader(metadata);
    // the fields in declaration order: Java evaluates the arguments left to right
    return new Item(
        id,
        in.text(),
        in.text(),
        in.text(),
        (int) in.integer(),
        in.integer(),
        in.decimal(),
        in.bool());
  }

  @Override
  public void close() {
    callers.close();
  }
}
