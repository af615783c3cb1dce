package io.s3db.internal.format;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * s3db.js 21.x's client-level value encoding, {@code metadataEncode} / {@code metadataDecode}
 * ({@code dist/concerns/metadata-encoding.js}; FORMAT.md §4.3, vectors in §13.3). Every
 * user-metadata value goes through it on PUT/COPY and back on GET/HEAD: printable ASCII stays as
 * is, dictionary words and URL prefixes become {@code d:} codes, other text becomes {@code u:} +
 * {@code encodeURIComponent} or {@code b:} + base64 of the UTF-8 bytes, and values that already
 * look encoded are force-escaped with {@code b:}.
 *
 * <p>{@link #encode} equals s3db.js byte for byte except where s3db.js would send something that
 * does not come back as the same string (each case checked against s3db.js 21.6.2; the stored
 * values below all decode correctly in s3db.js):
 *
 * <ol type="a">
 *   <li>Leading or trailing spaces: s3db.js sends them raw and HTTP strips them (s3db.js trims
 *       strings itself, so it never meets them). We send {@code u:} + encodeURIComponent. (A tab is
 *       not printable ASCII, so s3db.js's own rules already escape it.)
 *   <li>The strings {@code "null"} and {@code "undefined"}: s3db.js sends them raw and decodes them
 *       to null/undefined. We send {@code b:} + base64. (s3db.js's metadataDecode then yields the
 *       string; its record unmapper may still turn it into null, FORMAT.md §12 item 11 — Java
 *       readers keep it.)
 *   <li>A URL-prefix code whose remainder is not printable ASCII or ends in a space ({@code
 *       https://日本} → {@code d:@h日本}): Node cannot send or keep that header. We use the {@code
 *       u:}/{@code b:} rule.
 *   <li>Names of {@code Object.prototype} members ({@code constructor}, {@code toString}, {@code
 *       __proto__} …): s3db.js's table lookups hit the prototype and store {@code d:function
 *       Object() { [native code] }} or no value at all. We send them raw, like any printable ASCII;
 *       {@link #decode} also repairs the {@code d:function …} garbage s3db.js wrote.
 *   <li>{@code font/woff2}: its code {@code f} is also the code of {@code failed}, which wins on
 *       decode, so s3db.js reads it back as "failed". We send it raw.
 *   <li>Lone UTF-16 surrogates (cannot occur in valid text): s3db.js's encodeURIComponent throws,
 *       its base64 path substitutes U+FFFD. We always take the base64 path, so they are stored as
 *       U+FFFD (lossy, as the UTF-8 metadata cannot hold them).
 * </ol>
 *
 * <p>{@link #decode} follows s3db.js exactly, including its leniency: Node's base64 decoder skips
 * invalid characters and accepts the URL-safe alphabet, invalid UTF-8 becomes U+FFFD, and a
 * malformed {@code u:} or {@code z:} value is returned raw. {@code z:} (base64 of raw DEFLATE) and
 * {@code z85:} (s3db.js's base85 variant of the same) are the compressed {@code text} type.
 */
public final class ClientEncoding {
  private ClientEncoding() {}

  private static final Map<String, String> CONTENT_TYPES = new LinkedHashMap<>();
  private static final Map<String, String> STATUS_WORDS = new LinkedHashMap<>();
  private static final Map<String, String> URL_PREFIXES = new LinkedHashMap<>();
  private static final Map<String, String> EXACT = new HashMap<>();
  private static final Map<String, String> EXACT_REVERSE = new HashMap<>();
  private static final Map<String, String> PREFIX_REVERSE = new HashMap<>();
  private static final String[] PREFIXES_LONGEST_FIRST;
  private static final Map<String, String> PROTOTYPE_GARBAGE = new HashMap<>();

  static {
    String[] contentTypes = {
      "application/json",
      "j",
      "application/xml",
      "X",
      "application/ld+json",
      "J",
      "text/html",
      "H",
      "text/plain",
      "T",
      "text/css",
      "C",
      "text/javascript",
      "V",
      "text/csv",
      "v",
      "image/png",
      "P",
      "image/jpeg",
      "I",
      "image/gif",
      "G",
      "image/svg+xml",
      "S",
      "image/webp",
      "W",
      "application/pdf",
      "Q",
      "application/zip",
      "z",
      "application/octet-stream",
      "o",
      "application/x-www-form-urlencoded",
      "u",
      "multipart/form-data",
      "F",
      "font/woff",
      "w",
      "font/woff2",
      "f",
    };
    String[] statusWords = {
      "processing", "p", "completed", "c", "succeeded", "s", "failed", "f", "cancelled", "x",
          "timeout", "t",
      "retrying", "r", "authorized", "a", "captured", "K", "refunded", "R", "declined", "d",
          "shipped", "h",
      "delivered", "D", "returned", "e", "in_transit", "i", "initialized", "n", "terminated", "m",
    };
    String[] urlPrefixes = {
      "/api/v1/",
      "@1",
      "/api/v2/",
      "@2",
      "/api/v3/",
      "@3",
      "/api/",
      "@a",
      "https://api.example.com/",
      "@A",
      "https://api.",
      "@H",
      "https://www.",
      "@W",
      "https://",
      "@h",
      "http://",
      "@t",
      "https://s3.amazonaws.com/",
      "@s",
      "https://s3-",
      "@S",
      "http://localhost:",
      "@L",
      "http://localhost",
      "@l",
      "/v1/",
      "@v",
      "/users/",
      "@u",
      "/products/",
      "@p",
    };
    for (int i = 0; i < contentTypes.length; i += 2) {
      CONTENT_TYPES.put(contentTypes[i], contentTypes[i + 1]);
    }
    for (int i = 0; i < statusWords.length; i += 2) {
      STATUS_WORDS.put(statusWords[i], statusWords[i + 1]);
    }
    for (int i = 0; i < urlPrefixes.length; i += 2) {
      URL_PREFIXES.put(urlPrefixes[i], urlPrefixes[i + 1]);
    }
    // s3db.js: COMBINED = {...CONTENT_TYPE, ...STATUS}; the reverse maps are spread in the same
    // order, so
    // for the shared code "f" the status word "failed" wins.
    EXACT.putAll(CONTENT_TYPES);
    EXACT.putAll(STATUS_WORDS);
    CONTENT_TYPES.forEach((word, code) -> EXACT_REVERSE.put(code, word));
    STATUS_WORDS.forEach((word, code) -> EXACT_REVERSE.put(code, word));
    URL_PREFIXES.forEach((prefix, code) -> PREFIX_REVERSE.put(code, prefix));
    // JS Array.prototype.sort is stable: equal lengths keep declaration order.
    PREFIXES_LONGEST_FIRST =
        URL_PREFIXES.keySet().stream()
            .sorted((a, b) -> b.length() - a.length())
            .toArray(String[]::new);
    PROTOTYPE_GARBAGE.put("d:function Object() { [native code] }", "constructor");
    for (String name :
        new String[] {
          "__defineGetter__", "__defineSetter__", "hasOwnProperty", "__lookupGetter__",
              "__lookupSetter__",
          "isPrototypeOf", "propertyIsEnumerable", "toString", "valueOf", "toLocaleString",
        }) {
      PROTOTYPE_GARBAGE.put("d:function " + name + "() { [native code] }", name);
    }
  }

  // ---------------------------------------------------------------- encode

  /**
   * The header value s3db.js 21.x stores for {@code value} (with the deviations listed in the class
   * comment). The result is always printable ASCII (0x20–0x7E) without leading or trailing spaces.
   */
  public static String encode(String value) {
    if (value.equals("null") || value.equals("undefined")) {
      return "b:" + base64(value); // deviation (b)
    }
    if (value.startsWith("d:")
        || value.startsWith("u:")
        || value.startsWith("b:")
        || value.startsWith("z:")
        || value.startsWith("z85:")) {
      return "b:" + base64(value);
    }
    String dictionary = dictionaryEncode(value);
    if (dictionary != null) {
      return dictionary;
    }
    int length = value.length();
    int latin1 = 0;
    int multibyte = 0;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c <= 0x7E) {
        continue;
      }
      if (c >= 0x80 && c <= 0xFF) {
        latin1++;
      } else {
        multibyte++; // controls, 0x7F and everything above 0xFF, counted per UTF-16 code unit
      }
    }
    if (latin1 == 0 && multibyte == 0) {
      if (length > 0 && (value.charAt(0) == ' ' || value.charAt(length - 1) == ' ')) {
        return "u:" + encodeURIComponent(value); // deviation (a); no surrogates in printable ASCII
      }
      return value;
    }
    boolean useBase64 =
        multibyte > 0 ? (double) multibyte / length > 0.3 : (double) latin1 / length > 0.5;
    if (!useBase64) {
      String url = encodeURIComponent(value);
      if (url != null) {
        return "u:" + url;
      }
      // deviation (f): lone surrogate, encodeURIComponent would throw
    }
    return "b:" + base64(value);
  }

  /**
   * s3db.js {@code dictionaryEncode} when it saves bytes, or null; minus deviations (c), (d), (e).
   */
  private static @Nullable String dictionaryEncode(String value) {
    if (value.isEmpty()) {
      return null;
    }
    String code = EXACT.get(value);
    if (code != null) {
      if (value.equals("font/woff2")) {
        return null; // deviation (e)
      }
      return value.length() > 2 + code.length() ? "d:" + code : null;
    }
    for (String prefix : PREFIXES_LONGEST_FIRST) {
      if (value.startsWith(prefix)) {
        String encoded = "d:" + URL_PREFIXES.get(prefix) + value.substring(prefix.length());
        if (encoded.length() >= value.length() || !isSafeHeaderText(encoded)) {
          return null; // no saving (s3db.js does not try a shorter prefix either), or deviation (c)
        }
        return encoded;
      }
    }
    return null;
  }

  private static boolean isSafeHeaderText(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return false;
      }
    }
    return s.isEmpty() || (s.charAt(0) != ' ' && s.charAt(s.length() - 1) != ' ');
  }

  private static String base64(String s) {
    return Base64.getEncoder().encodeToString(Utf8.encode(s));
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * JS {@code encodeURIComponent}: {@code A-Z a-z 0-9 - _ . ! ~ * ' ( )} stay, everything else is
   * UTF-8 percent-encoded with upper-case hex (never {@code +}); null where JS throws (a lone
   * surrogate).
   */
  static @Nullable String encodeURIComponent(String s) {
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

  // ---------------------------------------------------------------- decode

  /**
   * The value s3db.js 21.x reads from a stored header value: {@code null} for the sentinels {@code
   * null}/{@code undefined} (and for a null argument); {@code d:} dictionary codes (unknown codes
   * stay raw); {@code u:} percent-decoding (raw if malformed); {@code b:} base64 of UTF-8; {@code
   * z:} / {@code z85:} compressed text (raw if it does not inflate); anything else raw. A bare
   * {@code u:}, {@code b:}, {@code z:} or {@code z85:} stays raw.
   */
  public static @Nullable String decode(@Nullable String stored) {
    if (stored == null || stored.equals("null") || stored.equals("undefined")) {
      return null;
    }
    if (stored.startsWith("d:")) {
      String decoded = dictionaryDecode(stored);
      if (decoded != null) {
        return decoded;
      }
      String repaired = PROTOTYPE_GARBAGE.get(stored);
      return repaired != null ? repaired : stored;
    }
    if (stored.startsWith("z85:")) {
      if (stored.length() <= 4) {
        return stored;
      }
      String text = inflateToText(decodeBase85(stored.substring(4)));
      return text != null ? text : stored;
    }
    if (stored.startsWith("z:")) {
      if (stored.length() <= 2) {
        return stored;
      }
      String text = inflateToText(nodeBase64Decode(stored.substring(2)));
      return text != null ? text : stored;
    }
    if (stored.length() > 2 && stored.charAt(1) == ':') {
      if (stored.charAt(0) == 'u') {
        String text = decodeURIComponent(stored.substring(2));
        return text != null ? text : stored;
      }
      if (stored.charAt(0) == 'b') {
        return Utf8.decode(nodeBase64Decode(stored.substring(2)));
      }
    }
    return stored;
  }

  private static @Nullable String dictionaryDecode(String stored) {
    String payload = stored.substring(2);
    if (payload.isEmpty()) {
      return null;
    }
    if (payload.length() == 1) {
      String word = EXACT_REVERSE.get(payload);
      if (word != null) {
        return word;
      }
    }
    if (payload.startsWith("@")) {
      String prefix = PREFIX_REVERSE.get(payload.substring(0, Math.min(2, payload.length())));
      if (prefix != null) {
        return prefix + payload.substring(2);
      }
    }
    return null;
  }

  /**
   * JS {@code decodeURIComponent} (ECMA-262 Decode with an empty reserved set); null where JS
   * throws URIError: a {@code %} not followed by two hex digits, or escapes that are not
   * well-formed UTF-8 (overlong forms, surrogates, above U+10FFFF, wrong continuation bytes).
   */
  static @Nullable String decodeURIComponent(String s) {
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

  private static final int[] BASE64_VALUE = new int[128];

  static {
    java.util.Arrays.fill(BASE64_VALUE, -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; i++) {
      BASE64_VALUE[alphabet.charAt(i)] = i;
    }
    BASE64_VALUE['-'] = 62;
    BASE64_VALUE['_'] = 63;
  }

  /**
   * Node's {@code Buffer.from(s, 'base64')}: never fails. Standard and URL-safe alphabets;
   * characters outside them are skipped; decoding stops at the first {@code =}; a trailing partial
   * byte is dropped; at most {@code (length minus up to two trailing '=') * 3 / 4} bytes.
   */
  static byte[] nodeBase64Decode(String s) {
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
      int v = c < 128 ? BASE64_VALUE[c] : -1;
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
    return n == max ? out : java.util.Arrays.copyOf(out, n);
  }

  private static final String BASE85_ALPHABET =
      "!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~";
  private static final int[] BASE85_VALUE =
      new int[128]; // 0 for characters outside the alphabet, as in JS

  static {
    for (int i = 0; i < BASE85_ALPHABET.length(); i++) {
      BASE85_VALUE[BASE85_ALPHABET.charAt(i)] = i;
    }
  }

  /**
   * s3db.js {@code decodeBase85} ({@code concerns/text-compression.js}), including its leniency: a
   * character outside the alphabet counts as 0, one above U+007F turns its whole 5-character group
   * into zero bytes (JS NaN arithmetic), a final group of r characters is padded with {@code ~} and
   * gives r-1 bytes.
   */
  static byte[] decodeBase85(String s) {
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
        val = val * 85 + (c < 128 ? BASE85_VALUE[c] : 0);
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
        val = val * 85 + (c < 128 ? BASE85_VALUE[c] : 0);
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

  /** Node's {@code inflateRawSync(bytes).toString('utf-8')}, or null where it throws. */
  private static @Nullable String inflateToText(byte[] compressed) {
    Inflater inflater = new Inflater(true);
    try {
      // No "dummy byte" after the stream (old zlib advice in Inflater's Javadoc): after a truncated
      // stream it
      // can complete a final block, where Node reports "unexpected end of file".
      inflater.setInput(compressed);
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, compressed.length * 4));
      byte[] buf = new byte[4096];
      while (true) {
        int n = inflater.inflate(buf);
        out.write(buf, 0, n);
        if (inflater.finished()) {
          break;
        }
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return null; // truncated stream: Node throws "unexpected end of file"
        }
      }
      return Utf8.decode(out.toByteArray());
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }
}
