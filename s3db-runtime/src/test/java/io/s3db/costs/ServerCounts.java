package io.s3db.costs;

import io.s3db.testing.faults.FaultProxy;
import io.s3db.testing.faults.S3Operation;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What the server side saw and what the plugin counted, in one vocabulary: SDK operation names. */
final class ServerCounts {
  private ServerCounts() {}

  /** The requests that reached the proxy, by SDK operation name: {@code PUT_OBJECT} → PutObject. */
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
