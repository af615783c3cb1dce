package io.s3db.testing;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Per-key read/write locks (striped), so that {@link AwsParityBlobStore} can make every write to a
 * key atomic and every read of it see one whole version: reads share a key, writes have it alone.
 *
 * <p>Why striped: a lock per key would need cleanup; {@value #STRIPES} stripes are plenty for
 * tests, where few keys are touched at the same instant, and two keys sharing a stripe only wait
 * for each other.
 */
final class KeyLocks {

  /** A power of two. */
  private static final int STRIPES = 1024;

  private final ReentrantReadWriteLock[] stripes = new ReentrantReadWriteLock[STRIPES];

  KeyLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantReadWriteLock();
    }
  }

  /** Runs {@code action} while no write to {@code bucket/key} is under way. */
  <T> T reading(String bucket, String key, Supplier<T> action) {
    return holding(stripe(bucket, key).readLock(), action);
  }

  /** Runs {@code action} while nobody else reads or writes {@code bucket/key}. */
  <T> T writing(String bucket, String key, Supplier<T> action) {
    return holding(stripe(bucket, key).writeLock(), action);
  }

  /**
   * Writes {@code bucket/key} while reading {@code sourceBucket/sourceKey} (a copy). The two
   * stripes are taken in index order so that two copies in opposite directions cannot deadlock; one
   * stripe is only write-locked.
   */
  <T> T writingWhileReading(
      String bucket, String key, String sourceBucket, String sourceKey, Supplier<T> action) {
    int target = index(bucket, key);
    int source = index(sourceBucket, sourceKey);
    if (target == source) {
      return holding(stripes[target].writeLock(), action);
    }
    Lock targetLock = stripes[target].writeLock();
    Lock sourceLock = stripes[source].readLock();
    Lock first = target < source ? targetLock : sourceLock;
    Lock second = target < source ? sourceLock : targetLock;
    return holding(first, () -> holding(second, action));
  }

  private ReentrantReadWriteLock stripe(String bucket, String key) {
    return stripes[index(bucket, key)];
  }

  private static int index(String bucket, String key) {
    int h = bucket.hashCode() * 31 + key.hashCode();
    h ^= h >>> 16;
    return h & (STRIPES - 1);
  }

  private static <T> T holding(Lock lock, Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }
}
