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

  /** The salt and key for one more value, whose IV this writes to {@code iv} (12 bytes). */
  WriteKey claim(byte[] iv) {
    while (true) {
      WriteKey wk = writeKey;
      if (wk != null && wk.claim(nanoTime.getAsLong(), iv)) {
        return wk;
      }
      synchronized (rotation) {
        if (writeKey == wk) { // nobody rotated meanwhile
          byte[] salt = new byte[SecretCipher.SALT_BYTES];
          random.nextBytes(salt);
          byte[] ivBase = new byte[SecretCipher.IV_BYTES];
          random.nextBytes(ivBase);
          // through the cache, so reading back what we just wrote costs no derivation
          writeKey = new WriteKey(salt, keys.key(salt), ivBase, nanoTime.getAsLong());
        }
      }
    }
  }

  /**
   * The salt and key used for writing until it has served its quota of values or its lifetime. The
   * n-th value it serves has the IV {@code ivBase} with n (1 … {@code valuesPerSalt}) XORed into
   * its last 8 bytes: NIST SP 800-38D §8.2.1's deterministic construction, so no two values under
   * this key share an IV, and no random draw is paid per value.
   */
  final class WriteKey {
    final byte[] salt;
    final KeyParameter key;
    private final byte[] ivBase;
    private final long created;
    private final AtomicLong uses = new AtomicLong();

    WriteKey(byte[] salt, KeyParameter key, byte[] ivBase, long created) {
      this.salt = salt;
      this.key = key;
      this.ivBase = ivBase;
      this.created = created;
    }

    boolean claim(long now, byte[] iv) {
      if (now - created >= saltLifetimeNanos) {
        return false;
      }
      long use = uses.incrementAndGet();
      if (use > valuesPerSalt) {
        return false;
      }
      System.arraycopy(ivBase, 0, iv, 0, 4);
      for (int i = 0; i < 8; i++) {
        iv[4 + i] = (byte) (ivBase[4 + i] ^ (use >>> (56 - 8 * i)));
      }
      return true;
    }
  }
}
