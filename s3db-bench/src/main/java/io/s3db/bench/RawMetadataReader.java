package io.s3db.bench;

import io.s3db.internal.format.Base36;
import io.s3db.internal.format.Base62;
import io.s3db.internal.format.Base62Decimal;
import io.s3db.internal.format.ClientEncoding;
import java.util.Map;

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
    String key = Base36.of(next++);
    String value = ClientEncoding.decode(values.get(key));
    if (value == null) {
      throw new IllegalStateException("wrong result: no field " + key);
    }
    return value;
  }

  long integer() {
    return Base62.decodeInteger(text());
  }

  double decimal() {
    return Base62Decimal.decodeDecimal(text());
  }

  boolean bool() {
    return text().equals("1");
  }
}
