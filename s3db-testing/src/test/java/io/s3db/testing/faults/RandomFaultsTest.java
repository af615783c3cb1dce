package io.s3db.testing.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Seeded random faults: the same seed puts the same faults on the same requests, whatever the
 * thread timing; the rates are roughly kept; {@link RandomFaults#atMost} and {@link
 * RandomFaults#only} bound them.
 */
@ExtendWith(S3ServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RandomFaultsTest {

  static final int KEYS = 120;

  private final TestBucket bucket;

  RandomFaultsTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  @BeforeAll
  void putKeys() {
    for (int i = 0; i < KEYS; i++) {
      int n = i;
      bucket
          .client()
          .putObject(r -> r.bucket(bucket.name()).key("r/" + n), RequestBody.fromString("v"));
    }
  }

  static RandomFaults mix(long seed) {
    return RandomFaults.seeded(seed)
        .rate(Fault.SLOW_DOWN, 0.10)
        .rate(Fault.INTERNAL_ERROR, 0.05)
        .rate(Fault.RESET_BEFORE_FORWARDING, 0.05);
  }

  @Test
  void theSameSeedFaultsTheSameRequestsSequentiallyOrInParallel() throws Exception {
    Map<String, String> sequential = headAll(mix(7), 1);
    Map<String, String> again = headAll(mix(7), 1);
    Map<String, String> parallel = headAll(mix(7), 4);
    Map<String, String> otherSeed = headAll(mix(8), 1);
    long faulted = sequential.values().stream().filter(o -> !o.equals("200")).count();
    System.out.println(
        "seed 7: "
            + faulted
            + " of "
            + KEYS
            + " HEADs faulted (rate 20 %); seed 8: "
            + otherSeed.values().stream().filter(o -> !o.equals("200")).count());
    assertEquals(sequential, again);
    assertEquals(sequential, parallel, "thread timing does not change which requests are faulted");
    assertNotEquals(sequential, otherSeed);
    assertTrue(faulted >= 10 && faulted <= 45, "about 24 expected: " + faulted);
  }

  @Test
  void atMostBoundsTheTotalAndOnlyTheOperations() {
    try (FaultProxy proxy = FaultProxy.start(bucket.server());
        S3Client s3 = ProxyClients.withoutRetries(proxy)) {
      proxy.randomFaults(
          RandomFaults.seeded(1)
              .rate(Fault.SLOW_DOWN, 1.0)
              .only(S3Operation.HEAD_OBJECT)
              .atMost(5));
      List<String> outcomes = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        int n = i;
        s3.getObjectAsBytes(r -> r.bucket(bucket.name()).key("r/" + n)); // not HEAD: never faulted
        outcomes.add(outcome(() -> s3.headObject(r -> r.bucket(bucket.name()).key("r/" + n))));
      }
      assertEquals(
          List.of("503", "503", "503", "503", "503", "200", "200", "200", "200", "200"), outcomes);
      assertEquals(5, proxy.stats().faults(Fault.SLOW_DOWN));
      assertEquals(10, proxy.stats().requests(S3Operation.GET_OBJECT));
    }
  }

  /**
   * HEADs every key through a fresh proxy with {@code faults}, on {@code threads} threads; key to
   * outcome.
   */
  private Map<String, String> headAll(RandomFaults faults, int threads) throws Exception {
    Map<String, String> outcomes = new TreeMap<>();
    try (FaultProxy proxy = FaultProxy.start(bucket.server());
        S3Client s3 = ProxyClients.withoutRetries(proxy)) {
      proxy.randomFaults(faults);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
          String key = "r/" + i;
          results.add(
              pool.submit(
                  () -> outcome(() -> s3.headObject(r -> r.bucket(bucket.name()).key(key)))));
        }
        for (int i = 0; i < KEYS; i++) {
          outcomes.put("r/" + i, results.get(i).get());
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(
          outcomes.values().stream().filter(o -> !o.equals("200")).count(),
          proxy.stats().totalFaults());
    }
    return outcomes;
  }

  private static String outcome(Supplier<?> request) {
    try {
      request.get();
      return "200";
    } catch (S3Exception e) {
      return String.valueOf(e.statusCode());
    } catch (SdkClientException e) {
      return "reset";
    }
  }
}
