package io.s3db.testing.faults;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Faults at set rates, seeded, for soak-style tests: "5 % of requests get 503, 1 % lose their
 * reply".
 *
 * <p>Reproducible: whether a request gets a fault depends only on the seed, its operation, its
 * object key, and how many requests with that same operation and key came before it; not on thread
 * timing, nor on the bucket (test buckets have random names). So a run whose requests to each key
 * come in the same order (threads working on their own keys, say) gets the same faults in the same
 * places every time. {@link #atMost} bounds the total, first come first served.
 *
 * <p>Configure it before handing it to {@link FaultProxy#randomFaults}; it keeps the per-key
 * counts, so give each proxy its own.
 */
public final class RandomFaults {

  private final long seed;
  private final Map<Fault, Double> rates = new EnumMap<>(Fault.class);
  private Set<S3Operation> operations = EnumSet.allOf(S3Operation.class);
  private Duration delay = Duration.ofSeconds(2);
  private int maxFaults = 1_000;
  private final AtomicInteger injected = new AtomicInteger();
  private final Map<String, AtomicInteger> occurrences = new ConcurrentHashMap<>();

  private RandomFaults(long seed) {
    this.seed = seed;
  }

  /**
   * No faults yet, drawn from {@code seed}.
   *
   * @param seed any value; the same seed gives the same faults for the same requests
   * @return random faults with no rates set, which inject nothing until {@link #rate} gives some
   */
  public static RandomFaults seeded(long seed) {
    return new RandomFaults(seed);
  }

  /**
   * Gives {@code fault} to a share {@code probability} of requests. Rates add up to at most 1.
   *
   * @param fault the fault to inject; not {@link Fault#HOLD}, which needs a test to release it
   * @param probability the share of requests that get it, from 0 to 1; it replaces an earlier rate
   *     of the same fault
   * @return this
   * @throws IllegalArgumentException for {@link Fault#HOLD}, a probability out of [0, 1], or rates
   *     adding up to more than 1
   */
  public RandomFaults rate(Fault fault, double probability) {
    if (fault == Fault.HOLD) {
      throw new IllegalArgumentException("HOLD needs a test to release it; use FaultRule.hold");
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability out of [0, 1]: " + probability);
    }
    rates.put(fault, probability);
    double total = rates.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total > 1 + 1e-9) {
      throw new IllegalArgumentException("rates add up to " + total + " > 1");
    }
    return this;
  }

  /**
   * How long a {@link Fault#DELAY} waits (default 2 s).
   *
   * @param delay the wait before forwarding; not negative
   * @return this
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public RandomFaults delay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("negative delay: " + delay);
    }
    this.delay = delay;
    return this;
  }

  /**
   * Only requests of these operations get faults (default: all).
   *
   * @param first an operation that gets faults
   * @param more further operations that get faults
   * @return this
   */
  public RandomFaults only(S3Operation first, S3Operation... more) {
    this.operations = EnumSet.of(first, more);
    return this;
  }

  /**
   * Injects no more than {@code max} faults in all (default 1 000).
   *
   * @param max the most faults injected over this object's life, 0 or more; once reached, requests
   *     pass untouched
   * @return this
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public RandomFaults atMost(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("negative maximum: " + max);
    }
    this.maxFaults = max;
    return this;
  }

  /** {@return how many faults this has injected so far, at most the {@link #atMost} bound} */
  public int injected() {
    return Math.min(injected.get(), maxFaults);
  }

  /** Draws for one request; null for "no fault". */
  @Nullable Injection draw(S3Operation operation, String key) {
    if (rates.isEmpty() || !operations.contains(operation)) {
      return null;
    }
    String identity = operation + " " + key;
    int occurrence =
        occurrences.computeIfAbsent(identity, k -> new AtomicInteger()).getAndIncrement();
    long mixed = seed * 0x9E3779B97F4A7C15L + identity.hashCode() * 31L + occurrence;
    double u = new SplittableRandom(mixed).nextDouble();
    double cumulative = 0;
    for (Map.Entry<Fault, Double> entry : rates.entrySet()) {
      cumulative += entry.getValue();
      if (u < cumulative) {
        if (injected.incrementAndGet() > maxFaults) {
          return null;
        }
        Fault fault = entry.getKey();
        return new Injection(fault, fault == Fault.DELAY ? delay : Duration.ZERO, null);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "RandomFaults[seed "
        + seed
        + ", "
        + rates
        + ", at most "
        + maxFaults
        + ", "
        + injected()
        + " so far]";
  }
}
