package io.s3db.internal.format;

import java.util.Arrays;

/**
 * Node's lenient {@code Buffer.from(s, 'base64')}, which s3db.js uses to read {@code b:} and {@code
 * z:} values; {@link java.util.Base64} rejects much of what Node accepts, so it cannot stand in.
 */
final class NodeBase64 {
  private NodeBase64() {}

  private static final int[] VALUE = new int[128];

  static {
    Arrays.fill(VALUE, -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; i++) {
      VALUE[alphabet.charAt(i)] = i;
    }
    VALUE['-'] = 62;
    VALUE['_'] = 63;
  }

  /**
   * Node's {@code Buffer.from(s, 'base64')}: never fails. Standard and URL-safe alphabets;
   * characters outside them are skipped; decoding stops at the first {@code =}; a trailing partial
   * byte is dropped; at most {@code (length minus up to two trailing '=') * 3 / 4} bytes.
   */
  static byte[] decode(String s) {
    int len = s.length();
    if (len > 0 && s.charAt(len - 1) == '=') {
      len--;
      if (len > 1 && s.charAt(len - 1) == '=') {
        len--;
      }
    }
    int max = (int) (((long) len * 3) >>> 2);
    byte[] out = new byte[max];
    int n = 0;
    int acc = 0;
    int bits = 0;
    for (int i = 0; i < s.length() && n < max; i++) {
      char c = s.charAt(i);
      if (c == '=') {
        break;
      }
      int v = c < 128 ? VALUE[c] : -1;
      if (v < 0) {
        continue;
      }
      acc = (acc << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[n++] = (byte) (acc >> bits);
        acc &= (1 << bits) - 1;
      }
    }
    return n == max ? out : Arrays.copyOf(out, n);
  }
}
