package io.s3db.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The checks the team runs before relying on an S3 server: many parallel writers and readers,
 * paging, prefixes and a full batch delete, all of which s3db leans on. Subclasses say which server
 * ({@link #endpoint()}, credentials, a fresh bucket); the checks are identical, so the embedded
 * server and MinIO are held to the same bar.
 *
 * <p>The data set: 2 500 keys {@code docs/doc-NNNNN} plus five that probe ordering and prefixes —
 * {@code docs/doc-00042!}, {@code -x}, {@code .x}, {@code _x} (keys that extend an existing key)
 * and {@code docs/doc-0004/z} (sorts between {@code doc-0004…} keys because {@code '/'} is 0x2F). A
 * key and {@code thatKey + "/…"} never coexist: S3Proxy's file-based stores cannot hold both (see
 * {@code EmbeddedS3Test.keyThatIsAlsoADirectoryIsExplained}).
 *
 * <p>Phase timings and the HTTP attempt count (retries would show as attempts above requests) go to
 * stdout, which surefire keeps in {@code target/surefire-reports/*-output.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class S3ServerChecks {

  static final int THREADS = 16;
  static final int DOCS = 2_500;
  static final String PREFIX = "docs/";
  static final List<String> EXTRA_KEYS =
      List.of(
          "docs/doc-00042!",
          "docs/doc-00042-x",
          "docs/doc-00042.x",
          "docs/doc-00042_x",
          "docs/doc-0004/z");

  /** Every key, in S3 order (UTF-8 byte order; the keys are ASCII, so String order is the same). */
  final List<String> allKeys = allKeys();

  private final CountingInterceptor counter = new CountingInterceptor();
  private @Nullable S3Client client;

  /** The server's endpoint. */
  abstract URI endpoint();

  abstract String accessKey();

  abstract String secretKey();

  /** An empty bucket for this class (existing, or created by {@link #prepare}). */
  abstract String bucket();

  /** A short name for the report lines. */
  abstract String serverName();

  /** Called once before the checks, with the client they use; e.g. to create the bucket. */
  void prepare(S3Client client) {}

  final S3Client s3() {
    return Objects.requireNonNull(client, "client");
  }

  @BeforeAll
  final void putAllKeysInParallel() throws Exception {
    client =
        EmbeddedS3.clientBuilder(endpoint(), accessKey(), secretKey())
            .overrideConfiguration(o -> o.addExecutionInterceptor(counter))
            .build();
    prepare(s3());
    long t0 = System.nanoTime();
    List<String> shuffled = new ArrayList<>(allKeys);
    Collections.shuffle(shuffled, new Random(42));
    runInParallel(
        shuffled,
        key -> {
          s3().putObject(
                  b -> b.bucket(bucket()).key(key).metadata(metadataFor(key)),
                  RequestBody.fromString(bodyFor(key)));
          return null;
        });
    report("PUT " + allKeys.size() + " keys, " + THREADS + " threads", t0);
  }

  @AfterAll
  final void closeClient() {
    System.out.printf(
        "[%s] HTTP attempts %d, requests ok %d, requests failed %d (attempts - requests = retries: %d)%n",
        serverName(),
        counter.attempts.get(),
        counter.succeeded.get(),
        counter.failed.get(),
        counter.attempts.get() - counter.succeeded.get() - counter.failed.get());
    if (client != null) {
      client.close();
    }
  }

  @Test
  @Order(1)
  void headEveryKeyInParallelReturnsItsMetadataWithLowerCaseKeys() throws Exception {
    long t0 = System.nanoTime();
    runInParallel(
        allKeys,
        key -> {
          HeadObjectResponse head = s3().headObject(b -> b.bucket(bucket()).key(key));
          Map<String, String> expected = new HashMap<>();
          metadataFor(key).forEach((k, v) -> expected.put(k.toLowerCase(Locale.ROOT), v));
          assertEquals(expected, head.metadata(), key);
          byte[] body = bodyFor(key).getBytes(StandardCharsets.UTF_8);
          assertEquals(body.length, head.contentLength(), key);
          assertEquals('"' + md5Hex(body) + '"', head.eTag(), key);
          return null;
        });
    report("HEAD " + allKeys.size() + " keys, " + THREADS + " threads", t0);
  }

  @Test
  @Order(2)
  void listingPagesAreFullInOrderAndCoverEveryKeyOnce() {
    long t0 = System.nanoTime();
    List<ListObjectsV2Response> pages =
        listAll(
            ListObjectsV2Request.builder().bucket(bucket()).prefix(PREFIX).maxKeys(1000).build());
    report("LIST " + allKeys.size() + " keys in " + pages.size() + " pages", t0);

    assertEquals(
        List.of(1000, 1000, allKeys.size() - 2000),
        pages.stream().map(p -> p.contents().size()).toList(),
        "page sizes");
    for (int i = 0; i < pages.size(); i++) {
      ListObjectsV2Response page = pages.get(i);
      boolean last = i == pages.size() - 1;
      assertEquals(!last, page.isTruncated(), "isTruncated of page " + i);
      if (last) {
        assertNull(page.nextContinuationToken(), "token on the last page");
      } else {
        assertNotNull(page.nextContinuationToken(), "token on page " + i);
      }
    }
    assertEquals(allKeys, keysOf(pages), "every key exactly once, in lexicographic order");
  }

  @Test
  @Order(3)
  void prefixThatIsAStrictPrefixOfOtherKeysListsExactlyThose() {
    for (String prefix :
        List.of("docs/doc-0004", "docs/doc-00042", "docs/doc-00042.", "docs/doc-0004/")) {
      List<String> expected = allKeys.stream().filter(k -> k.startsWith(prefix)).toList();
      List<String> actual =
          keysOf(listAll(ListObjectsV2Request.builder().bucket(bucket()).prefix(prefix).build()));
      assertEquals(expected, actual, "prefix " + prefix);
    }
    // Spelled out once, so the ordering rule is visible: '/' (0x2F) sorts after '!', '-', '.' and
    // before '0'.
    assertEquals(
        List.of(
            "docs/doc-0004/z",
            "docs/doc-00040",
            "docs/doc-00041",
            "docs/doc-00042",
            "docs/doc-00042!",
            "docs/doc-00042-x",
            "docs/doc-00042.x",
            "docs/doc-00042_x",
            "docs/doc-00043"),
        keysOf(
                listAll(
                    ListObjectsV2Request.builder()
                        .bucket(bucket())
                        .prefix("docs/doc-0004")
                        .maxKeys(9)
                        .build()))
            .subList(0, 9));
    // Paging inside a prefix, with a page boundary between a key and the keys that extend it.
    List<ListObjectsV2Response> pages =
        listAll(
            ListObjectsV2Request.builder()
                .bucket(bucket())
                .prefix("docs/doc-00042")
                .maxKeys(2)
                .build());
    assertEquals(List.of(2, 2, 1), pages.stream().map(p -> p.contents().size()).toList());
  }

  @Test
  @Order(4)
  void delimiterListingReportsEachCommonPrefixOnce() {
    List<ListObjectsV2Response> pages =
        listAll(
            ListObjectsV2Request.builder()
                .bucket(bucket())
                .prefix(PREFIX)
                .delimiter("/")
                .maxKeys(1000)
                .build());
    List<String> prefixes =
        pages.stream().flatMap(p -> p.commonPrefixes().stream()).map(CommonPrefix::prefix).toList();
    assertEquals(List.of("docs/doc-0004/"), prefixes);
    List<String> expectedKeys = allKeys.stream().filter(k -> !k.equals("docs/doc-0004/z")).toList();
    assertEquals(expectedKeys, keysOf(pages));
    // A common prefix counts towards max-keys, as on AWS.
    assertEquals(
        allKeys.size(),
        pages.stream().mapToInt(p -> p.contents().size() + p.commonPrefixes().size()).sum());
  }

  @Test
  @Order(5)
  void deleteObjectsRemovesAThousandKeysInOneRequest() {
    List<String> victims = allKeys.subList(0, 1000);
    long t0 = System.nanoTime();
    DeleteObjectsResponse response =
        s3().deleteObjects(
                b ->
                    b.bucket(bucket())
                        .delete(
                            d ->
                                d.objects(
                                    victims.stream()
                                        .map(k -> ObjectIdentifier.builder().key(k).build())
                                        .toList())));
    report("DeleteObjects 1000 keys", t0);
    assertEquals(List.of(), response.errors(), "errors");
    assertEquals(
        new TreeSet<>(victims),
        response.deleted().stream()
            .map(d -> d.key())
            .collect(Collectors.toCollection(TreeSet::new)));

    List<ListObjectsV2Response> pages =
        listAll(
            ListObjectsV2Request.builder().bucket(bucket()).prefix(PREFIX).maxKeys(1000).build());
    assertEquals(
        List.of(1000, allKeys.size() - 2000),
        pages.stream().map(p -> p.contents().size()).toList());
    assertEquals(allKeys.subList(1000, allKeys.size()), keysOf(pages));
    for (String gone : List.of(victims.get(0), victims.get(499), victims.get(999))) {
      assertThrows(
          NoSuchKeyException.class, () -> s3().headObject(b -> b.bucket(bucket()).key(gone)), gone);
    }
  }

  // ---- helpers

  static List<String> allKeys() {
    Set<String> keys = new TreeSet<>();
    for (int i = 0; i < DOCS; i++) {
      keys.add(String.format("docs/doc-%05d", i));
    }
    keys.addAll(EXTRA_KEYS);
    return List.copyOf(keys);
  }

  /** Small metadata with mixed-case keys, which must come back lower-cased. */
  static Map<String, String> metadataFor(String key) {
    return Map.of("Doc-Key", key, "n", Integer.toString(key.hashCode()), "kind", "probe");
  }

  /** A distinct, non-empty body per key, so the ETag proves which body is stored. */
  static String bodyFor(String key) {
    return "{\"key\":\"" + key + "\"}";
  }

  List<ListObjectsV2Response> listAll(ListObjectsV2Request first) {
    List<ListObjectsV2Response> pages = new ArrayList<>();
    ListObjectsV2Request request = first;
    Set<String> tokens = new LinkedHashSet<>();
    while (true) {
      ListObjectsV2Response page = s3().listObjectsV2(request);
      pages.add(page);
      String token = page.nextContinuationToken();
      if (!Boolean.TRUE.equals(page.isTruncated())) {
        return pages;
      }
      assertNotNull(token, "truncated page without a continuation token");
      assertTrue(tokens.add(token), "continuation token repeated: " + token);
      assertFalse(pages.size() > 100, "runaway paging");
      request = first.toBuilder().continuationToken(token).build();
    }
  }

  static List<String> keysOf(List<ListObjectsV2Response> pages) {
    return pages.stream().flatMap(p -> p.contents().stream()).map(S3Object::key).toList();
  }

  static <T> void runInParallel(List<T> items, Function<T, @Nullable Void> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<@Nullable Void>> futures = new ArrayList<>();
      for (T item : items) {
        Callable<@Nullable Void> call = () -> task.apply(item);
        futures.add(pool.submit(call));
      }
      List<Throwable> failures = new ArrayList<>();
      for (Future<@Nullable Void> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          failures.add(e.getCause());
        }
      }
      if (!failures.isEmpty()) {
        AssertionError error =
            new AssertionError(
                failures.size()
                    + " of "
                    + items.size()
                    + " parallel requests failed; first: "
                    + failures.get(0));
        failures.stream().limit(5).forEach(error::addSuppressed);
        throw error;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static String md5Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  void report(String what, long startNanos) {
    System.out.printf(
        "[%s] %s: %d ms%n", serverName(), what, (System.nanoTime() - startNanos) / 1_000_000);
  }

  /** Counts HTTP attempts and finished requests; attempts beyond requests were retries. */
  static final class CountingInterceptor implements ExecutionInterceptor {
    final AtomicInteger attempts = new AtomicInteger();
    final AtomicInteger succeeded = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();

    @Override
    public void beforeTransmission(
        Context.BeforeTransmission context, ExecutionAttributes attributes) {
      attempts.incrementAndGet();
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
      succeeded.incrementAndGet();
    }

    @Override
    public void onExecutionFailure(
        Context.FailedExecution context, ExecutionAttributes attributes) {
      failed.incrementAndGet();
    }
  }
}
