package io.s3db.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small conversions generated codecs share, so that generated code stays one line per field. */
public final class CodecSupport {
  private CodecSupport() {}

  /** A read list as an unmodifiable set, in stored order. */
  public static <T> Set<T> toSet(List<T> items) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(items));
  }

  /** Enum constants, UUIDs and BigDecimals as the text s3db.js stores in string arrays. */
  public static List<String> texts(Collection<?> items) {
    List<String> texts = new ArrayList<>(items.size());
    for (Object item : items) {
      texts.add(item instanceof Enum<?> ? ((Enum<?>) item).name() : item.toString());
    }
    return texts;
  }
}
