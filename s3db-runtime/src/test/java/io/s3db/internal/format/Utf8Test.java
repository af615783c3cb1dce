package io.s3db.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Expected values printed by Node 20's TextEncoder/TextDecoder, which s3db.js's crypto uses. */
class Utf8Test {
  @Test
  void loneSurrogatesEncodeAsReplacementCharacter() {
    // Buffer.from(new TextEncoder().encode('a\uD800b\uDC00')).toString('hex')
    assertEquals("61efbfbd62efbfbd", HexFormat.of().formatHex(Utf8.encode("a\uD800b\uDC00")));
  }

  @Test
  void invalidSequencesDecodeLikeTextDecoder() {
    // new TextDecoder().decode(Uint8Array.of(0x61,0xED,0xB8,0x62,0xF0,0x9F,0x98,0xC3,0xE2,0x82))
    byte[] bytes = HexFormat.of().parseHex("61edb862f09f98c3e282");
    assertEquals("a\uFFFD\uFFFDb\uFFFD\uFFFD\uFFFD", Utf8.decode(bytes));
  }

  @Test
  void keepsALeadingByteOrderMark() {
    // TextDecoder would drop it; a Java round trip must not (a documented, deliberate difference)
    assertEquals("\uFEFFa", Utf8.decode(HexFormat.of().parseHex("efbbbf61")));
  }
}
