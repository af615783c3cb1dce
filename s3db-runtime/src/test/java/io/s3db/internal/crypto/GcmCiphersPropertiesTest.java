package io.s3db.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.s3db.SecretException;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The JDK's AES-GCM and BouncyCastle's, which a JVM without the JDK's provider uses, agree; one
 * instance of each opens values under key after key (its thread's cipher keyed again each time).
 */
class GcmCiphersPropertiesTest {
  private static final GcmCiphers JDK = new GcmCiphers(true);
  private static final GcmCiphers BOUNCY_CASTLE = new GcmCiphers(false);
  private static final int OFFSET = SecretCipher.HEADER_BYTES;

  @Property(tries = 300)
  void bothSealAlikeAndOpenEachOther(
      @ForAll @Size(32) byte[] key,
      @ForAll @Size(12) byte[] iv,
      @ForAll @Size(max = 300) byte[] plaintext) {
    KeyParameter k = new KeyParameter(key);
    // new instances to seal with: both refuse to encrypt twice in a row with one key and IV,
    // which the generated cases do (the random IVs of real writes never repeat)
    byte[] byJdk = sealed(new GcmCiphers(true), k, iv, plaintext);
    byte[] byBouncyCastle = sealed(new GcmCiphers(false), k, iv, plaintext);
    assertArrayEquals(byBouncyCastle, byJdk);
    assertArrayEquals(plaintext, JDK.open(k, iv, byBouncyCastle, OFFSET, "tampered"));
    assertArrayEquals(plaintext, BOUNCY_CASTLE.open(k, iv, byJdk, OFFSET, "tampered"));
  }

  @Property(tries = 100)
  void bothRefuseAnyAlteredByte(
      @ForAll @Size(32) byte[] key,
      @ForAll @Size(12) byte[] iv,
      @ForAll @Size(min = 1, max = 64) byte[] plaintext,
      @ForAll @IntRange(min = 0, max = 1_000) int position) {
    KeyParameter k = new KeyParameter(key);
    byte[] sealed = sealed(new GcmCiphers(false), k, iv, plaintext);
    sealed[OFFSET + position % (sealed.length - OFFSET)] ^= 1;
    assertThrows(SecretException.class, () -> JDK.open(k, iv, sealed, OFFSET, "tampered"));
    assertThrows(
        SecretException.class, () -> BOUNCY_CASTLE.open(k, iv, sealed, OFFSET, "tampered"));
  }

  private static byte[] sealed(GcmCiphers gcm, KeyParameter key, byte[] iv, byte[] plaintext) {
    byte[] out = new byte[OFFSET + plaintext.length + SecretCipher.TAG_BYTES];
    gcm.seal(key, iv, Arrays.copyOf(plaintext, plaintext.length), out, OFFSET);
    return out;
  }
}
