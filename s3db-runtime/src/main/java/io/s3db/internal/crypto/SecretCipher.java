package io.s3db.internal.crypto;

import io.s3db.SecretException;
import io.s3db.internal.format.Utf8;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts and decrypts {@code secret} values for one passphrase, in s3db.js's format (FORMAT.md
 * §4.4): {@code base64(salt[16] ‖ iv[12] ‖ ciphertext ‖ tag[16])}, key = PBKDF2-HMAC-SHA256(UTF-8
 * passphrase, salt, 100 000 iterations, 32 bytes), AES-256-GCM without AAD. Thread-safe; hold one
 * instance per passphrase.
 *
 * <p>AES-GCM through the JDK's provider where the JVM has it (AES-NI), BouncyCastle's lightweight
 * API otherwise ({@link GcmCiphers}); PBKDF2 likewise ({@link Pbkdf2}).
 *
 * <p><b>Cost.</b> One PBKDF2 derivation takes tens of milliseconds, far more than an S3 HEAD's
 * share of a read, so derivations are kept off the hot paths:
 *
 * <ul>
 *   <li><b>Reads</b> cache the derived key per salt in a bounded LRU (1 024 salts by default). This
 *       is safe because the key is a pure function of (passphrase, salt) and the cache belongs to
 *       this instance, that is, to one passphrase. Concurrent readers of one uncached salt derive
 *       it once.
 *   <li><b>Writes.</b> s3db.js draws a fresh random salt per value and so pays one derivation per
 *       encrypted value. This class instead draws one random salt, derives its key once, and reuses
 *       both for many values, while every value still gets its own 12-byte IV. That is what GCM
 *       requires: a nonce never repeats under one key. The IVs follow NIST SP 800-38D §8.2.1's
 *       deterministic construction: a random 96-bit base drawn with the salt, with the value's
 *       number under that salt XORed into its last 8 bytes, so no two values under one key share an
 *       IV (random IVs would repeat with a small chance, and cost a random draw per value). The
 *       salt (hence the key) rotates after 2<sup>20</sup> values or one hour, whichever comes
 *       first, far below §8.3's 2<sup>32</sup> encryptions per key. The salt only exists to make
 *       keys differ across values for a dictionary attacker; sharing it among values written
 *       together costs nothing there (the attacker would run one PBKDF2 per salt either way) and
 *       only reveals that those values came from one writer in one window (and, from two of their
 *       IVs, how many values lay between them). The stored format is unchanged (each value carries
 *       its salt), so s3db.js and this class decrypt both kinds of value alike, and values written
 *       together also decrypt from one cache entry.
 * </ul>
 *
 * <p>Failures to decrypt throw {@link SecretException}; messages never contain plaintext,
 * passphrase or key material, and this class has no {@code toString} that could show them.
 */
public final class SecretCipher {
  static final int SALT_BYTES = 16;
  static final int IV_BYTES = 12;
  static final int TAG_BYTES = 16;
  static final int KEY_BYTES = 32;
  static final int ITERATIONS = 100_000;
  static final int HEADER_BYTES = SALT_BYTES + IV_BYTES;

  static final int DEFAULT_CACHE_SIZE = 1024;
  static final long DEFAULT_VALUES_PER_SALT = 1L << 20;
  static final long DEFAULT_SALT_LIFETIME_NANOS = TimeUnit.HOURS.toNanos(1);

  private static final String AUTH_FAILED =
      "Cannot decrypt secret: the value failed to authenticate"
          + " (wrong passphrase, or the stored value was altered or corrupted).";

  // Key derivation (Pbkdf2), the read cache (KeyCache) and the write-salt rotation (WriteKeys) live
  // beside this class; this one is the AES-GCM format.
  private final KeyCache keys;
  private final WriteKeys writeKeys;
  private final GcmCiphers ciphers = new GcmCiphers();

  /** A cipher for {@code passphrase} with the defaults described above. */
  public SecretCipher(String passphrase) {
    this(
        passphrase,
        new SecureRandom(),
        DEFAULT_CACHE_SIZE,
        DEFAULT_VALUES_PER_SALT,
        DEFAULT_SALT_LIFETIME_NANOS,
        System::nanoTime);
  }

  SecretCipher(
      String passphrase,
      SecureRandom random,
      int cacheSize,
      long valuesPerSalt,
      long saltLifetimeNanos,
      LongSupplier nanoTime) {
    if (cacheSize < 1 || valuesPerSalt < 1 || valuesPerSalt > 1L << 32 || saltLifetimeNanos < 1) {
      throw new IllegalArgumentException(
          "cacheSize >= 1, 1 <= valuesPerSalt <= 2^32, saltLifetimeNanos >= 1");
    }
    this.keys = new KeyCache(new Pbkdf2(passphrase), cacheSize);
    this.writeKeys = new WriteKeys(keys, random, valuesPerSalt, saltLifetimeNanos, nanoTime);
  }

  /**
   * Encrypts {@code plaintext} (as UTF-8, a lone surrogate becoming U+FFFD like {@code
   * TextEncoder}) under the current write salt and that salt's next IV.
   */
  public String encrypt(String plaintext) {
    byte[] iv = new byte[IV_BYTES];
    WriteKeys.WriteKey wk = writeKeys.claim(iv);
    return seal(ciphers, plaintext, wk.salt, wk.key, iv);
  }

  /** Encrypts with the given salt and IV; for test vectors only; never reuse an IV with a salt. */
  String encrypt(String plaintext, byte[] salt, byte[] iv) {
    if (salt.length != SALT_BYTES || iv.length != IV_BYTES) {
      throw new IllegalArgumentException("salt must be 16 bytes and iv 12 bytes");
    }
    // BouncyCastle's, new: the JDK's refuses an IV used just before with the same key
    return seal(new GcmCiphers(false), plaintext, salt, key(salt.clone()), iv);
  }

  /**
   * Decrypts a stored value written by s3db.js or by {@link #encrypt(String)}.
   *
   * @throws SecretException if the value is not base64, is too short, or fails to authenticate
   */
  public String decrypt(String stored) {
    byte[] data;
    try {
      data = Base64.getDecoder().decode(stored);
    } catch (IllegalArgumentException e) {
      throw new SecretException("Cannot decrypt secret: the stored value is not valid base64.");
    }
    if (data.length < HEADER_BYTES + TAG_BYTES) {
      throw new SecretException(
          "Cannot decrypt secret: the stored value has "
              + data.length
              + " bytes, fewer than the "
              + (HEADER_BYTES + TAG_BYTES)
              + " of salt, IV and tag.");
    }
    byte[] salt = Arrays.copyOfRange(data, 0, SALT_BYTES);
    byte[] iv = Arrays.copyOfRange(data, SALT_BYTES, HEADER_BYTES);
    byte[] out = ciphers.open(key(salt), iv, data, HEADER_BYTES, AUTH_FAILED);
    try {
      return Utf8.decode(out);
    } finally {
      Arrays.fill(out, (byte) 0);
    }
  }

  /** How many PBKDF2 derivations this instance has run; lets tests see the cache work. */
  long derivations() {
    return keys.derivations();
  }

  /** The derived key for {@code salt}, the raw bytes; for the test vector only. */
  byte[] derivedKey(byte[] salt) {
    return key(salt.clone()).getKey().clone();
  }

  /** {@code key} is {@code salt}'s. */
  private static String seal(
      GcmCiphers gcm, String plaintext, byte[] salt, KeyParameter key, byte[] iv) {
    byte[] in = Utf8.encode(plaintext);
    byte[] data = new byte[HEADER_BYTES + in.length + TAG_BYTES];
    System.arraycopy(salt, 0, data, 0, SALT_BYTES);
    System.arraycopy(iv, 0, data, SALT_BYTES, IV_BYTES);
    try {
      gcm.seal(key, iv, in, data, HEADER_BYTES);
    } finally {
      Arrays.fill(in, (byte) 0);
    }
    return Base64.getEncoder().encodeToString(data);
  }

  private KeyParameter key(byte[] salt) {
    return keys.key(salt);
  }
}
