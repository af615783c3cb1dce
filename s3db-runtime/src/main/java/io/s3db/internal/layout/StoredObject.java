package io.s3db.internal.layout;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record's object as it is sent: user metadata (client-encoded values, as counted by AWS), and
 * a body with its content type when the behavior puts data there.
 */
public record StoredObject(
    Map<String, String> metadata, byte @Nullable [] body, @Nullable String contentType) {

  public static StoredObject metadataOnly(Map<String, String> metadata) {
    return new StoredObject(metadata, null, null);
  }

  public boolean hasBody() {
    return body != null;
  }

  /**
   * Whether truncate-data cut fields to make the record fit: what is stored differs from the
   * record.
   */
  public boolean truncated() {
    return body == null && "true".equals(metadata.get(TruncateData.MARKER));
  }
}
