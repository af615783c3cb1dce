package io.s3db.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordsTest {
  @Test
  void alphabetIsS3dbJsPasswordAlphabet() {
    // s3db.js 21.6.2 dist/concerns/id.js PASSWORD_ALPHABET
    assertEquals("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", Passwords.ALPHABET);
    assertEquals(57, Passwords.ALPHABET.length());
    assertEquals(57, Passwords.ALPHABET.chars().distinct().count());
    for (char lookAlike : "0O1lI".toCharArray()) {
      assertEquals(-1, Passwords.ALPHABET.indexOf(lookAlike), String.valueOf(lookAlike));
    }
  }

  @Test
  void generatesTwelveAlphabetCharacters() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String password = Passwords.generate();
      assertEquals(12, password.length());
      for (char c : password.toCharArray()) {
        assertTrue(Passwords.ALPHABET.indexOf(c) >= 0, password);
      }
      assertTrue(seen.add(password), "duplicate " + password);
    }
  }

  @Test
  void otherLengths() {
    assertEquals("", Passwords.generate(0));
    assertEquals(16, Passwords.generate(16).length());
    assertEquals(100, Passwords.generate(100).length());
    assertNotEquals(Passwords.generate(), Passwords.generate());
    assertThrows(IllegalArgumentException.class, () -> Passwords.generate(-1));
  }

  /**
   * Every character appears and the counts are plausible for a uniform draw: chi-square over 57
   * cells (56 degrees of freedom, mean 56, sd 10.6); 140 is about eight sd out, so this never fails
   * by chance but does catch a {@code byte % 57} bias toward the first 28 characters (about 700 at
   * this sample size).
   */
  @Test
  void charactersAreUniform() {
    int n = Passwords.ALPHABET.length();
    int perCell = 1000;
    long[] counts = new long[n];
    for (int i = 0; i < perCell * n / 12; i++) {
      for (char c : Passwords.generate().toCharArray()) {
        counts[Passwords.ALPHABET.indexOf(c)]++;
      }
    }
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    double expected = (double) total / n;
    double chiSquare = 0;
    for (int i = 0; i < n; i++) {
      assertFalse(counts[i] == 0, "never drew " + Passwords.ALPHABET.charAt(i));
      chiSquare += (counts[i] - expected) * (counts[i] - expected) / expected;
    }
    assertTrue(chiSquare < 140, "chi-square " + chiSquare);
  }
}
