package io.s3db.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Metadata sizes as AWS counts them (UTF-8 bytes of keys and values), and {@link Layout#fits}'s
 * shortcut on character counts, for text of 1-, 2-, 3- and 4-byte characters around the limit.
 */
class LayoutSizeTest {

  @Property(tries = 2000)
  void fitsExactlyWhenTheUtf8BytesAreWithinTheLimit(@ForAll("metadata") Map<String, String> m) {
    int bytes = m.entrySet().stream().mapToInt(e -> utf8(e.getKey()) + utf8(e.getValue())).sum();
    assertEquals(bytes, Layout.size(m));
    assertEquals(bytes <= Layout.LIMIT, Layout.fits(m), () -> bytes + " bytes");
  }

  @Test
  void theBoundsOfTheShortcut() {
    assertTrue(Layout.fits(Map.of("k", "€".repeat(682)))); // 1 + 2 046 bytes, 683 chars
    assertFalse(Layout.fits(Map.of("k", "€".repeat(683)))); // 2 050 bytes
    assertTrue(Layout.fits(Map.of("k", "a".repeat(2047)))); // 2 048 bytes
    assertFalse(Layout.fits(Map.of("k", "a".repeat(2048))));
    assertTrue(Layout.fits(Map.of("k", "😀".repeat(400)))); // 801 chars, 1 601 bytes
    assertFalse(Layout.fits(Map.of("k", "😀".repeat(600)))); // 1 201 chars, 2 401 bytes
  }

  private static int utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  @Provide
  Arbitrary<Map<String, String>> metadata() {
    // each size class of UTF-8, so a record of a given length in characters spans 1× to 3× in bytes
    Arbitrary<String> text =
        Arbitraries.strings()
            .withChars('a', 'z')
            .withChars('à', 'ÿ')
            .withChars('€', '€')
            .withChars('一', '龥')
            .ofMaxLength(400)
            .map(s -> s.replace("一", "😀"));
    Arbitrary<List<String>> values = text.list().ofMinSize(1).ofMaxSize(12);
    return values.map(
        list -> {
          Map<String, String> m = new LinkedHashMap<>();
          for (int i = 0; i < list.size(); i++) {
            m.put(Integer.toString(i, 36), list.get(i));
          }
          return m;
        });
  }
}
