package io.s3db.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.S3db;
import io.s3db.S3dbBuilder;
import io.s3db.testing.TestBucket;
import io.s3db.testing.faults.FaultProxy;
import io.s3db.testing.faults.S3Operation;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plugin's counts beside those of the proxy in front of the server, in one vocabulary: SDK
 * operation names ({@code PUT_OBJECT} → PutObject).
 */
final class ServerCounts {
  private final FaultProxy proxy;
  private final CostsPlugin costs;

  /**
   * Clears the proxy's rules and counts: a proxy given to a test constructor is the test class's,
   * shared with earlier tests.
   */
  ServerCounts(FaultProxy proxy, CostsPlugin costs) {
    this.proxy = proxy;
    this.costs = costs;
    proxy.clearRules().randomFaults(null).resetStats();
  }

  /** A database through the proxy, under a fresh key prefix, with the plugin. */
  S3dbBuilder database(TestBucket bucket, String name) {
    return S3db.builder()
        .uri(proxy.uri(bucket.name(), name + "-" + System.nanoTime()))
        .plugin(costs);
  }

  /** Counts from zero on both sides. */
  void reset() {
    costs.reset();
    proxy.resetStats();
  }

  /** The plugin's snapshot, once checked to hold, operation by operation, what the proxy saw. */
  CostsSnapshot agreed(String message) {
    CostsSnapshot snapshot = costs.snapshot();
    assertEquals(received(proxy), counted(snapshot), message + "; " + proxy.stats());
    return snapshot;
  }

  CostsSnapshot agreed() {
    return agreed("");
  }

  /** The requests that reached the proxy, by SDK operation name. */
  static Map<String, Long> received(FaultProxy proxy) {
    Map<String, Long> counts = new TreeMap<>();
    proxy.stats().requests().forEach((operation, n) -> counts.put(sdkName(operation), n));
    return counts;
  }

  /** The requests the plugin counted, by operation. */
  static Map<String, Long> counted(CostsSnapshot snapshot) {
    Map<String, Long> counts = new TreeMap<>();
    snapshot.byS3Operation().forEach((operation, usage) -> counts.put(operation, usage.requests()));
    return counts;
  }

  static String sdkName(S3Operation operation) {
    StringBuilder name = new StringBuilder();
    for (String word : operation.name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }
}
