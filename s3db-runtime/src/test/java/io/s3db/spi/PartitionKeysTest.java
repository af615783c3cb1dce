package io.s3db.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.PartitionKey;
import io.s3db.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Values are rendered as JavaScript's String() renders them into s3db.js keys (FORMAT.md §6). */
class PartitionKeysTest {

  @Test
  void rendersValuesAsJavaScriptStringDoes() {
    PartitionKey<Object> key =
        PartitionKeys.builder("r", "p")
            .add("s", "São Paulo")
            .add("i", 34L)
            .add("n", -7)
            .add("d", 0.1)
            .add("e", 1e21)
            .add("f", 5.0)
            .add("t", true)
            .add("x", 1e-7)
            .build();
    assertEquals(
        Map.of(
            "s",
            "São Paulo",
            "i",
            "34",
            "n",
            "-7",
            "d",
            "0.1",
            "e",
            "1e+21",
            "f",
            "5",
            "t",
            "true",
            "x",
            "1e-7"),
        key.values());
    assertEquals("[d, e, f, i, n, s, t, x]", key.values().keySet().toString());
    assertEquals("p{d=0.1, e=1e+21, f=5, i=34, n=-7, s=São Paulo, t=true, x=1e-7}", key.toString());
  }

  /**
   * Dates as s3db.js writes them for rules containing {@code date}: {@code
   * toISOString().split('T')[0]}, the UTC date, years outside 0000–9999 with a sign and six digits.
   * UUIDs, enums and BigDecimals as stored.
   */
  @Test
  void rendersFloatsAsTheNumberStoredForThem() {
    PartitionKey<Object> key =
        PartitionKeys.builder("r", "p").add("a", 0.1f).add("b", 3.4e38f).add("c", -2.5f).build();
    assertEquals(
        Map.of("a", "0.1", "b", "3.4e+38", "c", "-2.5"), key.values(), "not 0.10000000149011612");
  }

  @Test
  void rendersDatesAsTheirUtcDay_andOtherScalarsAsStored() {
    PartitionKey<Object> key =
        PartitionKeys.builder("r", "p")
            .addDate("a", Instant.parse("2026-11-24T23:59:59.999Z"))
            .addDate("b", OffsetDateTime.parse("2026-11-25T01:00:00+02:00"))
            .addDate("c", LocalDate.parse("2026-02-03"))
            .addDate("d", Instant.parse("1969-12-31T23:59:59.999999999Z"))
            .addDate("e", LocalDate.of(10000, 1, 1))
            .addDate("f", LocalDate.of(-1, 12, 31))
            .add("g", UUID.fromString("0F8FAD5B-D9CB-469F-A165-70867728950E"))
            .add("h", java.time.DayOfWeek.MONDAY)
            .add("i", new BigDecimal("1.50"))
            .build();
    assertEquals(
        Map.of(
            "a",
            "2026-11-24",
            "b",
            "2026-11-24",
            "c",
            "2026-02-03",
            "d",
            "1969-12-31",
            "e",
            "+010000-01-01",
            "f",
            "-000001-12-31",
            "g",
            "0f8fad5b-d9cb-469f-a165-70867728950e",
            "h",
            "MONDAY",
            "i",
            "1.50"),
        key.values());
  }

  @Test
  void refusesValuesThatWouldChangeTheKey_namingEveryProblem() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                PartitionKeys.builder("r", "p")
                    .add("a", "x/y")
                    .add("b", (String) null)
                    .add("c", Double.NaN)
                    .add("d", "ok")
                    .build());
    assertEquals("r", e.resource());
    assertEquals(3, e.violations().size());
    assertTrue(e.violations().get(0).message().contains("'/'"), e.getMessage());
  }

  @Test
  void keysAreValues() {
    assertEquals(
        PartitionKeys.builder("r", "p").add("a", "1").build(),
        PartitionKeys.builder("r", "p").add("a", 1).build());
    assertEquals(PartitionKey.all(), PartitionKey.all());
    assertTrue(PartitionKey.all().isAll());
    assertEquals("all", PartitionKey.all().toString());
  }
}
