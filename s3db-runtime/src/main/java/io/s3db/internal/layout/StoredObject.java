package io.s3db.internal.layout;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record's object as it is sent: user metadata (client-encoded values, as counted by AWS), and
 * a body with its content type when the behavior puts data there.
 *
 * <p>The body stays a {@code byte[]} (it is what the layouts build and what the PUT sends, with no
 * copy in between), so the record's generated equality would compare it by identity; {@link
 * #equals}, {@link #hashCode} and {@link #toString} are written out to compare and show its content
 * instead, which makes two objects that would store the same bytes equal.
 */
@SuppressWarnings("ArrayRecordComponent") // equals, hashCode and toString below use the content
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

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StoredObject that
        && metadata.equals(that.metadata)
        && Arrays.equals(body, that.body)
        && Objects.equals(contentType, that.contentType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metadata, Arrays.hashCode(body), contentType);
  }

  @Override
  public String toString() {
    return "StoredObject[metadata="
        + metadata
        + ", body="
        + (body == null ? "none" : body.length + " bytes")
        + ", contentType="
        + contentType
        + "]";
  }
}
