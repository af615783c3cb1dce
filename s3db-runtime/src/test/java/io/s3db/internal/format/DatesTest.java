package io.s3db.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  /**
   * joinedAt (key 6) and birthday (key 7) of the three records s3db.js 21.6.2 wrote (FORMAT.md
   * §13.1).
   */
  @Test
  void vectorRecords() {
    JsonNode v = Vectors.v21();
    int checked = 0;
    for (JsonNode input : v.get("inputRecords")) {
      JsonNode stored = null;
      for (JsonNode object : v.get("s3").get("objectsAfterInsert")) {
        if (object.get("key").asText().endsWith("/data/id=" + input.get("id").asText())) {
          stored = object.get("metadata");
        }
      }
      Instant joinedAt = Instant.parse(input.get("joinedAt").asText());
      LocalDate birthday = LocalDate.parse(input.get("birthday").asText());
      assertEquals(stored.get("6").asText(), Dates.encodeDatetime(joinedAt));
      assertEquals(stored.get("7").asText(), Dates.encodeDateOnly(birthday));
      assertEquals(joinedAt, Dates.decodeDatetime(stored.get("6").asText()));
      assertEquals(birthday, Dates.decodeDateOnly(stored.get("7").asText()));
      checked++;
    }
    assertEquals(3, checked);
  }

  @ParameterizedTest
  @CsvSource({
    "2024-03-01T12:34:56.789Z,u5LXUbj",
    "1970-01-01T00:00:00Z,0",
    "1969-12-31T23:59:59.999Z,-1"
  })
  void datetimeExamples(String iso, String base62) {
    assertEquals(base62, Dates.encodeDatetime(Instant.parse(iso)));
    assertEquals(Instant.parse(iso), Dates.decodeDatetime(base62));
  }

  @ParameterizedTest
  @CsvSource({"1990-05-17,1W1", "1969-12-31,-1", "1970-01-01,0", "2001-12-31,32v"})
  void dateOnlyExamples(String iso, String base62) {
    assertEquals(base62, Dates.encodeDateOnly(LocalDate.parse(iso)));
    assertEquals(LocalDate.parse(iso), Dates.decodeDateOnly(base62));
  }

  @Test
  void subMillisecondInstantsAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Dates.encodeDatetime(Instant.parse("2024-03-01T12:34:56.789001Z")));
    assertEquals(true, e.getMessage().contains("millisecond"));
    assertEquals("u5LXUbj", Dates.encodeDatetime(Instant.parse("2024-03-01T12:34:56.789000Z")));
  }

  @Test
  void outsideTheJsDateRangeIsRejected() {
    assertEquals(
        "-271821-04-20T00:00:00.000Z",
        Dates.toIsoString(Dates.decodeDatetime(Base62.encodeInteger(-8_640_000_000_000_000L))));
    Dates.encodeDatetime(Instant.ofEpochMilli(8_640_000_000_000_000L));
    assertThrows(
        IllegalArgumentException.class,
        () -> Dates.encodeDatetime(Instant.ofEpochMilli(8_640_000_000_000_001L)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Dates.encodeDatetime(Instant.MAX.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Dates.decodeDatetime(Base62.encodeInteger(8_640_000_000_000_001L)));
    assertThrows(
        IllegalArgumentException.class, () -> Dates.encodeDateOnly(LocalDate.of(10000, 1, 1)));
    assertThrows(
        IllegalArgumentException.class, () -> Dates.encodeDateOnly(LocalDate.of(-1, 12, 31)));
    Dates.encodeDateOnly(LocalDate.of(0, 1, 1));
    Dates.encodeDateOnly(LocalDate.of(9999, 12, 31));
  }

  /** The JSON body of a 21.x update holds ISO strings (FORMAT.md §13.1). */
  @Test
  void decodesIsoText() {
    assertEquals(
        Instant.parse("2024-01-02T00:00:00Z"), Dates.decodeDatetime("2024-01-02T00:00:00.000Z"));
    assertEquals(
        Instant.ofEpochMilli(1704150000000L), Dates.decodeDatetime("2024-01-02T00:00:00+01:00"));
    assertEquals(LocalDate.of(2001, 12, 31), Dates.decodeDateOnly("2001-12-31"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "-", "2024-13-01T00:00:00Z", "yesterday!", "12:00", "2024-01-02T00:00:00"})
  void rejectsGarbage(String s) {
    assertThrows(IllegalArgumentException.class, () -> Dates.decodeDatetime(s));
    assertThrows(IllegalArgumentException.class, () -> Dates.decodeDateOnly(s));
  }

  /** Node's Date.prototype.toISOString for the same milliseconds. */
  @ParameterizedTest
  @CsvSource({
    "0,1970-01-01T00:00:00.000Z",
    "-1,1969-12-31T23:59:59.999Z",
    "1709296496789,2024-03-01T12:34:56.789Z",
    "-62167219200000,0000-01-01T00:00:00.000Z",
    "-62167219200001,-000001-12-31T23:59:59.999Z",
    "253402300799999,9999-12-31T23:59:59.999Z",
    "253402300800000,+010000-01-01T00:00:00.000Z",
    "8640000000000000,+275760-09-13T00:00:00.000Z",
    "-8640000000000000,-271821-04-20T00:00:00.000Z",
    "-1000000000000,1938-04-24T22:13:20.000Z"
  })
  void toIsoStringMatchesNode(long millis, String iso) {
    assertEquals(iso, Dates.toIsoString(Instant.ofEpochMilli(millis)));
  }

  @Test
  void toIsoStringDropsSubMilliseconds() {
    assertEquals(
        "2024-03-01T12:34:56.789Z",
        Dates.toIsoString(Instant.parse("2024-03-01T12:34:56.789999Z")));
    assertEquals(
        "1969-12-31T23:59:59.999Z",
        Dates.toIsoString(Instant.parse("1969-12-31T23:59:59.999999Z")));
  }

  @Property
  void datetimeRoundTrips(
      @ForAll @LongRange(min = -8_640_000_000_000_000L, max = 8_640_000_000_000_000L) long millis) {
    Instant instant = Instant.ofEpochMilli(millis);
    assertEquals(instant, Dates.decodeDatetime(Dates.encodeDatetime(instant)));
  }

  @Property
  void dateOnlyRoundTrips(@ForAll @IntRange(min = -719528, max = 2932896) int epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    assertEquals(date, Dates.decodeDateOnly(Dates.encodeDateOnly(date)));
  }
}
