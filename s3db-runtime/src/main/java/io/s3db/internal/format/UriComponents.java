package io.s3db.internal.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code encodeURIComponent} and {@code decodeURIComponent}, for the {@code u:} form
 * of {@link ClientEncoding}. Not {@link java.net.URLEncoder}/{@link java.net.URLDecoder}: those use
 * {@code +} for a space, escape {@code ! ~ ' ( )}, and accept or replace what JS rejects.
 */
final class UriComponents {
  private UriComponents() {}

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  /** {@code A-Z a-z 0-9 - _ . ! ~ * ' ( )}, which encodeURIComponent keeps, by ASCII code. */
  private static final boolean[] UNRESERVED = new boolean[128];

  /** The value of an ASCII hex digit by code, -1 for any other character. */
  private static final byte[] HEX_VALUE = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      UNRESERVED[c] =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-_.!~*'()".indexOf(c) >= 0;
      HEX_VALUE[c] = (byte) Character.digit(c, 16);
    }
  }

  /**
   * JS {@code encodeURIComponent}: {@code A-Z a-z 0-9 - _ . ! ~ * ' ( )} stay, everything else is
   * UTF-8 percent-encoded with upper-case hex (never {@code +}); null where JS throws (a lone
   * surrogate). The result starts with {@code prefix} (ASCII; {@code u:} for the client encoding),
   * written into the same buffer.
   */
  static @Nullable String encode(String s, String prefix) {
    int length = s.length();
    // ASCII bytes grown as needed, not a StringBuilder: this runs for every non-ASCII value
    byte[] out = new byte[prefix.length() + length + (length >> 1) + 16];
    int o = 0;
    while (o < prefix.length()) {
      out[o] = (byte) prefix.charAt(o++);
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (out.length - o < 12) { // the most one code point takes: 4 escapes of 3
        out = Arrays.copyOf(out, out.length * 2);
      }
      if (c < 128 && UNRESERVED[c]) {
        out[o++] = (byte) c;
        continue;
      }
      int cp = c;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= length || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return null;
        }
        cp = Character.toCodePoint(c, s.charAt(++i));
      } else if (Character.isLowSurrogate(c)) {
        return null;
      }
      if (cp < 0x80) {
        o = percent(out, o, cp);
      } else if (cp < 0x800) {
        o = percent(out, o, 0xC0 | (cp >> 6));
        o = percent(out, o, 0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        o = percent(out, o, 0xE0 | (cp >> 12));
        o = percent(out, o, 0x80 | ((cp >> 6) & 0x3F));
        o = percent(out, o, 0x80 | (cp & 0x3F));
      } else {
        o = percent(out, o, 0xF0 | (cp >> 18));
        o = percent(out, o, 0x80 | ((cp >> 12) & 0x3F));
        o = percent(out, o, 0x80 | ((cp >> 6) & 0x3F));
        o = percent(out, o, 0x80 | (cp & 0x3F));
      }
    }
    return new String(out, 0, o, StandardCharsets.ISO_8859_1);
  }

  private static int percent(byte[] out, int o, int b) {
    out[o] = '%';
    out[o + 1] = HEX[b >> 4];
    out[o + 2] = HEX[b & 0xF];
    return o + 3;
  }

  /**
   * JS {@code decodeURIComponent} (ECMA-262 Decode with an empty reserved set); null where JS
   * throws URIError: a {@code %} not followed by two hex digits, or escapes that are not
   * well-formed UTF-8 (overlong forms, surrogates, above U+10FFFF, wrong continuation bytes).
   * Decodes {@code s} from index {@code from} on ({@code 2} past a {@code u:} prefix), without a
   * copy of that part.
   */
  static @Nullable String decode(String s, int from) {
    int length = s.length();
    if (s.indexOf('%', from) < 0) {
      return s.substring(from);
    }
    // decoding never lengthens: %XX is at least one UTF-16 unit
    char[] out = new char[length - from];
    int o = 0;
    for (int k = from; k < length; k++) {
      char c = s.charAt(k);
      if (c != '%') {
        out[o++] = c;
        continue;
      }
      if (k + 2 >= length) {
        return null;
      }
      int b = hexByte(s, k + 1);
      if (b < 0) {
        return null;
      }
      k += 2;
      if (b < 0x80) {
        out[o++] = (char) b;
        continue;
      }
      int n = Integer.numberOfLeadingZeros(~(b << 24));
      if (n == 1 || n > 4) {
        return null;
      }
      if (k + 3 * (n - 1) >= length) {
        return null;
      }
      int cp = b & (0xFF >> (n + 1));
      for (int j = 1; j < n; j++) {
        k++;
        if (s.charAt(k) != '%') {
          return null;
        }
        int cont = hexByte(s, k + 1);
        if (cont < 0 || (cont & 0xC0) != 0x80) {
          return null;
        }
        k += 2;
        cp = (cp << 6) | (cont & 0x3F);
      }
      int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return null;
      }
      o += Character.toChars(cp, out, o);
    }
    return new String(out, 0, o);
  }

  private static int hexByte(String s, int at) {
    char h = s.charAt(at);
    char l = s.charAt(at + 1);
    if (h >= 128 || l >= 128 || HEX_VALUE[h] < 0 || HEX_VALUE[l] < 0) {
      return -1;
    }
    return (HEX_VALUE[h] << 4) | HEX_VALUE[l];
  }
}
