package io.s3db.internal.format;

/**
 * s3db.js's base85 ({@code concerns/text-compression.js}), the alphabet of the {@code z85:} form.
 */
final class Base85 {
  private Base85() {}

  private static final String ALPHABET =
      "!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~";
  private static final int[] VALUE =
      new int[128]; // 0 for characters outside the alphabet, as in JS

  static {
    for (int i = 0; i < ALPHABET.length(); i++) {
      VALUE[ALPHABET.charAt(i)] = i;
    }
  }

  /**
   * s3db.js {@code decodeBase85} ({@code concerns/text-compression.js}), including its leniency: a
   * character outside the alphabet counts as 0, one above U+007F turns its whole 5-character group
   * into zero bytes (JS NaN arithmetic), a final group of r characters is padded with {@code ~} and
   * gives r-1 bytes.
   */
  static byte[] decode(String s) {
    int len = s.length();
    int fullGroups = len / 5;
    int remainder = len % 5;
    byte[] out = new byte[fullGroups * 4 + (remainder > 0 ? remainder - 1 : 0)];
    int ri = 0;
    for (int i = 0; i < fullGroups * 5; i += 5) {
      long val = 0;
      boolean nan = false;
      for (int j = 0; j < 5; j++) {
        char c = s.charAt(i + j);
        nan |= c >= 128;
        val = val * 85 + (c < 128 ? VALUE[c] : 0);
      }
      long u = nan ? 0 : val & 0xFFFFFFFFL;
      out[ri++] = (byte) (u >>> 24);
      out[ri++] = (byte) (u >>> 16);
      out[ri++] = (byte) (u >>> 8);
      out[ri++] = (byte) u;
    }
    if (remainder > 0) {
      long val = 0;
      boolean nan = false;
      for (int i = 0; i < remainder; i++) {
        char c = s.charAt(fullGroups * 5 + i);
        nan |= c >= 128;
        val = val * 85 + (c < 128 ? VALUE[c] : 0);
      }
      for (int i = 0; i < 5 - remainder; i++) {
        val = val * 85 + 84;
      }
      long u = nan ? 0 : val & 0xFFFFFFFFL;
      for (int i = 0; i < remainder - 1; i++) {
        out[ri++] = (byte) (u >>> (24 - i * 8));
      }
    }
    return out;
  }
}
