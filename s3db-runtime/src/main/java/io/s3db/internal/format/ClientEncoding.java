package io.s3db.internal.format;

import java.util.Base64;
import java.util.Objects;
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

  // Each form's machinery lives beside this class: EncodingDictionary (d:), UriComponents (u:),
  // NodeBase64 (b:, z:), Base85 (z85:), RawInflate (z:, z85:).

  /**
   * The header value s3db.js 21.x stores for {@code value} (with the deviations listed in the class
   * comment). The result is always printable ASCII (0x20–0x7E) without leading or trailing spaces.
   */
  public static String encode(String value) {
    int length = value.length();
    if ((length == 4 && value.equals("null")) || (length == 9 && value.equals("undefined"))) {
      return "b:" + base64(value); // deviation (b)
    }
    if (value.startsWith("d:")
        || value.startsWith("u:")
        || value.startsWith("b:")
        || value.startsWith("z:")
        || value.startsWith("z85:")) {
      return "b:" + base64(value);
    }
    String dictionary = EncodingDictionary.encode(value);
    if (dictionary != null) {
      return dictionary;
    }
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
        // deviation (a); no surrogates in printable ASCII
        return Objects.requireNonNull(UriComponents.encode(value, "u:"));
      }
      return value;
    }
    boolean useBase64 =
        multibyte > 0 ? (double) multibyte / length > 0.3 : (double) latin1 / length > 0.5;
    if (!useBase64) {
      String url = UriComponents.encode(value, "u:");
      if (url != null) {
        return url;
      }
      // deviation (f): lone surrogate, encodeURIComponent would throw
    }
    return "b:" + base64(value);
  }

  private static String base64(String s) {
    return Base64.getEncoder().encodeToString(Utf8.encode(s));
  }

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
      return EncodingDictionary.decode(stored);
    }
    if (stored.startsWith("z85:")) {
      if (stored.length() <= 4) {
        return stored;
      }
      String text = RawInflate.toText(Base85.decode(stored.substring(4)));
      return text != null ? text : stored;
    }
    if (stored.startsWith("z:")) {
      if (stored.length() <= 2) {
        return stored;
      }
      String text = RawInflate.toText(NodeBase64.decode(stored.substring(2)));
      return text != null ? text : stored;
    }
    if (stored.length() > 2 && stored.charAt(1) == ':') {
      if (stored.charAt(0) == 'u') {
        String text = UriComponents.decode(stored, 2);
        return text != null ? text : stored;
      }
      if (stored.charAt(0) == 'b') {
        return Utf8.decode(NodeBase64.decode(stored.substring(2)));
      }
    }
    return stored;
  }
}
