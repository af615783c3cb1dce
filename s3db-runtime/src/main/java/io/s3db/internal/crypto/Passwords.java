package io.s3db.internal.crypto;

import java.security.SecureRandom;

/**
 * Random passwords for {@code @Secret} fields left null: 12 characters, as the product description
 * (s3db.js's README) promises, from s3db.js 21.6.2's {@code passwordGenerator} alphabet ({@code
 * dist/concerns/id.js}): 57 characters without the look-alikes {@code 0 O 1 l I}, about 70 bits.
 * Each character is drawn uniformly ({@link SecureRandom#nextInt(int)} rejects the biased tail, as
 * nanoid's mask-and-retry does).
 *
 * <p>s3db.js 21.6.2 exports this generator but does not call it for absent {@code secret} fields (a
 * required one fails validation; an absent optional one is stored as an encryption of the text
 * {@code "undefined"}); older s3db.js READMEs promised 12-character auto-generated passwords.
 */
public final class Passwords {
  private Passwords() {}

  /** s3db.js's {@code PASSWORD_ALPHABET}, in its order: A–Z without I and O, a–z without l, 2–9. */
  public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  /** The README's length; s3db.js 21.6.2's {@code passwordGenerator()} defaults to 16. */
  public static final int DEFAULT_LENGTH = 12;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new {@value #DEFAULT_LENGTH}-character password. */
  public static String generate() {
    return generate(DEFAULT_LENGTH);
  }

  /**
   * A new password of {@code length} characters, as s3db.js's {@code passwordGenerator(length)}.
   */
  public static String generate(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("length must be >= 0, got " + length);
    }
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(out);
  }
}
