package io.s3db.internal;

import io.s3db.MetadataTooLargeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * S3's limit on user metadata, counted as AWS counts it: the UTF-8 bytes of every key (without
 * {@code x-amz-meta-}) and every value, as sent, that is after the client encoding. s3db.js counts
 * before that encoding, so its check lets non-ASCII-heavy records through that AWS then rejects
 * (FORMAT.md §12 item 30); this one does not.
 */
final class MetadataBudget {
  static final int AWS_LIMIT = 2048;

  private MetadataBudget() {}

  static int size(Map<String, String> metadata) {
    int size = 0;
    for (Map.Entry<String, String> entry : metadata.entrySet()) {
      size += utf8Length(entry.getKey()) + utf8Length(entry.getValue());
    }
    return size;
  }

  /** Throws before any request when the metadata would not fit, naming the biggest fields. */
  static void check(Map<String, String> metadata, KeyMapping keys, String resource, String id) {
    int size = size(metadata);
    if (size <= AWS_LIMIT) {
      return;
    }
    List<Map.Entry<String, String>> entries = new ArrayList<>(metadata.entrySet());
    entries.sort((a, b) -> Integer.compare(utf8Length(b.getValue()), utf8Length(a.getValue())));
    List<String> largest = new ArrayList<>();
    for (Map.Entry<String, String> entry : entries.subList(0, Math.min(3, entries.size()))) {
      String path = keys.path(entry.getKey());
      largest.add((path == null ? entry.getKey() : path) + " (" + utf8Length(entry.getValue()) + " bytes)");
    }
    throw new MetadataTooLargeException(resource, id, size, AWS_LIMIT, largest);
  }

  static int utf8Length(String text) {
    int ascii = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return text.getBytes(StandardCharsets.UTF_8).length;
      }
      ascii++;
    }
    return ascii;
  }
}
