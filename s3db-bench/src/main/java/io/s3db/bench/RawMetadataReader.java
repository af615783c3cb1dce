package io.s3db.bench;

import io.s3db.internal.format.Base36;
import io.s3db.internal.format.Base62;
import io.s3db.internal.format.Base62Decimal;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.internal.format.Dates;
import io.s3db.internal.format.PipeArrays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Side C's metadata reader, {@link RawMetadataWriter} backwards: a record's fields in declaration
 * order, from the keys a fresh bucket's catalog gives them.
 */
final class RawMetadataReader {
  private final Map<String, String> values;
  private int next;

  RawMetadataReader(Map<String, String> values) {
    this.values = values;
  }

  String text() {
    String value = optionalText();
    if (value == null) {
      throw new IllegalStateException("wrong result: no field " + Base36.of(next - 1));
    }
    return value;
  }

  /** A field that may be absent (no key). */
  @Nullable String optionalText() {
    return ClientEncoding.decode(values.get(Base36.of(next++)));
  }

  long integer() {
    return Base62.decodeInteger(text());
  }

  double decimal() {
    return Base62Decimal.decodeDecimal(text());
  }

  @Nullable Double optionalDecimal() {
    String value = optionalText();
    return value == null ? null : Base62Decimal.decodeDecimal(value);
  }

  boolean bool() {
    return text().equals("1");
  }

  Instant datetime() {
    return Dates.decodeDatetime(text());
  }

  LocalDate date() {
    return Dates.decodeDateOnly(text());
  }

  List<String> texts() {
    return PipeArrays.split(text());
  }

  String secret(RawSecrets secrets) {
    return secrets.open(text());
  }
}
