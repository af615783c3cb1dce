package io.s3db.cache;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Counts the requests a client really sends, by S3 operation, every attempt included. */
final class Requests implements ExecutionInterceptor {
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    counts.computeIfAbsent(operation, o -> new LongAdder()).increment();
  }

  /** Requests sent since the last reset. */
  long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** By operation, e.g. {@code {HeadObject=2, ListObjectsV2=1}}. */
  Map<String, Long> byOperation() {
    Map<String, Long> snapshot = new TreeMap<>();
    counts.forEach((operation, count) -> snapshot.put(operation, count.sum()));
    snapshot.values().removeIf(c -> c == 0);
    return snapshot;
  }

  void reset() {
    counts.clear();
  }
}
