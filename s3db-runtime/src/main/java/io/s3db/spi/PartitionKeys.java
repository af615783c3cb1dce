package io.s3db.spi;

import io.s3db.PartitionKey;
import io.s3db.ValidationException;
import io.s3db.Violation;
import io.s3db.internal.format.Dates;
import io.s3db.internal.format.Floats;
import io.s3db.internal.format.JsNumber;
import io.s3db.internal.format.LocaleCompare;
import io.s3db.internal.format.Surrogates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link PartitionKey}s of the generated {@code <Record>Partitions} factories. Values
 * are rendered as s3db.js renders them into keys with JavaScript {@code String(value)} (FORMAT.md
 * §6): text as is, integers in decimal, other numbers in JavaScript form ({@code 0.1}, {@code
 * 1e+21}), booleans as {@code true}/{@code false}, UUIDs, enums and {@code BigDecimal}s as their
 * stored text, and date fields as their UTC date ({@code 2026-11-24}, s3db.js's rule for fields
 * whose rule contains {@code date}); fields are put in s3db.js's key order ({@code localeCompare}).
 * Text that would change the key's shape is rejected, never normalised.
 */
public final class PartitionKeys {
  private PartitionKeys() {}

  /** A key of partition {@code partition} of resource {@code resource} (named in errors). */
  public static <T> Builder<T> builder(String resource, String partition) {
    return new Builder<>(resource, partition);
  }

  /** Collects one key's values, in any order. */
  public static final class Builder<T> {
    private final String resource;
    private final String partition;
    private final Map<String, String> values = new TreeMap<>(LocaleCompare.ORDER);
    private final List<Violation> violations = new ArrayList<>();

    private Builder(String resource, String partition) {
      this.resource = resource;
      this.partition = partition;
    }

    public Builder<T> add(String field, @Nullable String value) {
      if (value == null) {
        violations.add(
            new Violation(field, "required", "a partition value must not be null", null));
        return this;
      }
      String problem = problem(value);
      if (problem != null) {
        violations.add(new Violation(field, "partition", problem, Surrogates.escaped(value)));
      }
      values.put(field, value);
      return this;
    }

    /** Integers, as JavaScript prints them ({@code 34}, not s3db.js's base62 metadata form). */
    public Builder<T> add(String field, long value) {
      values.put(field, Long.toString(value));
      return this;
    }

    public Builder<T> add(String field, double value) {
      if (!Double.isFinite(value)) {
        violations.add(
            new Violation(
                field,
                "finite",
                "a partition value must be a finite number",
                String.valueOf(value)));
      }
      values.put(field, JsNumber.toString(value));
      return this;
    }

    /**
     * Floats, as JavaScript prints the number stored for them: {@code 0.1f} gives {@code 0.1}, not
     * the widened double's {@code 0.10000000149011612}.
     */
    public Builder<T> add(String field, float value) {
      return add(
          field, Float.isFinite(value) ? Double.parseDouble(Floats.shortestText(value)) : value);
    }

    public Builder<T> add(String field, boolean value) {
      values.put(field, Boolean.toString(value));
      return this;
    }

    /** A {@code BigDecimal}: its exact text, as it is stored (a {@code string} attribute). */
    public Builder<T> add(String field, BigDecimal value) {
      values.put(field, value.toString());
      return this;
    }

    /** A {@code UUID}: its canonical lower-case text, as s3db.js's {@code uuid} reads back. */
    public Builder<T> add(String field, UUID value) {
      values.put(field, value.toString());
      return this;
    }

    /** An enum constant: its name, as it is stored. */
    public Builder<T> add(String field, Enum<?> value) {
      return add(field, value.name());
    }

    /**
     * The UTC date of an instant, {@code YYYY-MM-DD}: what s3db.js writes into keys for a field
     * whose rule contains {@code date} (a {@code datetime} attribute, or a timestamp's {@code
     * date|maxlength:10}).
     */
    public Builder<T> addDate(String field, Instant value) {
      values.put(field, Dates.isoDate(LocalDate.ofInstant(value, ZoneOffset.UTC)));
      return this;
    }

    /**
     * The UTC date of the instant, not the date at the value's own offset (as s3db.js, which holds
     * UTC).
     */
    public Builder<T> addDate(String field, OffsetDateTime value) {
      return addDate(field, value.toInstant());
    }

    /** {@code YYYY-MM-DD}, as s3db.js writes a {@code dateonly} value into keys. */
    public Builder<T> addDate(String field, LocalDate value) {
      values.put(field, Dates.isoDate(value));
      return this;
    }

    /**
     * The key of the values given so far.
     *
     * @throws ValidationException if a value cannot be part of a key
     */
    public PartitionKey<T> build() {
      if (!violations.isEmpty()) {
        throw new ValidationException(resource, null, violations);
      }
      return new PartitionKey<>(this);
    }

    /** The partition name; for {@link PartitionKey}. */
    public String partitionName() {
      return partition;
    }

    /** Field → rendered value in key order; for {@link PartitionKey}. */
    public Map<String, String> values() {
      return new LinkedHashMap<>(values);
    }
  }

  /**
   * Why a value would not map to exactly one key segment: {@code /} nests keys and {@code ..} is
   * collapsed by s3db.js's {@code path.join}; s3db.js refuses {@code \}, {@code =} and {@code %} in
   * ids, and a Java writer refuses them in values too, so both libraries agree on every key. Text
   * with an unpaired surrogate has no UTF-8 form, so no key can hold it.
   */
  static @Nullable String problem(String value) {
    if (value.contains("..")) {
      return "must not contain '..' (it would change the object key)";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '\\' || c == '=' || c == '%') {
        return "must not contain '" + c + "' (it would change the object key)";
      }
      if (c < 0x20 || c == 0x7f) {
        return "must not contain control characters";
      }
    }
    // the SDK sends an unpaired surrogate as '?': "z" + U+D800 would select (and write) zone "z?"
    return Surrogates.isWellFormed(value)
        ? null
        : "must not contain an unpaired surrogate (no UTF-8 form; S3 would receive '?' in its place)";
  }
}
