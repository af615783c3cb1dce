package io.s3db.internal.layout;

import io.s3db.internal.format.ClientEncoding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code truncate-data}: when a record does not fit, its longest text fields are cut, longest
 * first, until it does, and the object is marked {@code _truncated=true} as s3db.js marks it. Text
 * is cut before the client encoding, at a code-point boundary, so no UTF-8 sequence, percent escape
 * or base64 group is ever split; numbers, dates, secrets and other encoded values are never cut (a
 * record that still does not fit is refused). Unlike s3db.js 21.x, no field is blanked or dropped,
 * and the loop always ends.
 */
final class TruncateData implements Layout {
  static final String MARKER = "_truncated";

  @Override
  public StoredObject write(Map<String, String> metadata, WriteContext context) {
    if (Layout.fits(metadata)) {
      return StoredObject.metadataOnly(metadata);
    }
    int size = Layout.size(metadata);
    Map<String, String> cut = new LinkedHashMap<>(metadata);
    cut.put(MARKER, "true");
    List<String> candidates = new ArrayList<>(context.truncatable());
    candidates.removeIf(key -> !cut.containsKey(key));
    candidates.sort(
        Comparator.<String>comparingInt(key -> -Layout.bytes(Objects.requireNonNull(cut.get(key))))
            .thenComparing(key -> key));
    for (String key : candidates) {
      int excess = Layout.size(cut) - LIMIT;
      if (excess <= 0) {
        break;
      }
      String encoded = Objects.requireNonNull(cut.get(key));
      String text =
          Objects.requireNonNull(ClientEncoding.decode(encoded), "our own encoding decodes");
      cut.put(key, truncate(text, Math.max(0, Layout.bytes(encoded) - excess)));
    }
    if (Layout.size(cut) > LIMIT) {
      throw Layout.tooLarge(metadata, context);
    }
    context.exceeded(size, "truncated");
    return StoredObject.metadataOnly(cut);
  }

  /**
   * The client encoding of the longest prefix of {@code text} whose encoding takes at most {@code
   * budget} bytes.
   */
  static String truncate(String text, int budget) {
    int[] codePoints = text.codePoints().toArray();
    int low = 0;
    int high = codePoints.length;
    while (low < high) { // the largest n whose encoded prefix fits
      int mid = (low + high + 1) >>> 1;
      if (fits(codePoints, mid, budget)) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    // the encoding switches form (plain, u:, b:) with content, so its length is not strictly
    // monotonic
    while (low > 0 && !fits(codePoints, low, budget)) {
      low--;
    }
    return ClientEncoding.encode(new String(codePoints, 0, low));
  }

  private static boolean fits(int[] codePoints, int count, int budget) {
    return Layout.bytes(ClientEncoding.encode(new String(codePoints, 0, count))) <= budget;
  }
}
