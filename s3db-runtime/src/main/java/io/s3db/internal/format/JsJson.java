package io.s3db.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JSON text exactly as JavaScript writes it, from Jackson trees. Why: the catalog {@code s3db.json}
 * is {@code JSON.stringify(metadata, null, 2)} (FORMAT.md §2), behavior bodies and {@code
 * json}/{@code object} attributes are {@code JSON.stringify} (§4.2, §5.2), and the definition hash
 * is SHA-256 over {@code json-stable-stringify} (§2.3) — so the bytes must match, not just the
 * data.
 *
 * <ul>
 *   <li>Strings are escaped as {@code JSON.stringify} does (ES2019 well-formed): {@code \"}, {@code
 *       \\}, {@code \b \f \n \r \t}, other controls below 0x20 and lone surrogates as lower-case
 *       {@code \}{@code uXXXX}; everything else raw (no escaping of non-ASCII, {@code /}, U+2028 or
 *       0x7F).
 *   <li>Floating-point numbers ({@code DoubleNode}, {@code FloatNode}, {@code DecimalNode}) are
 *       printed by {@link JsNumber#toString(double)} ({@code 1e+21}, {@code 0.1}, {@code 5} for
 *       5.0); NaN and ±Infinity as {@code null}, like JS. Integral nodes print their exact digits:
 *       the same as JS up to 2⁵³, and beyond that exact where JS would already have rounded the
 *       number.
 *   <li>Object members come in JS property order for {@link #stringify} and {@link
 *       #stringifyPretty}: keys that are array indices ({@code "0"} … {@code "4294967294"},
 *       canonical) first in numeric order, then the others in insertion order. {@link
 *       #stableStringify} sorts all keys by UTF-16 code units.
 *   <li>A {@code MissingNode} behaves like {@code undefined}: dropped from objects, {@code null} in
 *       arrays. {@code BinaryNode} is written as its base64 text; {@code POJONode} is rejected.
 * </ul>
 */
public final class JsJson {
  private JsJson() {}

  /** {@code JSON.stringify(node)}: compact. */
  public static String stringify(JsonNode node) {
    StringBuilder sb = new StringBuilder(128);
    write(sb, top(node), null, "", false);
    return sb.toString();
  }

  /**
   * {@code JSON.stringify(node, null, 2)}: two-space indent, {@code "key": value}, {@code {}} and
   * {@code []} when empty.
   */
  public static String stringifyPretty(JsonNode node) {
    StringBuilder sb = new StringBuilder(256);
    write(sb, top(node), "  ", "", false);
    return sb.toString();
  }

  /**
   * npm {@code json-stable-stringify} (1.x, no options): compact, object keys sorted by UTF-16 code
   * units.
   */
  public static String stableStringify(JsonNode node) {
    StringBuilder sb = new StringBuilder(128);
    write(sb, top(node), null, "", true);
    return sb.toString();
  }

  private static JsonNode top(JsonNode node) {
    if (node.isMissingNode()) {
      throw new IllegalArgumentException("JSON.stringify(undefined) is not JSON text");
    }
    return node;
  }

  private static void write(
      StringBuilder sb, JsonNode node, @Nullable String gap, String indent, boolean sorted) {
    switch (node.getNodeType()) {
      case OBJECT -> writeObject(sb, node, gap, indent, sorted);
      case ARRAY -> writeArray(sb, node, gap, indent, sorted);
      case STRING -> quote(sb, node.textValue());
      case BINARY -> quote(sb, node.asText());
      case NUMBER -> writeNumber(sb, node);
      case BOOLEAN -> sb.append(node.booleanValue() ? "true" : "false");
      case NULL -> sb.append("null");
      default -> throw new IllegalArgumentException("not JSON data: " + node.getNodeType());
    }
  }

  private static void writeNumber(StringBuilder sb, JsonNode node) {
    if (node.isIntegralNumber()) {
      sb.append(
          node.isBigInteger()
              ? node.bigIntegerValue().toString()
              : Long.toString(node.longValue()));
      return;
    }
    double d = node.doubleValue();
    sb.append(Double.isFinite(d) ? JsNumber.toString(d) : "null");
  }

  private static void writeArray(
      StringBuilder sb, JsonNode array, @Nullable String gap, String indent, boolean sorted) {
    if (array.isEmpty()) {
      sb.append("[]");
      return;
    }
    String inner = gap == null ? indent : indent + gap;
    sb.append('[');
    boolean first = true;
    for (JsonNode item : array) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      if (gap != null) {
        sb.append('\n').append(inner);
      }
      if (item.isMissingNode()) {
        sb.append("null");
      } else {
        write(sb, item, gap, inner, sorted);
      }
    }
    if (gap != null) {
      sb.append('\n').append(indent);
    }
    sb.append(']');
  }

  private static void writeObject(
      StringBuilder sb, JsonNode object, @Nullable String gap, String indent, boolean sorted) {
    List<Map.Entry<String, JsonNode>> members = new ArrayList<>(object.size());
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      if (!member.getValue().isMissingNode()) {
        members.add(member);
      }
    }
    if (sorted) {
      members.sort(Map.Entry.comparingByKey());
    } else {
      jsPropertyOrder(members);
    }
    if (members.isEmpty()) {
      sb.append("{}");
      return;
    }
    String inner = gap == null ? indent : indent + gap;
    sb.append('{');
    boolean first = true;
    for (Map.Entry<String, JsonNode> member : members) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      if (gap != null) {
        sb.append('\n').append(inner);
      }
      quote(sb, member.getKey());
      sb.append(gap != null ? ": " : ":");
      write(sb, member.getValue(), gap, inner, sorted);
    }
    if (gap != null) {
      sb.append('\n').append(indent);
    }
    sb.append('}');
  }

  /**
   * OrdinaryOwnPropertyKeys: array-index keys ascending, then the rest in insertion order (stable
   * sort).
   */
  private static void jsPropertyOrder(List<Map.Entry<String, JsonNode>> members) {
    boolean any = false;
    for (Map.Entry<String, JsonNode> member : members) {
      if (arrayIndex(member.getKey()) >= 0) {
        any = true;
        break;
      }
    }
    if (!any) {
      return;
    }
    members.sort(
        (a, b) -> {
          long ia = arrayIndex(a.getKey());
          long ib = arrayIndex(b.getKey());
          if (ia >= 0 && ib >= 0) {
            return Long.compare(ia, ib);
          }
          return ia >= 0 ? -1 : ib >= 0 ? 1 : 0;
        });
  }

  /** The array index a key stands for (canonical decimal, at most 2³² − 2), or -1. */
  private static long arrayIndex(String key) {
    int length = key.length();
    if (length == 0 || length > 10 || (length > 1 && key.charAt(0) == '0')) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < length; i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value <= 4294967294L ? value : -1;
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** JSON.stringify's QuoteJSONString. */
  static void quote(StringBuilder sb, String s) {
    sb.append('"');
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            unicodeEscape(sb, c);
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
              sb.append(c).append(s.charAt(++i));
            } else {
              unicodeEscape(sb, c);
            }
          } else if (Character.isLowSurrogate(c)) {
            unicodeEscape(sb, c);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private static void unicodeEscape(StringBuilder sb, char c) {
    sb.append("\\u")
        .append(HEX[c >> 12])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }
}
