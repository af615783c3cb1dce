package io.s3db.internal.format;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * s3db.js 21.x's {@code d:} dictionary of {@link ClientEncoding}: content types and status words
 * stored as one-letter codes, URL prefixes as {@code @} + one letter followed by the rest of the
 * value.
 */
final class EncodingDictionary {
  private EncodingDictionary() {}

  private static final Map<String, String> CONTENT_TYPES = new LinkedHashMap<>();
  private static final Map<String, String> STATUS_WORDS = new LinkedHashMap<>();
  private static final Map<String, String> URL_PREFIXES = new LinkedHashMap<>();
  private static final Map<String, String> EXACT = new HashMap<>();
  private static final Map<String, String> EXACT_REVERSE = new HashMap<>();
  private static final Map<String, String> PREFIX_REVERSE = new HashMap<>();
  private static final String[] PREFIXES_LONGEST_FIRST;

  /**
   * The first characters of the URL prefixes: a value starting with another has none of them, and
   * skips the scan of every prefix (most values: it is the costly part of encoding one).
   */
  private static final String PREFIX_FIRST_CHARS;

  /**
   * Bit n set when a word of {@link #EXACT} has n characters (all have fewer than 64), and the
   * words' first characters: most values pass neither, and skip hashing them for the lookup.
   */
  private static final long EXACT_LENGTHS;

  private static final boolean[] EXACT_FIRST_CHARS = new boolean[128];

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
    // order, so for the shared code "f" the status word "failed" wins.
    EXACT.putAll(CONTENT_TYPES);
    EXACT.putAll(STATUS_WORDS);
    long lengths = 0;
    for (String word : EXACT.keySet()) {
      lengths |= 1L << word.length();
      EXACT_FIRST_CHARS[word.charAt(0)] = true;
    }
    EXACT_LENGTHS = lengths;
    CONTENT_TYPES.forEach((word, code) -> EXACT_REVERSE.put(code, word));
    STATUS_WORDS.forEach((word, code) -> EXACT_REVERSE.put(code, word));
    URL_PREFIXES.forEach((prefix, code) -> PREFIX_REVERSE.put(code, prefix));
    // JS Array.prototype.sort is stable: equal lengths keep declaration order.
    PREFIXES_LONGEST_FIRST =
        URL_PREFIXES.keySet().stream()
            .sorted((a, b) -> b.length() - a.length())
            .toArray(String[]::new);
    StringBuilder firsts = new StringBuilder();
    for (String prefix : PREFIXES_LONGEST_FIRST) {
      if (firsts.indexOf(prefix.substring(0, 1)) < 0) {
        firsts.append(prefix.charAt(0));
      }
    }
    PREFIX_FIRST_CHARS = firsts.toString();
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

  /**
   * s3db.js {@code dictionaryEncode} when it saves bytes, or null; minus the deviations (c), (d),
   * (e) listed in {@link ClientEncoding}.
   */
  static @Nullable String encode(String value) {
    int length = value.length();
    if (length <= 3) {
      return null; // "d:" and a code of one or more characters: no shorter (most numbers land here)
    }
    char first = value.charAt(0);
    String code =
        length < 64
                && (EXACT_LENGTHS & (1L << length)) != 0
                && first < 128
                && EXACT_FIRST_CHARS[first]
            ? EXACT.get(value)
            : null;
    if (code != null) {
      if (value.equals("font/woff2")) {
        return null; // deviation (e)
      }
      return length > 2 + code.length() ? "d:" + code : null;
    }
    if (PREFIX_FIRST_CHARS.indexOf(first) < 0) {
      return null;
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

  /**
   * The value a stored {@code d:} value stands for: a word for a known one-letter code, prefix +
   * rest for a known {@code @} code, the member name for the {@code d:function …} garbage s3db.js
   * wrote for {@code Object.prototype} names (deviation (d)), otherwise {@code stored} itself.
   */
  static String decode(String stored) {
    String payload = stored.substring(2);
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
    String repaired = PROTOTYPE_GARBAGE.get(stored);
    return repaired != null ? repaired : stored;
  }
}
