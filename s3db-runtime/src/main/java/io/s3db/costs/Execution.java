package io.s3db.costs;

import io.s3db.costs.Tally.Served;
import org.jspecify.annotations.Nullable;

/**
 * One SDK call as the costs interceptor follows it over its attempts: the DAO call it serves and
 * the attempt sent and not yet answered, if any. Attempts of one call follow each other, but the
 * SDK may run their callbacks on different threads, hence the locking.
 */
final class Execution {
  private final @Nullable Served served;
  private int attempts;
  private @Nullable Attempt inFlight;
  private long unsizedBodyEpoch = -1;

  Execution(@Nullable Served served) {
    this.served = served;
  }

  @Nullable Served served() {
    return served;
  }

  /** Counts an attempt; whether it is a retry. */
  synchronized boolean nextAttempt() {
    return attempts++ > 0;
  }

  /** The attempt now sent, until {@link #settle}d. */
  synchronized void sent(Attempt attempt) {
    inFlight = attempt;
  }

  /** The attempt in flight, which has now been answered or lost; null if there is none. */
  synchronized @Nullable Attempt settle() {
    Attempt attempt = inFlight;
    inFlight = null;
    return attempt;
  }

  /**
   * Remembers that the attempt sent in {@code epoch} was answered with a body of unknown length
   * (chunked), whose bytes are counted as they are read.
   */
  synchronized void unsizedBody(long epoch) {
    unsizedBodyEpoch = epoch;
  }

  /** The epoch of an answer whose body is to be counted as read, once; -1 if there is none. */
  synchronized long takeUnsizedBody() {
    long epoch = unsizedBodyEpoch;
    unsizedBodyEpoch = -1;
    return epoch;
  }

  /** An attempt's class and the counting epoch it was sent in (see {@link Tally#addLater}). */
  record Attempt(RequestClass requestClass, long epoch) {}
}
