package io.s3db.internal.crypto;

import io.s3db.SecretException;
import io.s3db.internal.format.Utf8;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.gcm.BasicGCMMultiplier;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts and decrypts {@code secret} values for one passphrase, in s3db.js's format (FORMAT.md
 * §4.4): {@code base64(salt[16] ‖ iv[12] ‖ ciphertext ‖ tag[16])}, key = PBKDF2-HMAC-SHA256(UTF-8
 * passphrase, salt, 100 000 iterations, 32 bytes), AES-256-GCM without AAD. Thread-safe; hold one
 * instance per passphrase.
 *
 * <p>Uses BouncyCastle's lightweight API, not JCA, so the same code runs on any JVM and in native
 * images without provider registration or reflection configuration.
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
 *       both for many values, while every value still gets a fresh random 12-byte IV. That is what
 *       GCM requires: a nonce never repeats under one key. With random 96-bit IVs, NIST SP 800-38D
 *       §8.3 allows up to 2<sup>32</sup> encryptions per key; we rotate the salt (hence the key)
 *       far sooner, after 2<sup>20</sup> values or one hour, whichever comes first, which keeps the
 *       chance of any IV collision per key below 2<sup>-57</sup>. The salt only exists to make keys
 *       differ across values for a dictionary attacker; sharing it among values written together
 *       costs nothing there (the attacker would run one PBKDF2 per salt either way) and only
 *       reveals that those values came from one writer in one window. The stored format is
 *       unchanged (each value carries its salt), so s3db.js and this class decrypt both kinds of
 *       value alike, and values written together also decrypt from one cache entry.
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

  private final byte[] passphrase;

  /**
   * The passphrase for the JDK's PBKDF2, which encodes chars as UTF-8; null if that would differ
   * from ours.
   */
  private final char @Nullable [] jdkPassphrase;

  private final SecureRandom random;
  private final KeyCache keys;
  private final AtomicLong derivations = new AtomicLong();
  private final long valuesPerSalt;
  private final long saltLifetimeNanos;
  private final LongSupplier nanoTime;
  private final Object rotation = new Object();
  private volatile @Nullable WriteKey writeKey;

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
    this.passphrase = Utf8.encode(passphrase);
    this.jdkPassphrase =
        io.s3db.spi.Checks.isWellFormed(passphrase) ? passphrase.toCharArray() : null;
    this.random = random;
    this.keys = new KeyCache(cacheSize);
    this.valuesPerSalt = valuesPerSalt;
    this.saltLifetimeNanos = saltLifetimeNanos;
    this.nanoTime = nanoTime;
  }

  /**
   * Encrypts {@code plaintext} (as UTF-8, a lone surrogate becoming U+FFFD like {@code
   * TextEncoder}) under the current write salt and a fresh random IV.
   */
  public String encrypt(String plaintext) {
    WriteKey wk = currentWriteKey();
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    return seal(plaintext, wk.salt, wk.key, iv);
  }

  /** Encrypts with the given salt and IV; for test vectors only; never reuse an IV with a salt. */
  String encrypt(String plaintext, byte[] salt, byte[] iv) {
    if (salt.length != SALT_BYTES || iv.length != IV_BYTES) {
      throw new IllegalArgumentException("salt must be 16 bytes and iv 12 bytes");
    }
    return seal(plaintext, salt.clone(), key(salt.clone()), iv.clone());
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
    GCMModeCipher gcm = gcm(false, key(salt), Arrays.copyOfRange(data, SALT_BYTES, HEADER_BYTES));
    byte[] out = new byte[gcm.getOutputSize(data.length - HEADER_BYTES)];
    try {
      int n = gcm.processBytes(data, HEADER_BYTES, data.length - HEADER_BYTES, out, 0);
      n += gcm.doFinal(out, n);
      return Utf8.decode(
          n == out.length ? out : Arrays.copyOf(out, n)); // GCM: n is always out.length
    } catch (InvalidCipherTextException e) {
      throw new SecretException(
          AUTH_FAILED, null, null, e); // BouncyCastle's message is just "mac check in GCM failed"
    } finally {
      Arrays.fill(out, (byte) 0);
    }
  }

  /** How many PBKDF2 derivations this instance has run; lets tests see the cache work. */
  long derivations() {
    return derivations.get();
  }

  /** The derived key for {@code salt}, the raw bytes; for the test vector only. */
  byte[] derivedKey(byte[] salt) {
    return key(salt.clone()).getKey().clone();
  }

  private String seal(String plaintext, byte[] salt, KeyParameter key, byte[] iv) {
    byte[] in = Utf8.encode(plaintext);
    GCMModeCipher gcm = gcm(true, key, iv);
    byte[] data = new byte[HEADER_BYTES + gcm.getOutputSize(in.length)];
    System.arraycopy(salt, 0, data, 0, SALT_BYTES);
    System.arraycopy(iv, 0, data, SALT_BYTES, IV_BYTES);
    int n = gcm.processBytes(in, 0, in.length, data, HEADER_BYTES);
    try {
      n += gcm.doFinal(data, HEADER_BYTES + n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException(
          "AES-GCM encryption failed", e); // cannot happen when encrypting
    } finally {
      Arrays.fill(in, (byte) 0);
    }
    return Base64.getEncoder().encodeToString(data);
  }

  /**
   * A new GCM instance per call (they are not thread-safe). {@link BasicGCMMultiplier} rather than
   * the default 4 KB tables: building the tables costs more than the whole of a secret-sized
   * message (about 6 µs against 1 µs for 6 bytes; still ahead at 1.5 KB), and it does no
   * secret-indexed table lookups.
   */
  private static GCMModeCipher gcm(boolean encrypt, KeyParameter key, byte[] iv) {
    GCMModeCipher gcm =
        GCMBlockCipher.newInstance(AESEngine.newInstance(), new BasicGCMMultiplier());
    gcm.init(encrypt, new AEADParameters(key, TAG_BYTES * 8, iv));
    return gcm;
  }

  private KeyParameter key(byte[] salt) {
    return keys.entry(salt).key();
  }

  /**
   * PBKDF2 through the JDK when it has it: its SHA-256 uses the CPU's SHA instructions and runs 3×
   * faster than BouncyCastle's here (22 ms against 66 ms per key, bench/results), which is what a
   * cold read of s3db.js-written secrets pays per value. BouncyCastle remains the fallback, e.g. in
   * a native image built without the JDK's crypto provider.
   */
  private KeyParameter derive(byte[] salt) {
    derivations.incrementAndGet();
    if (jdkPassphrase != null) {
      try {
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        PBEKeySpec spec = new PBEKeySpec(jdkPassphrase, salt, ITERATIONS, KEY_BYTES * 8);
        try {
          return new KeyParameter(factory.generateSecret(spec).getEncoded());
        } finally {
          spec.clearPassword();
        }
      } catch (GeneralSecurityException e) {
        // no JDK provider: derive with BouncyCastle below
      }
    }
    PKCS5S2ParametersGenerator pbkdf2 = new PKCS5S2ParametersGenerator(SHA256Digest.newInstance());
    pbkdf2.init(passphrase, salt, ITERATIONS);
    return (KeyParameter) pbkdf2.generateDerivedParameters(KEY_BYTES * 8);
  }

  private WriteKey currentWriteKey() {
    while (true) {
      WriteKey wk = writeKey;
      if (wk != null && wk.claim(nanoTime.getAsLong())) {
        return wk;
      }
      synchronized (rotation) {
        if (writeKey == wk) { // nobody rotated meanwhile
          byte[] salt = new byte[SALT_BYTES];
          random.nextBytes(salt);
          // through the cache, so reading back what we just wrote costs no derivation
          writeKey = new WriteKey(salt, key(salt), nanoTime.getAsLong());
        }
      }
    }
  }

  /** The salt and key used for writing until it has served its quota of values or its lifetime. */
  private final class WriteKey {
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

  /**
   * A bounded LRU of derived keys by salt; one derivation per salt even when many threads ask at
   * once.
   */
  private final class KeyCache {
    private final Map<Salt, Entry> map;

    KeyCache(int capacity) {
      this.map =
          new LinkedHashMap<>(Math.min(capacity, 64), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Salt, Entry> eldest) {
              return size() > capacity;
            }
          };
    }

    Entry entry(byte[] salt) {
      Salt k = new Salt(salt);
      synchronized (map) {
        return map.computeIfAbsent(k, Entry::new);
      }
    }
  }

  /** A cache slot; the derivation runs outside the map's lock, once, under the slot's own lock. */
  private final class Entry {
    private final Salt salt;
    private @Nullable KeyParameter key;

    Entry(Salt salt) {
      this.salt = salt;
    }

    synchronized KeyParameter key() {
      KeyParameter k = key;
      if (k == null) {
        k = derive(salt.bytes);
        key = k;
      }
      return k;
    }
  }

  /** A salt as a map key, compared by content. */
  private static final class Salt {
    final byte[] bytes;
    private final int hash;

    Salt(byte[] bytes) {
      this.bytes = bytes;
      this.hash = Arrays.hashCode(bytes);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Salt s && Arrays.equals(bytes, s.bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
