package io.s3db.ids;

import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * UUIDs of version 7 (RFC 9562 §5.7) that only ever grow: 48 bits of Unix time in milliseconds, the
 * version, 12 bits {@code rand_a}, the variant, 62 bits {@code rand_b}. Within one millisecond (or
 * while the clock stands or steps back) the 74 random bits act as a counter, increased by a random
 * step (RFC 9562 §6.2, method 2), so later ids are greater yet not guessable from earlier ones;
 * should they run out, the timestamp moves on by a millisecond.
 */
final class MonotonicUuidV7 {
  private static final long RAND_B_MASK = (1L << 62) - 1;
  private static final int RAND_A_LIMIT = 1 << 12;
  private static final long VERSION = 7L << 12;
  private static final long VARIANT = 1L << 63;
  private static final long MAX_TIMESTAMP = (1L << 48) - 1;

  private final LongSupplier clock;
  private final Random random;
  private long millis = Long.MIN_VALUE;
  private int randA;
  private long randB;

  /**
   * @param clock Unix time in milliseconds
   */
  MonotonicUuidV7(LongSupplier clock, Random random) {
    this.clock = clock;
    this.random = random;
  }

  synchronized UUID next() {
    long now = clock.getAsLong();
    if (now > millis) {
      millis = now;
      seed();
    } else if (!increase()) {
      millis++;
      seed();
    }
    if (millis < 0 || millis > MAX_TIMESTAMP) {
      throw new IllegalStateException("the clock (" + millis + " ms) is outside UUID v7's range");
    }
    return new UUID(millis << 16 | VERSION | randA, VARIANT | randB);
  }

  /** Fresh random bits; the top one of {@code rand_a} clear, leaving room to count. */
  private void seed() {
    randA = random.nextInt(RAND_A_LIMIT >> 1);
    randB = random.nextLong() & RAND_B_MASK;
  }

  /** Adds a random step of up to 2^32 to the 74 bits; false if they would overflow. */
  private boolean increase() {
    long step = 1 + (random.nextInt() & 0xffffffffL);
    long sum = randB + step;
    if (sum <= RAND_B_MASK) {
      randB = sum;
      return true;
    }
    if (randA + 1 == RAND_A_LIMIT) {
      return false;
    }
    randA++;
    randB = sum & RAND_B_MASK;
    return true;
  }
}
