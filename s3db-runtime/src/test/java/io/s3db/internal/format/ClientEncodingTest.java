package io.s3db.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientEncodingTest {

  /** The metadataEncode vectors recorded with s3db.js 21.6.2 (FORMAT.md §13.3). */
  @Test
  void metadataEncodeVectors() {
    JsonNode vectors = Vectors.v21().get("metadataEncode");
    assertTrue(vectors.size() >= 19);
    for (JsonNode v : vectors) {
      String in = v.get("in").asText();
      String stored = v.get("stored").asText();
      JsonNode back = v.get("decodedBack");
      if (in.equals("null")) {
        assertEquals("b:bnVsbA==", ClientEncoding.encode(in), "deviation (b)");
      } else {
        assertEquals(stored, ClientEncoding.encode(in), in);
      }
      assertEquals(back.isNull() ? null : back.asText(), ClientEncoding.decode(stored), stored);
    }
  }

  @Test
  void metadataEncodeSpecialVectors() {
    JsonNode vectors = Vectors.v21().get("metadataEncodeSpecial");
    assertEquals(4, vectors.size());
    assertEquals("null", vectors.get(0).get("stored").asText());
    assertEquals("undefined", vectors.get(1).get("stored").asText());
    assertNull(ClientEncoding.decode("null"));
    assertNull(ClientEncoding.decode("undefined"));
    assertNull(ClientEncoding.decode(null));
    assertEquals("42", ClientEncoding.encode("42"));
    assertEquals("true", ClientEncoding.encode("true"));
  }

  /** FORMAT.md §13.3 "metadataEncode". */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "São Paulo|u:S%C3%A3o%20Paulo",
        "ççççãã|b:w6fDp8Onw6fDo8Oj",
        "price €5|u:price%20%E2%82%AC5",
        "hi 😀|b:aGkg8J+YgA==",
        "日本語|b:5pel5pys6Kqe",
        "u:abc|b:dTphYmM=",
        "completed|d:c",
        "application/json|d:j",
        "https://example.com/x|d:@hexample.com/x",
        "http://localhost:8080/a|d:@L8080/a",
        "/api/v1/users|d:@1users",
        "Cy 日本|b:Q3kg5pel5pys",
        "Olá, mundo! ção €|u:Ol%C3%A1%2C%20mundo!%20%C3%A7%C3%A3o%20%E2%82%AC",
      })
  void formatExamples(String value, String stored) {
    assertEquals(stored, ClientEncoding.encode(value));
    assertEquals(value, ClientEncoding.decode(stored));
  }

  @Test
  void newlineExample() {
    assertEquals("b:YQpi", ClientEncoding.encode("a\nb"));
    assertEquals("a\nb", ClientEncoding.decode("b:YQpi"));
  }

  /**
   * Every metadata value of the objects s3db.js 21.6.2 wrote reads back as the input record's
   * value.
   */
  @Test
  void storedObjectsDecode() {
    JsonNode v = Vectors.v21();
    JsonNode user1 = v.get("s3").get("objectsAfterInsert").get(0).get("metadata");
    assertEquals("Olá, mundo! ção €", ClientEncoding.decode(user1.get("9").asText()));
    assertEquals("São Paulo", ClientEncoding.decode(user1.get("a").asText()));
    JsonNode user3 = v.get("s3").get("objectsAfterInsert").get(2).get("metadata");
    assertEquals("Cy 日本", ClientEncoding.decode(user3.get("0").asText()));
    assertEquals("hi 😀", ClientEncoding.decode(user3.get("9").asText()));
    JsonNode updated = v.get("s3").get("updateUser2").get("objectsAfter").get(1).get("metadata");
    assertEquals(
        "application/octet-stream", ClientEncoding.decode(updated.get("_mimetype").asText()));
  }

  /**
   * Thousands of strings run through s3db.js's own metadataEncode / metadataDecode
   * (src/test/resources/js/client-encoding-vectors.mjs). Identical except for the documented
   * deviations, which are checked for what they promise instead.
   */
  @Test
  void matchesS3dbJsMetadataEncoding() {
    JsonNode vectors = Vectors.json("client-encoding-vectors.json");
    StringBuilder failures = new StringBuilder();
    int same = 0;
    int deviations = 0;
    for (JsonNode pair : vectors.get("encode")) {
      String in = pair.get(0).asText();
      String js = pair.get(1).isNull() ? null : pair.get(1).asText();
      String ours = ClientEncoding.encode(in);
      String deviation = deviation(in, js);
      if (deviation == null) {
        same++;
        if (!ours.equals(js)) {
          failures
              .append(quote(in))
              .append(": s3db.js ")
              .append(quote(js))
              .append(" ours ")
              .append(quote(ours))
              .append('\n');
        }
      } else {
        deviations++;
        if (!isSafeHeader(ours) || !in.equals(ClientEncoding.decode(ours))) {
          failures
              .append(deviation)
              .append(' ')
              .append(quote(in))
              .append(": ours ")
              .append(quote(ours))
              .append('\n');
        }
      }
    }
    for (JsonNode pair : vectors.get("encodeThrows")) {
      String in = pair.get(0).asText();
      String expected =
          "b:" + pair.get(1).asText(); // base64 of Node's UTF-8 (U+FFFD for lone surrogates)
      if (!expected.equals(ClientEncoding.encode(in))) {
        failures
            .append("lone surrogate ")
            .append(quote(in))
            .append(": ")
            .append(ClientEncoding.encode(in))
            .append('\n');
      }
    }
    int decoded = 0;
    for (JsonNode pair : vectors.get("decode")) {
      String stored = pair.get(0).asText();
      String js = pair.get(1).isNull() ? null : pair.get(1).asText();
      String ours = ClientEncoding.decode(stored);
      if (stored.startsWith("d:function ")) {
        continue; // deviation (d): we repair what s3db.js wrote for Object.prototype names
      }
      decoded++;
      if (js == null ? ours != null : !js.equals(ours)) {
        failures
            .append("decode ")
            .append(quote(stored))
            .append(": s3db.js ")
            .append(quote(js))
            .append(" ours ")
            .append(quote(ours))
            .append('\n');
      }
    }
    assertEquals("", failures.length() > 6000 ? failures.substring(0, 6000) : failures.toString());
    assertTrue(same > 3000, "identical " + same);
    assertTrue(deviations > 20 && deviations < 200, "deviations " + deviations);
    assertTrue(decoded > 2000, "decoded " + decoded);
  }

  /** Which documented deviation applies to s3db.js's output for {@code in}, or null. */
  private static String deviation(String in, String js) {
    if (in.equals("null") || in.equals("undefined")) {
      return "(b)";
    }
    if (js == null || js.startsWith("d:function ")) {
      return "(d)";
    }
    if (in.equals("font/woff2")) {
      return "(e)";
    }
    if (!isSafeHeader(js)) {
      return js.startsWith("d:") ? "(c)" : "(a)";
    }
    return null;
  }

  private static boolean isSafeHeader(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 0x20 || s.charAt(i) > 0x7E) {
        return false;
      }
    }
    return s.isEmpty() || (s.charAt(0) != ' ' && s.charAt(s.length() - 1) != ' ');
  }

  private static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder("\"");
    s.chars()
        .forEach(
            c ->
                sb.append(
                    c >= 0x20 && c < 0x7F
                        ? String.valueOf((char) c)
                        : String.format("\\u%04x", c)));
    return sb.append('"').toString();
  }

  @Test
  void deviationSurroundingSpaces() {
    assertEquals("u:%20x", ClientEncoding.encode(" x"));
    assertEquals("u:x%20", ClientEncoding.encode("x "));
    assertEquals("u:%20%20padded%20%20", ClientEncoding.encode("  padded  "));
    assertEquals("u:%20", ClientEncoding.encode(" "));
    assertEquals("  padded  ", ClientEncoding.decode("u:%20%20padded%20%20"));
    assertEquals("u:%20completed", ClientEncoding.encode(" completed"));
    assertEquals("u:https%3A%2F%2Fx%20", ClientEncoding.encode("https://x "));
    assertEquals("u:%09abcd", ClientEncoding.encode("\tabcd"), "tabs follow s3db.js's own rules");
    assertEquals("b:CWFi", ClientEncoding.encode("\tab"));
  }

  @Test
  void deviationNullAndUndefinedStrings() {
    assertEquals("b:bnVsbA==", ClientEncoding.encode("null"));
    assertEquals("b:dW5kZWZpbmVk", ClientEncoding.encode("undefined"));
    assertEquals("null", ClientEncoding.decode("b:bnVsbA=="));
    assertEquals("undefined", ClientEncoding.decode("b:dW5kZWZpbmVk"));
    assertEquals("Null", ClientEncoding.encode("Null"));
  }

  @Test
  void deviationUnsafeDictionaryRemainder() {
    assertEquals("u:https%3A%2F%2F%E6%97%A5%E6%9C%AC", ClientEncoding.encode("https://日本"));
    assertEquals("b:L2FwaS/ml6XmnKzoqp4=", ClientEncoding.encode("/api/日本語"));
    assertEquals("u:https%3A%2F%2Fex%C3%A4mple.com", ClientEncoding.encode("https://exämple.com"));
    assertEquals("https://exämple.com", ClientEncoding.decode("u:https%3A%2F%2Fex%C3%A4mple.com"));
  }

  @Test
  void deviationObjectPrototypeNames() {
    for (String name :
        List.of(
            "constructor",
            "toString",
            "valueOf",
            "hasOwnProperty",
            "__proto__",
            "__defineGetter__")) {
      assertEquals(name, ClientEncoding.encode(name));
      assertEquals(name, ClientEncoding.decode(name));
    }
    assertEquals("constructor", ClientEncoding.decode("d:function Object() { [native code] }"));
    assertEquals("toString", ClientEncoding.decode("d:function toString() { [native code] }"));
    assertEquals(
        "d:function foo() { [native code] }",
        ClientEncoding.decode("d:function foo() { [native code] }"));
  }

  @Test
  void deviationFontWoff2() {
    assertEquals("font/woff2", ClientEncoding.encode("font/woff2"));
    assertEquals("failed", ClientEncoding.decode("d:f"), "s3db.js decodes d:f as failed");
    assertEquals("d:w", ClientEncoding.encode("font/woff"));
  }

  @Test
  void deviationLoneSurrogates() {
    assertEquals("b:Ye+/vQ==", ClientEncoding.encode("a\udc00"), "same as s3db.js's base64 path");
    assertEquals("b:77+9YWJj", ClientEncoding.encode("\ud800abc"), "s3db.js throws URIError here");
    assertEquals("\ufffdabc", ClientEncoding.decode(ClientEncoding.encode("\ud800abc")));
  }

  @Test
  void dictionaryRules() {
    assertEquals("/v1/abc", ClientEncoding.encode("/v1/abc"), "a 4-character prefix saves nothing");
    assertEquals("d:@h", ClientEncoding.encode("https://"));
    assertEquals("d:@s", ClientEncoding.encode("https://s3.amazonaws.com/"), "longest prefix wins");
    assertEquals("d:@Hfoo.com", ClientEncoding.encode("https://api.foo.com"));
    assertEquals("d:@A", ClientEncoding.encode("https://api.example.com/"));
    assertEquals("d:@lhost", ClientEncoding.encode("http://localhosthost"));
    assertEquals("COMPLETED", ClientEncoding.encode("COMPLETED"));
    assertEquals("d:@Zx", ClientEncoding.decode("d:@Zx"), "unknown prefix code stays raw");
    assertEquals("d:", ClientEncoding.decode("d:"));
    assertEquals("d:jj", ClientEncoding.decode("d:jj"));
  }

  @Test
  void decodeEdgeCases() {
    assertEquals("u:", ClientEncoding.decode("u:"));
    assertEquals("b:", ClientEncoding.decode("b:"));
    assertEquals("z:", ClientEncoding.decode("z:"));
    assertEquals("z85:", ClientEncoding.decode("z85:"));
    assertEquals("u:%E2%82", ClientEncoding.decode("u:%E2%82"), "malformed stays raw");
    assertEquals("u:%C0%80", ClientEncoding.decode("u:%C0%80"), "overlong stays raw");
    assertEquals(
        "u:%ED%A0%80", ClientEncoding.decode("u:%ED%A0%80"), "encoded surrogate stays raw");
    assertEquals("a+b", ClientEncoding.decode("u:a+b"), "no + to space");
    assertEquals("😀", ClientEncoding.decode("u:%F0%9F%98%80"));
    assertEquals("", ClientEncoding.decode("b:!!!"));
    assertEquals("a", ClientEncoding.decode("b:YQ"));
    assertEquals("\ufffd", ClientEncoding.decode("b:/w=="));
    assertEquals("", ClientEncoding.decode(""));
    assertEquals("plain", ClientEncoding.decode("plain"));
  }

  @Test
  void compressedText() {
    String text = "Lorem ipsum dolor sit amet, çà 日本 😀 ".repeat(20);
    byte[] deflated = deflateRaw(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(text, ClientEncoding.decode("z:" + Base64.getEncoder().encodeToString(deflated)));
    assertEquals("z:abc", ClientEncoding.decode("z:abc"), "not a deflate stream");
    String truncated =
        "z:"
            + Base64.getEncoder()
                .encodeToString(java.util.Arrays.copyOf(deflated, deflated.length / 2));
    assertEquals(truncated, ClientEncoding.decode(truncated));
    assertEquals(
        "",
        ClientEncoding.decode("z:" + Base64.getEncoder().encodeToString(deflateRaw(new byte[0]))));
  }

  private static byte[] deflateRaw(byte[] input) {
    Deflater deflater = new Deflater(6, true);
    deflater.setInput(input);
    deflater.finish();
    byte[] buf = new byte[input.length + 64];
    int n = deflater.deflate(buf);
    deflater.end();
    return java.util.Arrays.copyOf(buf, n);
  }

  @Property
  void roundTripsAnyValidText(@ForAll("texts") String s) {
    String stored = ClientEncoding.encode(s);
    assertTrue(isSafeHeader(stored), () -> quote(s) + " -> " + quote(stored));
    assertEquals(s, ClientEncoding.decode(stored), () -> quote(s) + " -> " + quote(stored));
  }

  @Property
  void loneSurrogatesBecomeReplacementCharacters(@ForAll("withLoneSurrogates") String s) {
    String stored = ClientEncoding.encode(s);
    assertTrue(isSafeHeader(stored));
    assertEquals(
        s.replaceAll(
            "[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
            "\ufffd"),
        ClientEncoding.decode(stored));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyCodePoints =
        Arbitraries.integers()
            .between(0, 0x10FFFF)
            .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
            .list()
            .ofMaxSize(12)
            .map(
                cps ->
                    cps.stream()
                        .collect(
                            StringBuilder::new,
                            StringBuilder::appendCodePoint,
                            StringBuilder::append)
                        .toString());
    Arbitrary<String> tricky =
        Arbitraries.of(
                " ", "|", "\\", "%", "+", ":", "/", "=", "\t", "\n", "\r", "\u007f", "\u00a0",
                "\u00e7", "\u20ac", "\u2028", "\ufeff", "a", "b", "😀", "\ufffd", "\u0000")
            .list()
            .ofMaxSize(12)
            .map(parts -> String.join("", parts));
    Arbitrary<String> prefix =
        Arbitraries.of(
            "",
            "",
            "u:",
            "d:",
            "b:",
            "z:",
            "z85:",
            "https://",
            "/api/v1/",
            " ",
            "null",
            "completed",
            "application/json",
            "http://localhost");
    Arbitrary<String> suffix = Arbitraries.of("", "", " ", "\t", "😀", "é", "|");
    Arbitrary<String> body =
        Arbitraries.oneOf(
            anyCodePoints,
            tricky,
            Arbitraries.strings().ascii().ofMaxLength(16),
            Arbitraries.strings().all().ofMaxLength(8).filter(ClientEncodingTest::isValidUtf16));
    return Combinators.combine(prefix, body, suffix).as((p, b, x) -> p + b + x);
  }

  @Provide
  Arbitrary<String> withLoneSurrogates() {
    return Arbitraries.strings()
        .withChars("a é日")
        .withCharRange('\ud800', '\udfff')
        .ofMinLength(1)
        .ofMaxLength(8);
  }

  private static boolean isValidUtf16(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
