package io.s3db.internal.crypto;

import io.s3db.internal.format.Surrogates;
import io.s3db.internal.format.Utf8;
import java.security.GeneralSecurityException;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.jspecify.annotations.Nullable;

/**
 * s3db.js's key derivation for one passphrase: PBKDF2-HMAC-SHA256 over the UTF-8 passphrase, {@link
 * SecretCipher#ITERATIONS} iterations, {@link SecretCipher#KEY_BYTES} bytes. Thread-safe.
 */
final class Pbkdf2 {
  private final byte[] passphrase;

  /**
   * The passphrase for the JDK's PBKDF2, which encodes chars as UTF-8; null if that would differ
   * from ours.
   */
  private final char @Nullable [] jdkPassphrase;

  Pbkdf2(String passphrase) {
    this.passphrase = Utf8.encode(passphrase);
    this.jdkPassphrase = Surrogates.isWellFormed(passphrase) ? passphrase.toCharArray() : null;
  }

  /**
   * PBKDF2 through the JDK when it has it: its SHA-256 uses the CPU's SHA instructions and runs 3×
   * faster than BouncyCastle's here (22 ms against 66 ms per key, bench/results), which is what a
   * cold read of s3db.js-written secrets pays per value. BouncyCastle remains the fallback, e.g. in
   * a native image built without the JDK's crypto provider.
   */
  KeyParameter derive(byte[] salt) {
    if (jdkPassphrase != null) {
      try {
        SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        PBEKeySpec spec =
            new PBEKeySpec(
                jdkPassphrase, salt, SecretCipher.ITERATIONS, SecretCipher.KEY_BYTES * 8);
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
    pbkdf2.init(passphrase, salt, SecretCipher.ITERATIONS);
    return (KeyParameter) pbkdf2.generateDerivedParameters(SecretCipher.KEY_BYTES * 8);
  }
}
