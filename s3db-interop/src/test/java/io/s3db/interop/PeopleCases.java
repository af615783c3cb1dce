package io.s3db.interop;

import static io.s3db.interop.Shared.PEOPLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The records of {@link Shared#PEOPLE} the suite writes: unicode, empty strings, separators,
 * extreme numbers, absent optionals, and the values s3db.js's client encoding treats specially.
 * {@link #common} both libraries store and read back exactly; the writer-specific lists add what is
 * lossy in s3db.js 21.6.2, with the expectation spelled out. Add a case here and every scenario
 * runs it.
 */
final class PeopleCases {
  private PeopleCases() {}

  /** Largest integer a JavaScript number holds exactly: 2^53 - 1. */
  static final long MAX_SAFE = 9_007_199_254_740_991L;

  /** Records both libraries write and read back unchanged, whichever wrote them. */
  static List<Case<Person>> common(String idPrefix) {
    String p = idPrefix;
    return List.of(
        of(
            p + "plain",
            "Ana Lima",
            "Aninha",
            34,
            1_000_000,
            97.5,
            true,
            1,
            1_705_314_600_123L,
            4.5,
            true,
            "Rua Augusta 10",
            "São Paulo",
            "01305-000"),
        of(
            p + "unicode",
            "São Paulo",
            "日本語",
            7,
            1,
            0.1,
            false,
            null,
            null,
            null,
            null,
            "emoji 😀 👍🏽 family 👨‍👩‍👧",
            "Zürich, ção €",
            "ççççãã"),
        of(
            p + "controls",
            "line1\nline2",
            "tab\there",
            1,
            2,
            3,
            true,
            null,
            null,
            null,
            null,
            "nbsp\u00a0inside",
            "zero\u200bwidth",
            "line\u2028separator"),
        of(p + "empty", "", "", 0, 0, 0, false, 0, 0L, 0.0, false, "", "", ""),
        texts(
            p + "separators",
            "a|b",
            "back\\slash",
            "pipe | and \\ both \\|",
            "key=value/with%20slash?&#",
            "u:abc"),
        texts(p + "prefixes", "d:x", "b:", "z:deflated?", "z85:x", "completed"),
        texts(
            p + "dictionary",
            "application/json",
            "https://example.com/x",
            "http://localhost:8080/a",
            "/api/v1/users",
            "text/plain"),
        of(
            p + "max-ints",
            "max",
            null,
            Integer.MAX_VALUE,
            MAX_SAFE,
            1e20,
            true,
            Integer.MAX_VALUE,
            MAX_SAFE,
            1.7976931348623157e308,
            null,
            "s",
            "c",
            null),
        of(
            p + "min-ints",
            "min",
            null,
            Integer.MIN_VALUE,
            -MAX_SAFE,
            -1e21,
            false,
            Integer.MIN_VALUE,
            -MAX_SAFE,
            -1.7976931348623157e308,
            null,
            "s",
            "c",
            null),
        of(
            p + "decimals",
            "decimals",
            null,
            -123456,
            -1,
            -0.5,
            true,
            -1,
            62L,
            1.5e-7,
            true,
            "s",
            "c",
            null),
        of(
            p + "exponents",
            "exponents",
            null,
            61,
            62,
            1e21,
            true,
            62,
            3_843L,
            1.5e-300,
            false,
            "s",
            "c",
            null),
        of(
            p + "fractions",
            "fractions",
            null,
            1,
            1,
            123456789.123456789,
            true,
            null,
            null,
            1.0 / 3,
            null,
            "s",
            "c",
            null),
        of(
            p + "small",
            "small",
            null,
            1,
            1,
            -1.5e-7,
            true,
            null,
            null,
            0.000001,
            null,
            "s",
            "c",
            null),
        of(
            p + "absent",
            "absent",
            null,
            5,
            5,
            2.5,
            false,
            null,
            null,
            null,
            null,
            "only",
            "required",
            null),
        // ids are key segments: whatever both accept must name the same record on both sides
        texts(p + "ünïcode-日本", "unicode id", null, "s", "c", null),
        texts(p + "with space", "space id", null, "s", "c", null),
        texts(p + "plus+tilde~dot.", "plus id", null, "s", "c", null),
        texts(p + "punct!'()*@#&?,;:$", "punctuation id", null, "s", "c", null));
  }

  /**
   * What a Node service writes: the common records and what s3db.js changes or misreads in them.
   */
  static List<Case<Person>> writtenByNode(String idPrefix) {
    List<Case<Person>> cases = new ArrayList<>(common(idPrefix));
    String p = idPrefix;
    cases.add(
        texts(p + "trimmed", "  padded  ", " x ", "\tstreet\t", "city ", " ção ")
            .storedAs(
                "name",
                "padded",
                "s3db.js sends printable-ASCII values raw as HTTP header values, and HTTP"
                    + " drops the spaces around a header value")
            .storedAs("nickname", "x", "likewise")
            .storedAs(
                "address.city",
                "city",
                "likewise; the tabs of street and the spaces of zip survive because"
                    + " s3db.js encodes those values (u:/b:)"));
    cases.add(
        texts(p + "sentinels", "sentinels", "null", "s", "c", "undefined")
            .storedAs(
                "nickname",
                null,
                "s3db.js stores the string \"null\" as its null sentinel (FORMAT.md §4.3)")
            .storedAs("address.zip", null, "and \"undefined\" as its undefined sentinel"));
    cases.add(jsonLooking(p + "json-looking"));
    return cases;
  }

  /** What a Java service writes: the common records and where s3db.js reads them differently. */
  static List<Case<Person>> writtenByJava(String idPrefix) {
    List<Case<Person>> cases = new ArrayList<>(common(idPrefix));
    String p = idPrefix;
    // Java keeps what s3db.js would trim or turn into its sentinels, and s3db.js reads it back
    // intact.
    cases.add(texts(p + "untrimmed", "  padded  ", " x ", "\tstreet\t", "city ", " zip"));
    cases.add(texts(p + "sentinels", "null", "undefined", "null", "undefined", "NULL"));
    cases.add(jsonLooking(p + "json-looking"));
    cases.add(
        of(
                p + "beyond-safe",
                "beyond",
                null,
                1,
                Long.MAX_VALUE,
                1,
                true,
                null,
                Long.MIN_VALUE + 1,
                null,
                null,
                "s",
                "c",
                null)
            .nodeReads(
                "visits",
                new java.math.BigDecimal("9223372036854775807").doubleValue(),
                "JavaScript numbers are doubles: s3db.js reads integers beyond 2^53 as the nearest double")
            .nodeReads("lastSeen", (double) (Long.MIN_VALUE + 1), "likewise"));
    // s3db.js would store "" (see NodeWritesJavaReadsTest#numbersS3dbJsCannotStore); Java writes
    // "5.0e-324".
    cases.add(
        of(
            p + "no-fraction-digits",
            "tiny",
            null,
            1,
            1,
            1e-7,
            true,
            null,
            null,
            -5e-324,
            null,
            "s",
            "c",
            null));
    return cases;
  }

  /**
   * Strings s3db.js's reader parses as JSON (FORMAT.md §12 item 11); Java reads them as written.
   */
  private static Case<Person> jsonLooking(String id) {
    return texts(id, "[1,2]", "{\"a\":1}", "[]", "{}", "[\"x\"]")
        .nodeReads(
            "name", List.of(1, 2), "s3db.js parses stored strings that look like JSON arrays")
        .nodeReads("nickname", Map.of("a", 1), "and objects")
        .nodeReads("address.street", List.of(), "an empty array")
        .nodeReads("address.city", Map.of(), "an empty object")
        .nodeReads("address.zip", List.of("x"), "an array of strings");
  }

  /** A person whose numbers are 1, who is active and has no optional number set. */
  private static Case<Person> texts(
      String id,
      String name,
      @Nullable String nickname,
      String street,
      String city,
      @Nullable String zip) {
    return of(id, name, nickname, 1, 1, 1, true, null, null, null, null, street, city, zip);
  }

  static Case<Person> of(
      String id,
      String name,
      @Nullable String nickname,
      int age,
      long visits,
      double score,
      boolean active,
      @Nullable Integer rank,
      @Nullable Long lastSeen,
      @Nullable Double rating,
      @Nullable Boolean verified,
      String street,
      String city,
      @Nullable String zip) {
    return Case.of(
        PEOPLE,
        new Person(
            id,
            name,
            nickname,
            age,
            visits,
            score,
            active,
            rank,
            lastSeen,
            rating,
            verified,
            new Person.Address(street, city, zip)));
  }
}
