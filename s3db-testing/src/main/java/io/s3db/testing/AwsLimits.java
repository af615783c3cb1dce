package io.s3db.testing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.gaul.s3proxy.checksum.FlexChecksum;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The size limits AWS enforces and S3Proxy does not, as checks that throw the error AWS answers
 * with. {@link AwsParityBlobStore} calls them; S3Proxy renders the thrown {@link S3Exception} as an
 * S3 error document.
 */
final class AwsLimits {

  /**
   * AWS's limit on user metadata: UTF-8 bytes of keys (without {@code x-amz-meta-}) plus values.
   */
  static final int MAX_USER_METADATA_BYTES = 2048;

  /** AWS's limit on an object key, in UTF-8 bytes. */
  static final int MAX_KEY_BYTES = 1024;

  private AwsLimits() {}

  /**
   * Refuses a key over {@value #MAX_KEY_BYTES} UTF-8 bytes with {@code 400 KeyTooLongError}, as AWS
   * does. Without it a long key passes every local test (the in-memory store has no limit) and
   * fails on AWS, or fails on disk with a 500 (file names stop at 255 bytes) that the SDK retries.
   */
  static void checkKey(@Nullable String key) {
    int size = utf8Length(key);
    if (size > MAX_KEY_BYTES) {
      throw tooLarge("KeyTooLongError", "Your key is too long", size, MAX_KEY_BYTES);
    }
  }

  /**
   * Refuses user metadata over {@value #MAX_USER_METADATA_BYTES} bytes with {@code 400
   * MetadataTooLarge}.
   */
  static void checkUserMetadata(@Nullable Map<String, String> metadata) {
    if (metadata == null || metadata.isEmpty()) {
      return;
    }
    int size = userMetadataBytes(metadata);
    if (size > MAX_USER_METADATA_BYTES) {
      throw tooLarge(
          "MetadataTooLarge",
          "Your metadata headers exceed the maximum allowed metadata size.",
          size,
          MAX_USER_METADATA_BYTES);
    }
  }

  /**
   * The size AWS counts for the 2 KB limit: for each entry, the UTF-8 bytes of the key (without
   * {@code x-amz-meta-}) plus the UTF-8 bytes of the value. S3Proxy's internal checksum entries are
   * not user metadata and are skipped.
   */
  static int userMetadataBytes(Map<String, String> metadata) {
    int total = 0;
    for (Map.Entry<String, String> entry : metadata.entrySet()) {
      String key = entry.getKey();
      if (key.toLowerCase(Locale.ROOT).startsWith(FlexChecksum.METADATA_PREFIX)) {
        continue;
      }
      total += utf8Length(key) + utf8Length(entry.getValue());
    }
    return total;
  }

  /**
   * The number of bytes {@code s} takes in UTF-8 (an unpaired surrogate counts as the one byte
   * '?').
   */
  static int utf8Length(@Nullable String s) {
    return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * AWS puts Size and MaxSizeAllowed in elements of their own; S3Proxy renders only a message, so
   * they go there.
   */
  private static S3Exception tooLarge(String errorCode, String message, int size, int maxSize) {
    return (S3Exception)
        S3Exception.builder()
            .statusCode(400)
            .message(message + " Size: " + size + ", MaxSizeAllowed: " + maxSize)
            .awsErrorDetails(
                AwsErrorDetails.builder().errorCode(errorCode).errorMessage(message).build())
            .build();
  }
}
