package io.s3db.interop;

import static io.s3db.interop.Shared.LISTS;
import static io.s3db.interop.Shared.SCALARS;
import static io.s3db.interop.Shared.VAULT;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.interop.Scalars.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The records of {@link Shared#SCALARS}, {@link Shared#LISTS} and {@link Shared#VAULT} the suite
 * writes: ordinary values, range edges (integer and float extremes, 1969-12-31, year 0001 and 9999,
 * the JS Date range, the nil uuid), unicode, empty strings and lists, separators in lists, nested
 * JSON, secrets. As in {@link PeopleCases}, {@code common} lists are read back exactly whoever
 * wrote them; the writer-specific lists add what s3db.js 21.6.2 loses or misreads, with the reason.
 */
final class TypeCases {
  private TypeCases() {}

  static final UUID V4 = UUID.fromString("123e4567-e89b-42d3-a456-426614174000");
  static final UUID V1 = UUID.fromString("c232ab00-9414-11ec-b3c8-9f6bdeced846");
  static final UUID NIL = new UUID(0, 0);
  static final UUID MAX = new UUID(-1, -1);

  /** JavaScript's Date range ends ±8.64e15 ms from the epoch. */
  static final Instant JS_MIN = Instant.ofEpochMilli(-8_640_000_000_000_000L);

  static final Instant JS_MAX = Instant.ofEpochMilli(8_640_000_000_000_000L);

  // ------------------------------------------------------------------------------------------
  // scalars

  static List<Case<Scalars>> scalars(String p) {
    return List.of(
        scalar(
            new Scalars(
                p + "plain",
                (byte) 7,
                (short) 300,
                1000,
                123_456_789_012L,
                0.1f,
                97.5,
                true,
                new BigDecimal("19.90"),
                Status.B,
                Status.A,
                V4,
                V1,
                Instant.parse("2024-01-15T10:30:00.123Z"),
                OffsetDateTime.of(2024, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                LocalDate.of(2024, 2, 29),
                Instant.parse("2001-09-09T01:46:40Z"),
                LocalDate.of(1990, 5, 17),
                2.5f,
                "closed",
                5)),
        scalar(
            new Scalars(
                p + "lows",
                Byte.MIN_VALUE,
                Short.MIN_VALUE,
                Integer.MIN_VALUE,
                -PeopleCases.MAX_SAFE,
                -3.4028235e38f,
                -1.7976931348623157e308,
                false,
                new BigDecimal("-0.000001"),
                Status.C,
                null,
                NIL,
                null,
                Instant.parse("1969-12-31T23:59:59.999Z"),
                OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                LocalDate.of(1969, 12, 31),
                JS_MIN,
                LocalDate.of(1, 1, 1),
                -1.5e-7f,
                "",
                Integer.MIN_VALUE)),
        scalar(
            new Scalars(
                p + "highs",
                Byte.MAX_VALUE,
                Short.MAX_VALUE,
                Integer.MAX_VALUE,
                PeopleCases.MAX_SAFE,
                3.4028235e38f,
                1.7976931348623157e308,
                true,
                new BigDecimal("1E+3"),
                Status.A,
                Status.C,
                V4,
                NIL,
                Instant.parse("9999-12-31T23:59:59.999Z"),
                OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 1_000_000, ZoneOffset.UTC),
                LocalDate.of(9999, 12, 31),
                JS_MAX,
                LocalDate.of(0, 1, 1),
                1.17549435e-38f,
                "São Paulo 日本 😀",
                Integer.MAX_VALUE)),
        scalar(
            new Scalars(
                p + "zeros",
                (byte) 0,
                (short) 0,
                0,
                0,
                0f,
                0,
                false,
                new BigDecimal("0.00"),
                Status.A,
                null,
                V4,
                null,
                Instant.EPOCH,
                OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                LocalDate.of(1970, 1, 1),
                Instant.parse("1900-02-28T12:00:00.500Z"),
                LocalDate.of(1900, 3, 1),
                0f,
                "a|b\\c",
                0)),
        scalar(ones(p + "absent", 1, new BigDecimal("1"), V4, null, "open", null))
            .storedAs(
                "priority",
                3,
                "@Default(\"3\") / default:3: either writer fills in the absent value"));
  }

  /** s3db.js writes them; Java must read what s3db.js reads. */
  static List<Case<Scalars>> scalarsByNode(String p) {
    List<Case<Scalars>> cases = new ArrayList<>(scalars(p));
    Scalars defaults = ones(p + "defaults", 1, new BigDecimal("1"), V4, null, null, null);
    cases.add(
        scalar(defaults)
            .storedAs("state", "open", "default:open: s3db.js fills in the absent value")
            .storedAs("priority", 3, "default:3"));
    return cases;
  }

  /** Java writes them; s3db.js reads them its way. */
  static List<Case<Scalars>> scalarsByJava(String p) {
    List<Case<Scalars>> cases = new ArrayList<>(scalars(p));
    cases.add(
        scalar(
                ones(
                    p + "beyond",
                    Long.MAX_VALUE,
                    new BigDecimal("123456789012345678901234567890.123456789"),
                    MAX,
                    MAX,
                    "x",
                    1))
            .nodeReads(
                "big",
                (double) Long.MAX_VALUE,
                "JavaScript numbers are doubles: s3db.js reads integers beyond 2^53 as the nearest double"));
    return cases;
  }

  /**
   * Numbers 1 but {@code big}, status A, the epoch and 1 January 2000 for the times, no optional
   * time, date or ratio.
   */
  private static Scalars ones(
      String id,
      long big,
      BigDecimal price,
      UUID ref,
      @Nullable UUID maybeRef,
      @Nullable String state,
      @Nullable Integer priority) {
    return new Scalars(
        id,
        (byte) 1,
        (short) 1,
        1,
        big,
        1f,
        1,
        true,
        price,
        Status.A,
        null,
        ref,
        maybeRef,
        Instant.EPOCH,
        OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
        LocalDate.of(2000, 1, 1),
        null,
        null,
        null,
        state,
        priority);
  }

  private static Case<Scalars> scalar(Scalars s) {
    return Case.of(SCALARS, s);
  }

  // ------------------------------------------------------------------------------------------
  // lists

  static List<Case<Lists>> lists(String p) {
    return List.of(
        list(
            new Lists(
                p + "plain",
                List.of("a", "b"),
                set(Status.A, Status.C),
                List.of(1, -2, 3000),
                List.of(PeopleCases.MAX_SAFE, -PeopleCases.MAX_SAFE, 0L),
                List.of(1.5, -0.25, 1e21, 97.5),
                List.of(0.1f, 2.5f, -3f),
                List.of(true, false, true),
                List.of(V4, NIL, V1),
                List.of(new BigDecimal("19.90"), new BigDecimal("-1E+3")),
                List.of("x"),
                map(
                    "n",
                    1,
                    "s",
                    "x",
                    "f",
                    2.5,
                    "t",
                    true,
                    "nested",
                    map("a", List.of(1, map("b", "c")))),
                Map.of("k", "v"),
                json("{\"arr\":[[1,2],[3]],\"obj\":{\"deep\":{\"deeper\":[]}},\"n\":-1.5e-7}"))),
        list(tagsOnly(p + "empty", List.of(), List.of(), map(), json("{}"))),
        list(
            new Lists(
                p + "separators",
                List.of("a|b", "back\\slash", "", "both\\|", "end\\", "|"),
                set(Status.B),
                List.of(0),
                List.of(-1L),
                List.of(-0.5),
                List.of(0f),
                List.of(false),
                List.of(NIL),
                List.of(new BigDecimal("0")),
                List.of("|", "\\"),
                map("pipe", "a|b", "slash", "\\", "quote", "\"q\""),
                Map.of("k|1", "v\\2"),
                json("[\"a|b\",\"\\\\\",{\"|\":\"\\\"\"}]"))),
        list(
            new Lists(
                p + "unicode",
                List.of("日本", "😀 👍🏽", "ção", "line\nbreak"),
                set(Status.C, Status.A),
                List.of(Integer.MIN_VALUE, Integer.MAX_VALUE),
                List.of(1L),
                List.of(1.7976931348623157e308, 1.5e-300),
                List.of(3.4028235e38f, 1.17549435e-38f),
                List.of(),
                List.of(),
                List.of(),
                List.of("ä", "ö"),
                map("ключ", "значение", "emoji", "😀", "list", List.of("ä", map("k", "ö"))),
                Map.of("日本", "語"),
                json("{\"ç\":\"日本\",\"nested\":{\"list\":[\"ä\",{\"k\":\"ö\"}]}}"))),
        list(tagsOnly(p + "absent", List.of("only"), null, map("a", 1), null)));
  }

  static List<Case<Lists>> listsByNode(String p) {
    List<Case<Lists>> cases = new ArrayList<>(lists(p));
    cases.add(
        list(tagsOnly(p + "empty-item", List.of(""), List.of(""), map(), null))
            .storedAs(
                "tags",
                List.of(),
                "s3db.js stores [\"\"] as \"\", which is also how it stores []: it reads []"
                    + " (Java refuses to write a list holding only an empty string)")
            .storedAs("maybeTags", List.of(), "likewise"));
    return cases;
  }

  static List<Case<Lists>> listsByJava(String p) {
    return new ArrayList<>(lists(p));
  }

  /** Lists with no items but the tags, no flags and no labels. */
  private static Lists tagsOnly(
      String id,
      List<String> tags,
      @Nullable List<String> maybeTags,
      Map<String, Object> attributes,
      @Nullable JsonNode doc) {
    return new Lists(
        id,
        tags,
        set(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        maybeTags,
        attributes,
        Map.of(),
        doc);
  }

  private static Case<Lists> list(Lists l) {
    return Case.of(LISTS, l);
  }

  // ------------------------------------------------------------------------------------------
  // vault

  static List<Case<Vault>> vault(String p) {
    return List.of(
        secret(new Vault(p + "plain", "ana", "s3cr3t", "key-123", null)),
        secret(new Vault(p + "unicode", "ção", "пароль 日本 😀", "ç", "note")),
        secret(new Vault(p + "separators", "sep", "a|b\\c:d=e/f+g", "[1,2]", null))
            .nodeReads(
                "apiKey",
                List.of(1, 2),
                "s3db.js parses a decrypted secret that looks like a JSON array"),
        secret(new Vault(p + "json-looking", "json", "{\"a\":1}", "null-ish", null))
            .nodeReads("password", Map.of("a", 1), "or a JSON object"),
        secret(new Vault(p + "absent", "nobody", "p", null, null)));
  }

  static List<Case<Vault>> vaultByNode(String p) {
    List<Case<Vault>> cases = new ArrayList<>(vault(p));
    cases.add(
        secret(new Vault(p + "padded", "pad", "  spaced  ", " k ", null))
            .storedAs(
                "password",
                "spaced",
                "s3db.js's secret rule is a string rule, which trims before encrypting")
            .storedAs("apiKey", "k", "likewise"));
    return cases;
  }

  static List<Case<Vault>> vaultByJava(String p) {
    List<Case<Vault>> cases = new ArrayList<>(vault(p));
    cases.add(secret(new Vault(p + "padded", "pad", "  spaced  ", " k ", null)));
    return cases;
  }

  private static Case<Vault> secret(Vault v) {
    return Case.of(VAULT, v);
  }

  // ------------------------------------------------------------------------------------------
  // helpers

  @SafeVarargs
  static <E> Set<E> set(E... items) {
    return new LinkedHashSet<>(Arrays.asList(items));
  }

  /** An ordered map from alternating keys and values. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static JsonNode json(String text) {
    try {
      return NodeBatch.JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
