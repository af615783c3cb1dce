package io.s3db.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/** The metadata bytes of a resource's records: their total, average and largest. Thread-safe. */
final class MetadataSizes {
  private long count;
  private long total;
  private long max = -1;
  private @Nullable String maxKey;

  synchronized void add(String key, int size) {
    count++;
    total += size;
    if (size > max) {
      max = size;
      maxKey = key;
    }
  }

  synchronized void write(ObjectNode json, String idPrefix) {
    json.put("total", total);
    json.put("average", count == 0 ? 0 : Math.round((double) total / count));
    json.put("max", Math.max(0, max));
    if (maxKey != null && maxKey.startsWith(idPrefix)) {
      json.put("maxId", maxKey.substring(idPrefix.length()));
    }
    // S3's limit on user metadata, which the behaviors keep records under
    json.put("limit", 2048);
  }
}
