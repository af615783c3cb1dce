package io.s3db.internal.crypto;

import io.s3db.SecretException;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.NoSuchPaddingException;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.gcm.BasicGCMMultiplier;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.jspecify.annotations.Nullable;

/**
 * AES-GCM without AAD, one instance per thread. The JDK's {@code AES/GCM/NoPadding} where the JVM
 * has it: its AES and GHASH run on the CPU's AES-NI and carry-less multiply instructions, twice as
 * fast as BouncyCastle's pure Java for a secret-sized value (bench/README.md). BouncyCastle is the
 * fallback, e.g. a native image built without the JDK's provider.
 *
 * <p>A thread keeps its instance and keys it again only when the key changes: a new instance per
 * value (provider lookup, AES key schedule, hash subkey) cost more than sealing the value, and
 * writes share one key for many values ({@link WriteKeys}).
 *
 * <p>Held per {@link SecretCipher} (not static), so a closed database's keys leave the threads'
 * maps with it.
 */
final class GcmCiphers {
  static final int TAG_BITS = SecretCipher.TAG_BYTES * 8;
  private static final String JDK_TRANSFORMATION = "AES/GCM/NoPadding";

  private final ThreadLocal<Slot> slots;

  GcmCiphers() {
    this(jdkHasGcm());
  }

  /** {@code jdk} false: BouncyCastle only (tests compare the two). */
  GcmCiphers(boolean jdk) {
    this.slots = ThreadLocal.withInitial(jdk ? JdkSlot::new : BcSlot::new);
  }

  /**
   * Writes {@code plaintext}'s ciphertext and tag to {@code out} from {@code offset}; {@code out}
   * has room for {@code plaintext.length + TAG_BYTES} there.
   */
  void seal(KeyParameter key, byte[] iv, byte[] plaintext, byte[] out, int offset) {
    try {
      slots.get().seal(key, iv, plaintext, out, offset);
    } catch (GeneralSecurityException | InvalidCipherTextException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e); // cannot happen encrypting
    }
  }

  /**
   * The plaintext of {@code data[offset …]} (ciphertext ‖ tag) under {@code key} and {@code iv}.
   *
   * @throws SecretException if it fails to authenticate
   */
  byte[] open(KeyParameter key, byte[] iv, byte[] data, int offset, String authFailed) {
    byte[] out = new byte[data.length - offset - SecretCipher.TAG_BYTES];
    try {
      slots.get().open(key, iv, data, offset, out);
      return out;
    } catch (AEADBadTagException | InvalidCipherTextException e) {
      // the providers' own messages ("Tag mismatch", "mac check in GCM failed") say less than ours
      throw new SecretException(authFailed, null, null, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  private static boolean jdkHasGcm() {
    try {
      Cipher.getInstance(JDK_TRANSFORMATION);
      return true;
    } catch (NoSuchAlgorithmException | NoSuchPaddingException e) {
      return false;
    }
  }

  /**
   * {@link BasicGCMMultiplier} rather than the default 4 KB tables: building the tables costs more
   * than the whole of a secret-sized message, and it does no secret-indexed table lookups.
   */
  private static GCMModeCipher newBcGcm() {
    return GCMBlockCipher.newInstance(AESEngine.newInstance(), new BasicGCMMultiplier());
  }

  /** One thread's AES-GCM instance, keyed again only when the key changes. */
  private interface Slot {
    void seal(KeyParameter key, byte[] iv, byte[] plaintext, byte[] out, int offset)
        throws GeneralSecurityException, InvalidCipherTextException;

    /** {@code out} has room for the plaintext, {@code data.length - offset - TAG_BYTES}. */
    void open(KeyParameter key, byte[] iv, byte[] data, int offset, byte[] out)
        throws GeneralSecurityException, InvalidCipherTextException;
  }

  private static final class JdkSlot implements Slot {
    final Cipher cipher;
    @Nullable KeyParameter key;
    @Nullable SecretKeySpec spec;

    JdkSlot() {
      try {
        cipher = Cipher.getInstance(JDK_TRANSFORMATION);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("The JDK's AES-GCM went away", e);
      }
    }

    @Override
    public void seal(KeyParameter key, byte[] iv, byte[] plaintext, byte[] out, int offset)
        throws GeneralSecurityException {
      init(Cipher.ENCRYPT_MODE, key, iv).doFinal(plaintext, 0, plaintext.length, out, offset);
    }

    @Override
    public void open(KeyParameter key, byte[] iv, byte[] data, int offset, byte[] out)
        throws GeneralSecurityException {
      init(Cipher.DECRYPT_MODE, key, iv).doFinal(data, offset, data.length - offset, out, 0);
    }

    private Cipher init(int mode, KeyParameter key, byte[] iv) throws GeneralSecurityException {
      SecretKeySpec s = spec;
      if (this.key != key || s == null) {
        s = new SecretKeySpec(key.getKey(), "AES");
        spec = s;
        this.key = key;
      }
      cipher.init(mode, s, new GCMParameterSpec(TAG_BITS, iv));
      return cipher;
    }
  }

  private static final class BcSlot implements Slot {
    final GCMModeCipher gcm = newBcGcm();
    @Nullable KeyParameter key;

    @Override
    public void seal(KeyParameter key, byte[] iv, byte[] plaintext, byte[] out, int offset)
        throws InvalidCipherTextException {
      GCMModeCipher gcm = init(true, key, iv);
      int n = gcm.processBytes(plaintext, 0, plaintext.length, out, offset);
      gcm.doFinal(out, offset + n);
    }

    @Override
    public void open(KeyParameter key, byte[] iv, byte[] data, int offset, byte[] out)
        throws InvalidCipherTextException {
      GCMModeCipher gcm = init(false, key, iv);
      int n = gcm.processBytes(data, offset, data.length - offset, out, 0);
      gcm.doFinal(out, n);
    }

    private GCMModeCipher init(boolean encrypt, KeyParameter key, byte[] iv) {
      boolean sameKey = this.key == key;
      // forgotten first: an init that fails halfway must not leave a key behind that is not the
      // one recorded
      this.key = null;
      gcm.init(encrypt, new AEADParameters(sameKey ? null : key, TAG_BITS, iv));
      this.key = key;
      return gcm;
    }
  }
}
