package io.s3db.internal.format;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 exactly as Node sees it ({@code Buffer}, {@code TextEncoder}/{@code TextDecoder}), so that
 * encrypted and base64-encoded bytes match s3db.js's: Java's own codec writes {@code ?} for a lone
 * surrogate where Node writes U+FFFD, and groups some invalid sequences into a different number of
 * U+FFFD on decoding.
 */
public final class Utf8 {
  private Utf8() {}

  /** {@code new TextEncoder().encode(s)}: a lone surrogate becomes U+FFFD (EF BF BD). */
  public static byte[] encode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      int cp = s.charAt(i);
      if (Character.isHighSurrogate((char) cp)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        cp = Character.toCodePoint((char) cp, s.charAt(++i));
      } else if (Character.isSurrogate((char) cp)) {
        cp = 0xFFFD;
      }
      if (cp < 0x80) {
        out.write(cp);
      } else if (cp < 0x800) {
        out.write(0xC0 | (cp >> 6));
        out.write(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        out.write(0xE0 | (cp >> 12));
        out.write(0x80 | ((cp >> 6) & 0x3F));
        out.write(0x80 | (cp & 0x3F));
      } else {
        out.write(0xF0 | (cp >> 18));
        out.write(0x80 | ((cp >> 12) & 0x3F));
        out.write(0x80 | ((cp >> 6) & 0x3F));
        out.write(0x80 | (cp & 0x3F));
      }
    }
    return out.toByteArray();
  }

  /**
   * {@code new TextDecoder().decode(bytes)} (WHATWG, replacement mode): each maximal invalid
   * subsequence becomes one U+FFFD. One deliberate difference: {@code TextDecoder} drops a leading
   * byte-order mark, which would make a Java round trip of a value starting with U+FEFF lossy; we
   * keep it.
   */
  public static String decode(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length);
    int needed = 0;
    int seen = 0;
    int cp = 0;
    int lower = 0x80;
    int upper = 0xBF;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (needed == 0) {
        if (b < 0x80) {
          sb.append((char) b);
        } else if (b >= 0xC2 && b <= 0xDF) {
          needed = 1;
          cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
          lower = b == 0xE0 ? 0xA0 : 0x80;
          upper = b == 0xED ? 0x9F : 0xBF;
          needed = 2;
          cp = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
          lower = b == 0xF0 ? 0x90 : 0x80;
          upper = b == 0xF4 ? 0x8F : 0xBF;
          needed = 3;
          cp = b & 0x07;
        } else {
          sb.append('\uFFFD');
        }
        continue;
      }
      if (b < lower || b > upper) {
        needed = 0;
        seen = 0;
        lower = 0x80;
        upper = 0xBF;
        sb.append('\uFFFD');
        i--; // reprocess this byte as a lead byte
        continue;
      }
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (b & 0x3F);
      if (++seen == needed) {
        sb.appendCodePoint(cp);
        needed = 0;
        seen = 0;
      }
    }
    if (needed != 0) {
      sb.append('\uFFFD');
    }
    return sb.toString();
  }
}
