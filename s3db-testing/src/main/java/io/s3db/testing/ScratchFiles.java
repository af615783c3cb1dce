package io.s3db.testing;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Recognises the scratch files S3Proxy's stores write beside a key while they write it, so that
 * {@link AwsParityBlobStore} can keep them out of listings.
 *
 * <p>Why: a nio2 store writes a PUT's body and attributes to {@code <key>-<random UUID>} next to
 * the key, then renames it onto the key. A listing in between shows that name as an object, and a
 * HEAD of it answers whatever part is written (often no user metadata at all). AWS never lists a
 * write in progress.
 *
 * <p>The random part is not known outside the store, so a name is taken for a scratch file when it
 * is some key plus {@code -} and a UUID, that key was being written at some moment of the listing,
 * and the name itself was never written as a key through this store. Every key written is
 * remembered (its in-flight count and when its last write ended), which is fine for a test server.
 */
final class ScratchFiles {

  private static final int UUID_LENGTH = 36;

  private final AtomicLong clock = new AtomicLong();
  private final Map<String, Writes> keys = new ConcurrentHashMap<>();

  /** Runs {@code write}, which may leave a scratch file of {@code bucket/key} while it runs. */
  <T> T writing(String bucket, String key, Supplier<T> write) {
    Writes writes = keys.computeIfAbsent(bucket + '/' + key, k -> new Writes());
    writes.begin();
    try {
      return write.get();
    } finally {
      writes.end(clock.incrementAndGet());
    }
  }

  /** The moment to pass to {@link #isScratch} for a listing that starts now. */
  long now() {
    return clock.get();
  }

  /**
   * Whether {@code name}, listed by a listing that started at {@code since}, is the scratch file of
   * a write of another key.
   */
  boolean isScratch(String bucket, String name, long since) {
    int dash = name.length() - UUID_LENGTH - 1;
    if (dash < 1 || name.charAt(dash) != '-' || keys.containsKey(bucket + '/' + name)) {
      return false;
    }
    Writes writes = keys.get(bucket + '/' + name.substring(0, dash));
    return writes != null && writes.overlapped(since) && isUuid(name.substring(dash + 1));
  }

  private static boolean isUuid(String s) {
    try {
      return UUID.fromString(s).toString().equals(s);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The writes of one key: how many run now, and the clock when the last one ended. */
  private static final class Writes {
    private int inFlight;
    private long lastEnded = -1;

    synchronized void begin() {
      inFlight++;
    }

    synchronized void end(long now) {
      inFlight--;
      lastEnded = Math.max(lastEnded, now);
    }

    /** A write ran at some moment after {@code since}: one runs now or one ended since. */
    synchronized boolean overlapped(long since) {
      return inFlight > 0 || lastEnded > since;
    }
  }
}
