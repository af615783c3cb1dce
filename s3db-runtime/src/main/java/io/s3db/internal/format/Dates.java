package io.s3db.internal.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The 21.x {@code datetime} and {@code dateonly} value encodings (FORMAT.md §4.2 table; s3db.js
 * {@code Schema.mapper}/{@code unmapper}): {@code datetime} is base62 of epoch milliseconds
 * (2024-03-01T12:34:56.789Z ⇄ {@code u5LXUbj}), {@code dateonly} is base62 of epoch days
 * (1990-05-17 ⇄ {@code 1W1}, 1969-12-31 ⇄ {@code -1}).
 *
 * <p>Nothing is silently lost: a JS {@code Date} holds milliseconds, so {@link #encodeDatetime}
 * rejects an {@link Instant} with a sub-millisecond part instead of truncating it, and both
 * encoders reject values s3db.js cannot read back (outside the JS {@code Date} range, or a {@code
 * dateonly} outside years 0000–9999, which s3db.js's {@code toISOString().slice(0, 10)} garbles).
 *
 * <p>Decoding also accepts ISO-8601 text ({@code 2024-01-02T00:00:00.000Z}, {@code 2001-12-31}).
 * s3db.js's unmapper would fail on such a metadata value, but its {@code update()} writes them into
 * the JSON body under real attribute names (FORMAT.md §13.1, §14 item 3), so a reader meets them
 * there. ISO text cannot be mistaken for base62, which has no {@code -} after the first character
 * and no {@code :}.
 */
public final class Dates {
  private Dates() {}

  /** JS Date's range: ±100 000 000 days around the epoch (ECMA-262 TimeClip). */
  private static final long MAX_JS_MILLIS = 8_640_000_000_000_000L;

  private static final int MAX_JS_DAYS = 100_000_000;

  /**
   * Base62 of {@code instant}'s epoch milliseconds.
   *
   * @throws IllegalArgumentException if the instant has a sub-millisecond part or lies outside the
   *     JS {@code Date} range (±8.64e15 ms)
   */
  public static String encodeDatetime(Instant instant) {
    return Base62.encodeInteger(jsMillis(instant));
  }

  /**
   * The instant a stored {@code datetime} stands for: base62 epoch milliseconds or ISO-8601 instant
   * text.
   *
   * @throws IllegalArgumentException if it is neither, or outside the JS {@code Date} range
   */
  public static Instant decodeDatetime(String stored) {
    if (looksIso(stored)) {
      try {
        Instant instant = DateTimeFormatter.ISO_INSTANT.parse(stored, Instant::from);
        jsMillis(instant);
        return instant;
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("not a datetime: \"" + stored + "\"", e);
      }
    }
    long millis = Base62.decodeInteger(stored);
    if (Math.abs(millis) > MAX_JS_MILLIS) {
      throw new IllegalArgumentException("datetime outside the JS Date range: \"" + stored + "\"");
    }
    return Instant.ofEpochMilli(millis);
  }

  /**
   * Base62 of {@code date}'s epoch day.
   *
   * @throws IllegalArgumentException for years outside 0000–9999 (s3db.js reads those back wrongly)
   */
  public static String encodeDateOnly(LocalDate date) {
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw new IllegalArgumentException(
          "dateonly outside years 0000-9999, which s3db.js cannot read back: " + date);
    }
    return Base62.encodeInteger(date.toEpochDay());
  }

  /**
   * The date a stored {@code dateonly} stands for: base62 epoch days or ISO {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException if it is neither, or outside the JS {@code Date} range
   */
  public static LocalDate decodeDateOnly(String stored) {
    if (looksIso(stored)) {
      try {
        return LocalDate.parse(stored);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("not a dateonly: \"" + stored + "\"", e);
      }
    }
    long days = Base62.decodeInteger(stored);
    if (Math.abs(days) > MAX_JS_DAYS) {
      throw new IllegalArgumentException("dateonly outside the JS Date range: \"" + stored + "\"");
    }
    return LocalDate.ofEpochDay(days);
  }

  /**
   * JS {@code Date.prototype.toISOString()}: {@code YYYY-MM-DDTHH:mm:ss.sssZ}, always three
   * fraction digits, years outside 0000–9999 as {@code ±YYYYYY}. Sub-millisecond digits are dropped
   * (a JS Date has none); meant for timestamps such as the catalog's {@code lastUpdated} (FORMAT.md
   * §2), not record values.
   *
   * @throws IllegalArgumentException outside the JS {@code Date} range
   */
  public static String toIsoString(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds > MAX_JS_MILLIS / 1000
        || seconds < -MAX_JS_MILLIS / 1000
        || Math.abs(instant.toEpochMilli()) > MAX_JS_MILLIS) {
      throw new IllegalArgumentException("outside the JS Date range: " + instant);
    }
    long millis = instant.toEpochMilli();
    LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), 0, ZoneOffset.UTC);
    int year = t.getYear();
    StringBuilder sb = new StringBuilder(27);
    if (year >= 0 && year <= 9999) {
      pad(sb, year, 4);
    } else {
      sb.append(year < 0 ? '-' : '+');
      pad(sb, Math.abs(year), 6);
    }
    sb.append('-');
    pad(sb, t.getMonthValue(), 2);
    sb.append('-');
    pad(sb, t.getDayOfMonth(), 2);
    sb.append('T');
    pad(sb, t.getHour(), 2);
    sb.append(':');
    pad(sb, t.getMinute(), 2);
    sb.append(':');
    pad(sb, t.getSecond(), 2);
    sb.append('.');
    pad(sb, Math.floorMod(millis, 1000), 3);
    return sb.append('Z').toString();
  }

  /**
   * The date part of {@link #toIsoString}: {@code YYYY-MM-DD}, years outside 0000–9999 as {@code
   * ±YYYYYY}, which is what s3db.js puts into partition keys for a date ({@code
   * toISOString().split('T')[0]}).
   */
  public static String isoDate(LocalDate date) {
    StringBuilder sb = new StringBuilder(13);
    int year = date.getYear();
    if (year >= 0 && year <= 9999) {
      pad(sb, year, 4);
    } else {
      sb.append(year < 0 ? '-' : '+');
      pad(sb, Math.abs((long) year), 6);
    }
    sb.append('-');
    pad(sb, date.getMonthValue(), 2);
    sb.append('-');
    pad(sb, date.getDayOfMonth(), 2);
    return sb.toString();
  }

  private static void pad(StringBuilder sb, long value, int width) {
    String s = Long.toString(value);
    for (int i = s.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(s);
  }

  private static long jsMillis(Instant instant) {
    if (instant.getNano() % 1_000_000 != 0) {
      throw new IllegalArgumentException(
          "datetime has millisecond precision (as a JS Date); sub-millisecond part would be lost: "
              + instant);
    }
    long seconds = instant.getEpochSecond();
    if (seconds > MAX_JS_MILLIS / 1000 || seconds < -MAX_JS_MILLIS / 1000) {
      throw new IllegalArgumentException("datetime outside the JS Date range: " + instant);
    }
    long millis = seconds * 1000 + instant.getNano() / 1_000_000;
    if (Math.abs(millis) > MAX_JS_MILLIS) {
      throw new IllegalArgumentException("datetime outside the JS Date range: " + instant);
    }
    return millis;
  }

  /** ISO text has a '-' after the first character or a ':'; base62 never does. */
  private static boolean looksIso(String s) {
    return s.indexOf('-', 1) > 0 || s.indexOf(':') >= 0;
  }
}
