package io.s3db.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class JsJsonTest {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static JsonNode parse(String json) {
    try {
      return Vectors.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The s3db.json bodies written by s3db.js 21.6.2 and 6.0.0 re-serialise byte for byte (FORMAT.md
   * §2).
   */
  @Test
  void catalogBodiesRoundTrip() {
    JsonNode v21 = Vectors.v21().get("s3").get("objectsAfterInsert");
    String body21 = v21.get(v21.size() - 1).get("body").asText();
    assertTrue(body21.startsWith("{\n  \"version\": \"1\""));
    assertEquals(body21, JsJson.stringifyPretty(parse(body21)));
    JsonNode v6 = Vectors.json("s3dbjs-vectors-6.0.0.json").get("objectsAfterInsert");
    String body6 = v6.get(v6.size() - 1).get("body").asText();
    assertEquals(body6, JsJson.stringifyPretty(parse(body6)));
  }

  /** Behavior and update bodies are compact JSON.stringify output (FORMAT.md §5.2, §13.1). */
  @Test
  void recordBodiesRoundTrip() {
    String updateBody =
        Vectors.v21().get("s3").get("updateUser2").get("objectsAfter").get(1).get("body").asText();
    assertEquals(updateBody, JsJson.stringify(parse(updateBody)));
  }

  @Test
  void stableStringifyOfTheDefinitionHashInput() {
    String input = Vectors.v21().get("definitionHash").get("stableStringInput").asText();
    assertEquals(input, JsJson.stableStringify(parse(input)));
    assertEquals(
        input, JsJson.stringify(parse(input)), "already sorted, so plain stringify agrees");
  }

  /**
   * 400 random values through Node's JSON.stringify (compact and pretty) and json-stable-stringify
   * (src/test/resources/js/jsjson-vectors.mjs), parsed back with Jackson and re-serialised.
   */
  @Test
  void matchesNode() {
    JsonNode cases = Vectors.json("jsjson-vectors.json").get("cases");
    assertEquals(400, cases.size());
    StringBuilder failures = new StringBuilder();
    for (JsonNode c : cases) {
      String compact = c.get(0).asText();
      JsonNode tree = parse(compact);
      check(failures, compact, JsJson.stringify(tree));
      check(failures, c.get(1).asText(), JsJson.stringifyPretty(tree));
      check(failures, c.get(2).asText(), JsJson.stableStringify(tree));
    }
    assertEquals("", failures.length() > 4000 ? failures.substring(0, 4000) : failures.toString());
  }

  private static void check(StringBuilder failures, String expected, String actual) {
    if (!expected.equals(actual)) {
      failures
          .append("expected ")
          .append(expected)
          .append("\n     got ")
          .append(actual)
          .append('\n');
    }
  }

  @Test
  void stringEscapes() {
    ObjectNode o = F.objectNode();
    o.put("s", "\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028é😀\ud800x\udc00");
    assertEquals(
        "{\"s\":\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0000\\u001f\u007f\u2028é😀\\ud800x\\udc00\"}",
        JsJson.stringify(o));
  }

  @Test
  void numbers() {
    assertEquals(
        "[1e+21,0.1,5,0,null,null,9007199254740993,123456789012345678901234567890,0.30000000000000004,-1.5e-7,1,0.10000000149011612]",
        JsJson.stringify(
            F.arrayNode()
                .add(1e21)
                .add(0.1)
                .add(5.0)
                .add(-0.0)
                .add(Double.NaN)
                .add(Double.POSITIVE_INFINITY)
                .add(9007199254740993L)
                .add(new BigInteger("123456789012345678901234567890"))
                .add(0.1 + 0.2)
                .add(-1.5e-7)
                .add(new BigDecimal("1.0"))
                .add(0.1f)));
  }

  /** Node: JSON.stringify({b:1, 1:2, a:3, 0:4, "01":5, "4294967295":6, "4294967294":7}) */
  @Test
  void integerKeysComeFirstLikeJsObjects() {
    ObjectNode o = F.objectNode();
    o.put("b", 1)
        .put("1", 2)
        .put("a", 3)
        .put("0", 4)
        .put("01", 5)
        .put("4294967295", 6)
        .put("4294967294", 7);
    assertEquals(
        "{\"0\":4,\"1\":2,\"4294967294\":7,\"b\":1,\"a\":3,\"01\":5,\"4294967295\":6}",
        JsJson.stringify(o));
    assertEquals(
        "{\"0\":4,\"01\":5,\"1\":2,\"4294967294\":7,\"4294967295\":6,\"a\":3,\"b\":1}",
        JsJson.stableStringify(o));
  }

  @Test
  void prettyLayout() {
    ObjectNode o = F.objectNode();
    o.putObject("empty");
    o.putArray("none");
    o.putArray("list").add(1).addObject().put("k", "v");
    o.put("n", (String) null);
    assertEquals(
        "{\n  \"empty\": {},\n  \"none\": [],\n  \"list\": [\n    1,\n    {\n      \"k\": \"v\"\n    }\n  ],\n  \"n\": null\n}",
        JsJson.stringifyPretty(o));
    assertEquals(
        "{\"empty\":{},\"list\":[1,{\"k\":\"v\"}],\"n\":null,\"none\":[]}",
        JsJson.stableStringify(o));
  }

  @Test
  void missingIsUndefined() {
    ObjectNode o = F.objectNode();
    o.set("gone", MissingNode.getInstance());
    o.put("kept", true);
    o.putArray("a").add(MissingNode.getInstance());
    assertEquals("{\"kept\":true,\"a\":[null]}", JsJson.stringify(o));
    assertThrows(IllegalArgumentException.class, () -> JsJson.stringify(MissingNode.getInstance()));
    assertThrows(IllegalArgumentException.class, () -> JsJson.stringify(F.pojoNode(new Object())));
  }

  @Test
  void scalarsAtTheTop() {
    assertEquals("\"x\"", JsJson.stringify(F.textNode("x")));
    assertEquals("null", JsJson.stringifyPretty(F.nullNode()));
    assertEquals("false", JsJson.stableStringify(F.booleanNode(false)));
  }
}
