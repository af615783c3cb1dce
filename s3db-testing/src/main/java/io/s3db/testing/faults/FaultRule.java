package io.s3db.testing.faults;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A scripted fault: "the next N requests of these operations, to keys matching this pattern, get
 * this fault". Rules are tried in the order they were {@linkplain FaultProxy#inject injected}; the
 * first that matches and has uses left fires (and uses one up), so a rule never fires more than
 * {@link Builder#times} times.
 *
 * <pre>{@code
 * proxy.inject(FaultRule.on(S3Operation.PUT_OBJECT).keyMatching("db/users/.*").resetAfterForwarding());
 * proxy.inject(FaultRule.on(S3Operation.HEAD_OBJECT).times(3).slowDown());
 * proxy.inject(FaultRule.any().delay(Duration.ofSeconds(2)));
 * }</pre>
 */
public final class FaultRule {

  private final Set<S3Operation> operations;
  private final @Nullable Pattern key;
  private final Injection injection;
  private final AtomicInteger remaining;

  private FaultRule(Builder builder, Injection injection) {
    this.operations = builder.operations;
    this.key = builder.key;
    this.injection = injection;
    this.remaining = new AtomicInteger(builder.times);
  }

  /**
   * Starts a rule for requests of these operations.
   *
   * @param operations the operations the rule applies to; none means any operation
   * @return a builder, to narrow the rule down and then name its fault
   */
  public static Builder on(S3Operation... operations) {
    return new Builder(operations);
  }

  /**
   * A rule for any request.
   *
   * @return a builder, to narrow the rule down and then name its fault
   */
  public static Builder any() {
    return new Builder(new S3Operation[0]);
  }

  /** {@return the uses left; 0 once the rule has fired as often as it was allowed} */
  public int remaining() {
    return remaining.get();
  }

  /** {@return the fault this rule injects} */
  public Fault fault() {
    return injection.fault();
  }

  /** Uses the rule once if it matches and has uses left; null otherwise. Thread-safe. */
  @Nullable Injection take(S3Operation operation, String objectKey) {
    if (!operations.isEmpty() && !operations.contains(operation)) {
      return null;
    }
    if (key != null && !key.matcher(objectKey).matches()) {
      return null;
    }
    while (true) {
      int left = remaining.get();
      if (left <= 0) {
        return null;
      }
      if (remaining.compareAndSet(left, left - 1)) {
        return injection;
      }
    }
  }

  @Override
  public String toString() {
    return "FaultRule["
        + injection.fault()
        + " on "
        + (operations.isEmpty() ? "any" : operations)
        + (key == null ? "" : " key ~ " + key)
        + ", "
        + remaining
        + " left]";
  }

  /** Says which requests a rule is for and how often, then which fault it injects. */
  public static final class Builder {
    private final Set<S3Operation> operations;
    private @Nullable Pattern key;
    private int times = 1;

    private Builder(S3Operation[] operations) {
      this.operations = operations.length == 0 ? Set.of() : EnumSet.of(operations[0], operations);
    }

    /**
     * Only requests whose (decoded) object key matches {@code regex} as a whole; bucket requests
     * have key "".
     *
     * @param regex a {@link java.util.regex.Pattern} for the whole key, e.g. {@code "db/users/.*"}
     * @return this builder
     * @throws java.util.regex.PatternSyntaxException if {@code regex} is not a valid pattern
     */
    public Builder keyMatching(String regex) {
      this.key = Pattern.compile(regex);
      return this;
    }

    /**
     * Fires for the next {@code n} matching requests (default 1).
     *
     * @param n how many matching requests the rule faults, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code n} is below 1
     */
    public Builder times(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("times must be at least 1: " + n);
      }
      this.times = n;
      return this;
    }

    /**
     * Answer {@code 503 SlowDown}.
     *
     * @return the rule, to give to {@link FaultProxy#inject}
     */
    public FaultRule slowDown() {
      return new FaultRule(this, Injection.of(Fault.SLOW_DOWN));
    }

    /**
     * Answer {@code 500 InternalError}.
     *
     * @return the rule, to give to {@link FaultProxy#inject}
     */
    public FaultRule internalError() {
      return new FaultRule(this, Injection.of(Fault.INTERNAL_ERROR));
    }

    /**
     * Reset the connection without forwarding.
     *
     * @return the rule, to give to {@link FaultProxy#inject}
     */
    public FaultRule resetBeforeForwarding() {
      return new FaultRule(this, Injection.of(Fault.RESET_BEFORE_FORWARDING));
    }

    /**
     * Forward, let the server apply it, then reset the connection instead of answering.
     *
     * @return the rule, to give to {@link FaultProxy#inject}
     */
    public FaultRule resetAfterForwarding() {
      return new FaultRule(this, Injection.of(Fault.RESET_AFTER_FORWARDING));
    }

    /**
     * Wait {@code delay} before forwarding.
     *
     * @param delay how long the proxy waits before it forwards the request; not negative
     * @return the rule, to give to {@link FaultProxy#inject}
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public FaultRule delay(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("negative delay: " + delay);
      }
      return new FaultRule(this, new Injection(Fault.DELAY, delay, null));
    }

    /**
     * Keep the request at the proxy until {@code hold} is released, then forward it.
     *
     * @param hold the gate the test releases; a request goes on after {@link Hold#MAX_HOLD} anyway
     * @return the rule, to give to {@link FaultProxy#inject}
     */
    public FaultRule hold(Hold hold) {
      return new FaultRule(
          this, new Injection(Fault.HOLD, Duration.ZERO, Objects.requireNonNull(hold, "hold")));
    }
  }
}
