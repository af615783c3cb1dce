package io.s3db.testing.faults;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a {@link FaultProxy} saw and did, at one instant: requests per S3 operation (every request
 * that reached it, the faulted ones and the SDK's retries included) and faults injected per kind.
 *
 * @param requests requests seen, by operation; operations never seen are absent
 * @param faults faults injected, by kind; kinds never injected are absent
 * @param connections client connections accepted (few, with keep-alive; one more after each reset)
 */
public record FaultProxyStats(
    Map<S3Operation, Long> requests, Map<Fault, Long> faults, long connections) {

  /**
   * Copies the counts into unmodifiable maps, leaving out zero counts.
   *
   * @param requests requests seen, by operation
   * @param faults faults injected, by kind
   * @param connections client connections accepted
   * @throws NullPointerException if either map is null
   */
  public FaultProxyStats {
    requests = Collections.unmodifiableMap(nonEmpty(requests, S3Operation.class));
    faults = Collections.unmodifiableMap(nonEmpty(faults, Fault.class));
  }

  /**
   * {@return the requests of {@code operation} seen; 0 if none}
   *
   * @param operation the operation, as the proxy tells it from the HTTP request
   */
  public long requests(S3Operation operation) {
    return requests.getOrDefault(operation, 0L);
  }

  /** {@return all requests seen} */
  public long totalRequests() {
    return requests.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * {@return the faults of {@code kind} injected; 0 if none}
   *
   * @param kind the kind of fault
   */
  public long faults(Fault kind) {
    return faults.getOrDefault(kind, 0L);
  }

  /** {@return all faults injected} */
  public long totalFaults() {
    return faults.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * E.g. {@code 12 requests (PUT_OBJECT 4, HEAD_OBJECT 8); 1 faults (RESET_AFTER_FORWARDING 1); 2
   * connections}.
   */
  @Override
  public String toString() {
    return totalRequests()
        + " requests "
        + spelledOut(requests)
        + "; "
        + totalFaults()
        + " faults "
        + spelledOut(faults)
        + "; "
        + connections
        + " connections";
  }

  private static String spelledOut(Map<?, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static <K extends Enum<K>> Map<K, Long> nonEmpty(Map<K, Long> counts, Class<K> type) {
    Map<K, Long> copy = new EnumMap<>(type);
    counts.forEach(
        (k, v) -> {
          if (v != null && v > 0) {
            copy.put(k, v);
          }
        });
    return copy;
  }
}
