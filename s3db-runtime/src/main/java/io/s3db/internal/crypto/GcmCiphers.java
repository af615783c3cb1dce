package io.s3db.internal.crypto;

import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.gcm.BasicGCMMultiplier;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.jspecify.annotations.Nullable;

/**
 * One AES-GCM instance per thread, keyed again only when the key changes. GCM instances are not
 * thread-safe, and a new one per value (AES key schedule, hash subkey) cost more than sealing a
 * secret-sized value; writes share one key for many values ({@link WriteKeys}), so a thread's
 * instance mostly needs only a new IV.
 *
 * <p>{@link BasicGCMMultiplier} rather than the default 4 KB tables: building the tables costs more
 * than the whole of a secret-sized message, and it does no secret-indexed table lookups.
 *
 * <p>Held per {@link SecretCipher} (not static), so a closed database's keys leave the threads'
 * maps with it.
 */
final class GcmCiphers {
  private final ThreadLocal<Slot> slots = ThreadLocal.withInitial(Slot::new);

  /** This thread's instance, initialised for {@code key} and {@code iv}; use it before the next. */
  GCMModeCipher init(boolean encrypt, KeyParameter key, byte[] iv) {
    Slot slot = slots.get();
    boolean sameKey = slot.key == key;
    // forgotten first: an init that fails halfway must not leave a key behind that is not the
    // one recorded
    slot.key = null;
    slot.gcm.init(
        encrypt, new AEADParameters(sameKey ? null : key, SecretCipher.TAG_BYTES * 8, iv));
    slot.key = key;
    return slot.gcm;
  }

  /** A new instance, shared with nothing (test vectors, which may repeat an IV on purpose). */
  static GCMModeCipher fresh(boolean encrypt, KeyParameter key, byte[] iv) {
    GCMModeCipher gcm = newGcm();
    gcm.init(encrypt, new AEADParameters(key, SecretCipher.TAG_BYTES * 8, iv));
    return gcm;
  }

  private static GCMModeCipher newGcm() {
    return GCMBlockCipher.newInstance(AESEngine.newInstance(), new BasicGCMMultiplier());
  }

  private static final class Slot {
    final GCMModeCipher gcm = newGcm();
    @Nullable KeyParameter key;
  }
}
