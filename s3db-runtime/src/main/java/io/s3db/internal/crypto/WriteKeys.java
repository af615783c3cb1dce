package io.s3db.internal.crypto;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.bouncycastle.crypto.params.KeyParameter;
import org.jspecify.annotations.Nullable;

/**
 * The salt and key {@link SecretCipher} writes with: one random salt, reused until it has served
 * {@code valuesPerSalt} values or lived {@code saltLifetimeNanos}, then a new one (the class
 * comment of {@link SecretCipher} says why that is safe). Thread-safe; concurrent writers rotate
 * once.
 */
final class WriteKeys {
  private final KeyCache keys;
  private final SecureRandom random;
  private final long valuesPerSalt;
  private final long saltLifetimeNanos;
  private final LongSupplier nanoTime;
  private final Object rotation = new Object();
  private volatile @Nullable WriteKey writeKey;

  WriteKeys(
      KeyCache keys,
      SecureRandom random,
      long valuesPerSalt,
      long saltLifetimeNanos,
      LongSupplier nanoTime) {
    this.keys = keys;
    this.random = random;
    this.valuesPerSalt = valuesPerSalt;
    this.saltLifetimeNanos = saltLifetimeNanos;
    this.nanoTime = nanoTime;
  }

  /** The salt and key for one more value. */
  WriteKey claim() {
    while (true) {
      WriteKey wk = writeKey;
      if (wk != null && wk.claim(nanoTime.getAsLong())) {
        return wk;
      }
      synchronized (rotation) {
        if (writeKey == wk) { // nobody rotated meanwhile
          byte[] salt = new byte[SecretCipher.SALT_BYTES];
          random.nextBytes(salt);
          // through the cache, so reading back what we just wrote costs no derivation
          writeKey = new WriteKey(salt, keys.key(salt), nanoTime.getAsLong());
        }
      }
    }
  }

  /** The salt and key used for writing until it has served its quota of values or its lifetime. */
  final class WriteKey {
    final byte[] salt;
    final KeyParameter key;
    final long created;
    final AtomicLong uses = new AtomicLong();

    WriteKey(byte[] salt, KeyParameter key, long created) {
      this.salt = salt;
      this.key = key;
      this.created = created;
    }

    boolean claim(long now) {
      return now - created < saltLifetimeNanos && uses.incrementAndGet() <= valuesPerSalt;
    }
  }
}
