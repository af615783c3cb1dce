package io.s3db.internal.format;

import org.jspecify.annotations.Nullable;

/**
 * JavaScript's {@code encodeURIComponent} and {@code decodeURIComponent}, for the {@code u:} form
 * of {@link ClientEncoding}. Not {@link java.net.URLEncoder}/{@link java.net.URLDecoder}: those use
 * {@code +} for a space, escape {@code ! ~ ' ( )}, and accept or replace what JS rejects.
 */
final class UriComponents {
  private UriComponents() {}

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * JS {@code encodeURIComponent}: {@code A-Z a-z 0-9 - _ . ! ~ * ' ( )} stay, everything else is
   * UTF-8 percent-encoded with upper-case hex (never {@code +}); null where JS throws (a lone
   * surrogate).
   */
  static @Nullable String encode(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isUnreserved(c)) {
        sb.append(c);
        continue;
      }
      int cp = c;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return null;
        }
        cp = Character.toCodePoint(c, s.charAt(++i));
      } else if (Character.isLowSurrogate(c)) {
        return null;
      }
      if (cp < 0x80) {
        percent(sb, cp);
      } else if (cp < 0x800) {
        percent(sb, 0xC0 | (cp >> 6));
        percent(sb, 0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        percent(sb, 0xE0 | (cp >> 12));
        percent(sb, 0x80 | ((cp >> 6) & 0x3F));
        percent(sb, 0x80 | (cp & 0x3F));
      } else {
        percent(sb, 0xF0 | (cp >> 18));
        percent(sb, 0x80 | ((cp >> 12) & 0x3F));
        percent(sb, 0x80 | ((cp >> 6) & 0x3F));
        percent(sb, 0x80 | (cp & 0x3F));
      }
    }
    return sb.toString();
  }

  private static void percent(StringBuilder sb, int b) {
    sb.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '!'
        || c == '~'
        || c == '*'
        || c == '\''
        || c == '('
        || c == ')';
  }

  /**
   * JS {@code decodeURIComponent} (ECMA-262 Decode with an empty reserved set); null where JS
   * throws URIError: a {@code %} not followed by two hex digits, or escapes that are not
   * well-formed UTF-8 (overlong forms, surrogates, above U+10FFFF, wrong continuation bytes).
   */
  static @Nullable String decode(String s) {
    int length = s.length();
    if (s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(length);
    for (int k = 0; k < length; k++) {
      char c = s.charAt(k);
      if (c != '%') {
        sb.append(c);
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
        sb.append((char) b);
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
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  private static int hexByte(String s, int at) {
    int hi = Character.digit(s.charAt(at), 16);
    int lo = Character.digit(s.charAt(at + 1), 16);
    if (hi < 0 || lo < 0 || s.charAt(at) > 0x7F || s.charAt(at + 1) > 0x7F) {
      return -1;
    }
    return (hi << 4) | lo;
  }
}
