package io.s3db.internal.layout;

import io.s3db.MetadataTooLargeException;
import io.s3db.annotations.BehaviorMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One s3db.js behavior (FORMAT.md §5.2): where a record's fields go when they do not all fit in
 * S3's 2 KB of user metadata. Sizes are counted as AWS counts them, on what is actually sent (after
 * the client encoding), so what a layout produces is accepted by AWS; s3db.js counts before that
 * encoding and can produce objects AWS rejects (FORMAT.md §12 item 30).
 */
public interface Layout {
  /** AWS's limit: the UTF-8 bytes of every user-metadata key and value. */
  int LIMIT = 2048;

  String VERSION_KEY = "_v";

  /**
   * The object to PUT for one record under this behavior: what stays in metadata, and the body.
   *
   * @param metadata the record's encoded fields and {@code _v}, in write order
   */
  StoredObject write(Map<String, String> metadata, WriteContext context);

  /** Whether reading a record needs its body: always GET instead of HEAD. */
  default boolean alwaysReadsBody() {
    return false;
  }

  static Layout of(BehaviorMode behavior) {
    return switch (behavior) {
      case ENFORCE_LIMITS -> new EnforceLimits();
      case TRUNCATE_DATA -> new TruncateData();
      case BODY_OVERFLOW -> new BodyOverflow();
      case BODY_ONLY -> new BodyOnly();
      default -> new UserManaged();
    };
  }

  /**
   * Whether the metadata is within {@link #LIMIT}. A UTF-16 character takes at most 3 UTF-8 bytes,
   * so a record of up to a third of the limit in characters, most records, fits without reading its
   * text.
   */
  static boolean fits(Map<String, String> metadata) {
    int chars = 0;
    for (Map.Entry<String, String> entry : metadata.entrySet()) {
      chars += entry.getKey().length() + entry.getValue().length();
    }
    return chars <= LIMIT / 3 || (chars <= LIMIT && size(metadata) <= LIMIT);
  }

  static int size(Map<String, String> metadata) {
    int size = 0;
    for (Map.Entry<String, String> entry : metadata.entrySet()) {
      size += bytes(entry.getKey()) + bytes(entry.getValue());
    }
    return size;
  }

  static int bytes(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return text.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return text.length();
  }

  /** The refusal, naming the three biggest fields. */
  static MetadataTooLargeException tooLarge(Map<String, String> metadata, WriteContext context) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(metadata.entrySet());
    entries.sort((a, b) -> Integer.compare(bytes(b.getValue()), bytes(a.getValue())));
    List<String> largest = new ArrayList<>();
    for (Map.Entry<String, String> entry : entries.subList(0, Math.min(3, entries.size()))) {
      String path = context.pathOf().apply(entry.getKey());
      largest.add(
          (path == null ? entry.getKey() : path) + " (" + bytes(entry.getValue()) + " bytes)");
    }
    return new MetadataTooLargeException(
        context.resource(), context.id(), size(metadata), LIMIT, largest);
  }
}
