package io.s3db.internal.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code body-overflow} (FORMAT.md §5.2): {@code _v} first, then the fields from smallest to
 * largest while they fit, keeping room for the {@code _overflow} marker; the first field that does
 * not fit and every larger one go to a JSON body. Ties are broken by key, so the split is
 * deterministic.
 */
final class BodyOverflow implements Layout {
  static final String MARKER = "_overflow";

  @Override
  public boolean alwaysReadsBody() {
    return true;
  }

  @Override
  public StoredObject write(Map<String, String> metadata, WriteContext context) {
    if (Layout.fits(metadata)) {
      return StoredObject.metadataOnly(metadata);
    }
    context.exceeded(Layout.size(metadata), "body");
    List<Map.Entry<String, String>> fields = new ArrayList<>(metadata.entrySet());
    fields.removeIf(e -> e.getKey().equals(VERSION_KEY));
    fields.sort(
        Comparator.<Map.Entry<String, String>>comparingInt(
                e -> Layout.bytes(e.getKey()) + Layout.bytes(e.getValue()))
            .thenComparing(Map.Entry::getKey));
    Map<String, String> kept = new LinkedHashMap<>();
    kept.put(VERSION_KEY, metadata.get(VERSION_KEY));
    int used = Layout.size(kept) + Layout.bytes(MARKER) + Layout.bytes("true");
    Map<String, String> overflow = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : fields) {
      int cost = Layout.bytes(field.getKey()) + Layout.bytes(field.getValue());
      if (overflow.isEmpty() && used + cost <= LIMIT) {
        kept.put(field.getKey(), field.getValue());
        used += cost;
      } else {
        overflow.put(field.getKey(), field.getValue());
      }
    }
    kept.put(MARKER, "true");
    return new StoredObject(kept, DataBody.of(overflow), DataBody.CONTENT_TYPE);
  }
}
