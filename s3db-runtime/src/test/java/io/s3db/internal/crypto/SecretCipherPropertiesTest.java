package io.s3db.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.internal.format.Utf8;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips of arbitrary Unicode text. Cheap despite PBKDF2: writes reuse the cipher's write salt
 * and reads hit its key cache, so the whole property costs about two derivations.
 */
class SecretCipherPropertiesTest {
  private static final SecretCipher CIPHER = new SecretCipher("my-fixed-passphrase");
  private static final SecretCipher OTHER_INSTANCE = new SecretCipher("my-fixed-passphrase");

  @Property(tries = 300)
  void roundTripsUnicode(@ForAll("text") String plaintext) {
    String stored = CIPHER.encrypt(plaintext);
    assertEquals(plaintext, CIPHER.decrypt(stored));
    assertEquals(plaintext, OTHER_INSTANCE.decrypt(stored));
    assertEquals(4 * ((44 + Utf8.encode(plaintext).length + 2) / 3), stored.length());
  }

  @Property(tries = 300)
  void utf8MatchesJavaForWellFormedText(@ForAll("text") String text) {
    byte[] bytes = Utf8.encode(text);
    assertEquals(text, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(text, Utf8.decode(bytes));
  }

  /** Well-formed text over all planes (no lone surrogates, which TextEncoder turns into U+FFFD). */
  @Provide
  Arbitrary<String> text() {
    Arbitrary<Integer> codePoint =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 0xD7FF)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)));
    return codePoint
        .list()
        .ofMaxSize(60)
        .map(
            cps -> {
              StringBuilder sb = new StringBuilder();
              cps.forEach(sb::appendCodePoint);
              return sb.toString();
            });
  }
}
