package io.s3db.bench;

import io.s3db.internal.format.Base36;
import io.s3db.internal.format.Base62;
import io.s3db.internal.format.Base62Decimal;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.internal.format.Dates;
import io.s3db.internal.format.PipeArrays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Side C's metadata writer: a record's fields in declaration order, each under the key a fresh
 * bucket's catalog gives it (base36 of its index) and in the format's value encoding, then the
 * client encoding ({@code u:}/{@code b:}/{@code d:}): byte for byte what B sends (checked by {@link
 * RawParity}). Only the format's primitives, no schema, validator or key mapping: what any client
 * of this layout has to write.
 */
final class RawMetadataWriter {
  private final Map<String, String> values = new HashMap<>(32);
  private int next;

  RawMetadataWriter() {
    values.put("_v", "v1");
  }

  RawMetadataWriter text(String value) {
    return put(value);
  }

  /** A field that may be absent: then no key (its index is still taken). */
  RawMetadataWriter optionalText(@Nullable String value) {
    return value == null ? skip() : put(value);
  }

  RawMetadataWriter integer(long value) {
    return put(Base62.encodeInteger(value));
  }

  RawMetadataWriter decimal(double value) {
    return put(Base62Decimal.encodeDecimal(value));
  }

  RawMetadataWriter optionalDecimal(@Nullable Double value) {
    return value == null ? skip() : decimal(value);
  }

  RawMetadataWriter bool(boolean value) {
    return put(value ? "1" : "0");
  }

  RawMetadataWriter datetime(Instant value) {
    return put(Dates.encodeDatetime(value));
  }

  RawMetadataWriter date(LocalDate value) {
    return put(Dates.encodeDateOnly(value));
  }

  RawMetadataWriter texts(List<String> values) {
    return put(PipeArrays.join(values));
  }

  /** A secret: its stored form ({@link RawSecrets#seal}). */
  RawMetadataWriter secret(String value, RawSecrets secrets) {
    return put(secrets.seal(value));
  }

  /** The user metadata to send. */
  Map<String, String> values() {
    return values;
  }

  private RawMetadataWriter skip() {
    next++;
    return this;
  }

  private RawMetadataWriter put(String value) {
    values.put(Base36.of(next++), ClientEncoding.encode(value));
    return this;
  }
}
