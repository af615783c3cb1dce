package io.s3db.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@code encodeURIComponent} and {@code decodeURIComponent} against the JDK's form encoder (which
 * differs from JS only in {@code +} for a space and in escaping {@code ! ~ ' ( )}), and round
 * trips.
 */
class UriComponentsPropertiesTest {

  @Property(tries = 3000)
  void encodesAsJavaScriptDoes(@ForAll String text) {
    Assume.that(Surrogates.isWellFormed(text));
    String jdk =
        URLEncoder.encode(text, StandardCharsets.UTF_8)
            .replace("+", "%20")
            .replace("%21", "!")
            .replace("%7E", "~")
            .replace("%27", "'")
            .replace("%28", "(")
            .replace("%29", ")");
    assertEquals(jdk, UriComponents.encode(text, ""));
    assertEquals("u:" + jdk, UriComponents.encode(text, "u:"));
  }

  @Property(tries = 3000)
  void decodingGivesTheTextBack(@ForAll String text) {
    Assume.that(Surrogates.isWellFormed(text));
    assertEquals(text, UriComponents.decode(UriComponents.encode(text, ""), 0));
    assertEquals(text, UriComponents.decode(UriComponents.encode(text, "u:"), 2));
  }

  @Property(tries = 500)
  void aLoneSurrogateCannotBeEncoded(@ForAll String before, @ForAll String after) {
    Assume.that(Surrogates.isWellFormed(before) && Surrogates.isWellFormed(after));
    assertNull(UriComponents.encode(before + '\uD800' + (after.isEmpty() ? "" : "x" + after), ""));
  }
}
