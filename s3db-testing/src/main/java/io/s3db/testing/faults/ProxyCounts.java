package io.s3db.testing.faults;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/** A {@link FaultProxy}'s counts of requests by operation and of faults by kind. Thread-safe. */
final class ProxyCounts {
  // one counter per constant, all put here before the proxy starts: the maps are only read after
  private final Map<S3Operation, LongAdder> requests = counters(S3Operation.class);
  private final Map<Fault, LongAdder> faults = counters(Fault.class);

  void request(S3Operation operation) {
    Objects.requireNonNull(requests.get(operation)).increment();
  }

  void fault(Fault fault) {
    Objects.requireNonNull(faults.get(fault)).increment();
  }

  FaultProxyStats snapshot(long connectionsAccepted) {
    Map<S3Operation, Long> byOperation = new EnumMap<>(S3Operation.class);
    requests.forEach((operation, count) -> byOperation.put(operation, count.sum()));
    Map<Fault, Long> byKind = new EnumMap<>(Fault.class);
    faults.forEach((fault, count) -> byKind.put(fault, count.sum()));
    return new FaultProxyStats(byOperation, byKind, connectionsAccepted);
  }

  void reset() {
    requests.values().forEach(LongAdder::reset);
    faults.values().forEach(LongAdder::reset);
  }

  private static <E extends Enum<E>> Map<E, LongAdder> counters(Class<E> type) {
    Map<E, LongAdder> counters = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      counters.put(constant, new LongAdder());
    }
    return counters;
  }
}
