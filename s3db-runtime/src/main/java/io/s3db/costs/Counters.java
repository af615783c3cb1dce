package io.s3db.costs;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * The running counts of one group of requests. Adders, as requests of many threads add to the same
 * groups at once; {@link Tally} makes a snapshot of all groups consistent.
 */
final class Counters {
  final LongAdder requests = new LongAdder();
  final LongAdder retries = new LongAdder();
  final LongAdder status2xx = new LongAdder();
  final LongAdder status3xx = new LongAdder();
  final LongAdder status4xx = new LongAdder();
  final LongAdder status5xx = new LongAdder();
  final LongAdder unanswered = new LongAdder();
  final LongAdder bytesSent = new LongAdder();
  final LongAdder bytesReceived = new LongAdder();
  final LongAdder metadataBytesSent = new LongAdder();
  final LongAdder metadataBytesReceived = new LongAdder();
  private final Map<RequestClass, LongAdder> billed = new EnumMap<>(RequestClass.class);

  Counters() {
    for (RequestClass requestClass : RequestClass.values()) {
      billed.put(requestClass, new LongAdder());
    }
  }

  void billed(RequestClass requestClass) {
    Objects.requireNonNull(billed.get(requestClass)).increment();
  }

  /** Counts an answer's status in its class (1xx, never final, with 2xx). */
  void answered(int status) {
    if (status >= 500) {
      status5xx.increment();
    } else if (status >= 400) {
      status4xx.increment();
    } else if (status >= 300) {
      status3xx.increment();
    } else {
      status2xx.increment();
    }
  }

  Usage usage(PriceTable prices) {
    long billedRequests = 0;
    BigDecimal cost = BigDecimal.ZERO;
    for (RequestClass requestClass : RequestClass.values()) {
      long n = Objects.requireNonNull(billed.get(requestClass)).sum();
      billedRequests += n;
      cost = cost.add(prices.cost(requestClass, n));
    }
    return new Usage(
        requests.sum(),
        retries.sum(),
        status2xx.sum(),
        status3xx.sum(),
        status4xx.sum(),
        status5xx.sum(),
        unanswered.sum(),
        billedRequests,
        bytesSent.sum(),
        bytesReceived.sum(),
        metadataBytesSent.sum(),
        metadataBytesReceived.sum(),
        cost);
  }
}
