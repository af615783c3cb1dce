package io.s3db.testing.faults;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One decision to do {@code fault} to one request; {@code delay} is for DELAY, {@code hold} for
 * HOLD.
 */
record Injection(Fault fault, Duration delay, @Nullable Hold hold) {

  static Injection of(Fault fault) {
    return new Injection(fault, Duration.ZERO, null);
  }
}
