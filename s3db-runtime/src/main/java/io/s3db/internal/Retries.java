package io.s3db.internal;

import io.s3db.ConflictException;
import io.s3db.S3dbException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * The read-then-conditionally-write loop every replacing write runs: each attempt reads the record
 * and writes only if it did not change meanwhile; a lost race waits a random, growing moment and
 * tries again, up to {@value #MAX_ATTEMPTS} times, before {@link ConflictException}.
 */
final class Retries {
  static final int MAX_ATTEMPTS = 16;

  /** One read-and-write attempt: its result when it wrote, empty when it lost a race. */
  interface Attempt<R> {
    Optional<R> run();
  }

  private Retries() {}

  /** Runs attempts until one writes; its result. */
  static <R> R untilWritten(String resource, String id, Attempt<R> attempt) {
    for (int n = 1; n <= MAX_ATTEMPTS; n++) {
      Optional<R> written = attempt.run();
      if (written.isPresent()) {
        return written.get();
      }
      backOff(n);
    }
    throw new ConflictException(resource, id, MAX_ATTEMPTS);
  }

  /** Runs attempts until one returns true: it wrote, or found nothing to do. */
  static void untilDone(String resource, String id, BooleanSupplier attempt) {
    untilWritten(
        resource, id, () -> attempt.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
  }

  /**
   * Waits a random time, up to 10 ms doubling per lost race (at most 2 s), so that writers
   * contending for one record spread out instead of colliding again.
   */
  static void backOff(int attempt) {
    long bound = Math.min(2000, 10L << Math.min(attempt, 10));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new S3dbException("Interrupted while retrying an update", null, null, e);
    }
  }
}
