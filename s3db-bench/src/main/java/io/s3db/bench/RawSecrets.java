package io.s3db.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Side C's secrets, as a careful client of the layout would write them with the JDK alone: the
 * stored value is base64 of {@code salt ‖ iv ‖ ciphertext ‖ tag} (AES-256-GCM, key =
 * PBKDF2-HMAC-SHA256 of the passphrase, 100 000 iterations). A key costs ~40 ms to derive, so C
 * derives one for its writes (one salt, a fresh IV per value) and caches the keys it reads by salt,
 * as B does; deriving per value, as s3db.js does, would make C no limit at all.
 */
final class RawSecrets {
  private static final int SALT = 16;
  private static final int IV = 12;
  private static final int TAG_BITS = 128;
  private static final int ITERATIONS = 100_000;

  private final char[] passphrase;
  private final SecureRandom random = new SecureRandom();
  private final byte[] writeSalt = new byte[SALT];
  private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();
  private volatile @Nullable SecretKey writeKey; // derived on the first write
  private final ThreadLocal<Cipher> ciphers =
      ThreadLocal.withInitial(() -> call(() -> Cipher.getInstance("AES/GCM/NoPadding")));

  RawSecrets(String passphrase) {
    this.passphrase = passphrase.toCharArray();
    random.nextBytes(writeSalt);
  }

  /** The stored form of {@code plaintext}. */
  String seal(String plaintext) {
    byte[] iv = new byte[IV];
    random.nextBytes(iv);
    byte[] sealed =
        call(
            () -> {
              Cipher cipher = ciphers.get();
              cipher.init(Cipher.ENCRYPT_MODE, writeKey(), new GCMParameterSpec(TAG_BITS, iv));
              return cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            });
    ByteBuffer out = ByteBuffer.allocate(SALT + IV + sealed.length);
    out.put(writeSalt).put(iv).put(sealed);
    return Base64.getEncoder().encodeToString(out.array());
  }

  /** The plaintext of a stored value. */
  String open(String stored) {
    byte[] all = Base64.getDecoder().decode(stored);
    byte[] salt = Arrays.copyOfRange(all, 0, SALT);
    byte[] plain =
        call(
            () -> {
              Cipher cipher = ciphers.get();
              cipher.init(
                  Cipher.DECRYPT_MODE, key(salt), new GCMParameterSpec(TAG_BITS, all, SALT, IV));
              return cipher.doFinal(all, SALT + IV, all.length - SALT - IV);
            });
    return new String(plain, StandardCharsets.UTF_8);
  }

  private SecretKey writeKey() {
    SecretKey k = writeKey;
    if (k == null) {
      k = key(writeSalt);
      writeKey = k;
    }
    return k;
  }

  private SecretKey key(byte[] salt) {
    return keys.computeIfAbsent(
        Base64.getEncoder().encodeToString(salt),
        s ->
            call(
                () -> {
                  byte[] key =
                      SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                          .generateSecret(new PBEKeySpec(passphrase, salt, ITERATIONS, 256))
                          .getEncoded();
                  return new SecretKeySpec(key, "AES");
                }));
  }

  private interface Crypto<T> {
    T run() throws GeneralSecurityException;
  }

  private static <T> T call(Crypto<T> step) {
    try {
      return step.run();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("wrong result: " + e, e);
    }
  }
}
