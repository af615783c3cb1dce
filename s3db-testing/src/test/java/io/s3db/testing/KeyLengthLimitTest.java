package io.s3db.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Proves that {@link EmbeddedS3} enforces AWS's key limit exactly: 1 024 UTF-8 bytes pass, 1 025
 * fail with {@code 400 KeyTooLongError}, counted in bytes rather than characters.
 *
 * <p>Why: s3db builds keys from ids and partition values; stock S3Proxy's in-memory store takes
 * keys of any length, so a key that AWS refuses would pass every local test.
 */
@ExtendWith(S3ServerExtension.class)
class KeyLengthLimitTest {

  /** "k/" then 1 022 bytes: ASCII, and the same length in 2-byte characters (511 × 'é'). */
  static final List<String> KEYS_OF_1024_BYTES =
      List.of("k/" + "a".repeat(1022), "k/" + "é".repeat(511));

  /**
   * One byte more: 'a' × 1 023, and 'é' × 511 + one ASCII character (512 characters, 1 025 bytes).
   */
  static final List<String> KEYS_OF_1025_BYTES =
      List.of("k/" + "a".repeat(1023), "k/" + "é".repeat(511) + "x");

  @Test
  void keysOfExactly1024BytesWorkForEveryOperation(TestBucket bucket) {
    S3Client s3 = bucket.client();
    String b = bucket.name();
    for (String key : KEYS_OF_1024_BYTES) {
      assertEquals(1024, key.getBytes(StandardCharsets.UTF_8).length);
      s3.putObject(r -> r.bucket(b).key(key), RequestBody.fromString("v"));
      assertEquals(1L, s3.headObject(r -> r.bucket(b).key(key)).contentLength());
      assertEquals("v", s3.getObjectAsBytes(r -> r.bucket(b).key(key)).asUtf8String());
    }
    List<String> listed =
        s3.listObjectsV2(r -> r.bucket(b).prefix("k/")).contents().stream()
            .map(S3Object::key)
            .toList();
    assertEquals(KEYS_OF_1024_BYTES, listed, "both keys, in byte order ('a' < 'é')");
    for (String key : KEYS_OF_1024_BYTES) {
      s3.deleteObject(r -> r.bucket(b).key(key));
    }
  }

  @Test
  void keysOf1025BytesAreRefusedWith400KeyTooLongError(TestBucket bucket) {
    S3Client s3 = bucket.client();
    String b = bucket.name();
    s3.putObject(r -> r.bucket(b).key("source"), RequestBody.fromString("v"));
    for (String key : KEYS_OF_1025_BYTES) {
      assertEquals(1025, key.getBytes(StandardCharsets.UTF_8).length);
      assertKeyTooLong(
          () -> s3.putObject(r -> r.bucket(b).key(key), RequestBody.fromString("v")), "PUT");
      assertKeyTooLong(
          () ->
              s3.putObject(r -> r.bucket(b).key(key).ifNoneMatch("*"), RequestBody.fromString("v")),
          "conditional PUT");
      assertKeyTooLong(
          () ->
              s3.copyObject(
                  r ->
                      r.sourceBucket(b)
                          .sourceKey("source")
                          .destinationBucket(b)
                          .destinationKey(key)),
          "COPY onto it");
      assertKeyTooLong(
          () -> s3.createMultipartUpload(r -> r.bucket(b).key(key)), "CreateMultipartUpload");
      assertKeyTooLong(() -> s3.getObjectAsBytes(r -> r.bucket(b).key(key)), "GET");
      // A HEAD answer has no body, so only the status says it.
      S3Exception head =
          assertThrows(S3Exception.class, () -> s3.headObject(r -> r.bucket(b).key(key)));
      assertEquals(400, head.statusCode(), "HEAD");
    }
    assertEquals(
        0, s3.listObjectsV2(r -> r.bucket(b).prefix("k/")).keyCount(), "nothing was written");
  }

  @Test
  void lengthIsCountedInUtf8Bytes() {
    assertEquals(1024, AwsLimits.MAX_KEY_BYTES);
    AwsLimits.checkKey("日".repeat(341) + "a"); // 1 024 bytes, 342 characters
    S3Exception e =
        assertThrows(S3Exception.class, () -> AwsLimits.checkKey("日".repeat(341) + "ab"));
    assertEquals(
        "Your key is too long Size: 1025, MaxSizeAllowed: 1024",
        e.getMessage().split(" \\(Service")[0]);
  }

  private static void assertKeyTooLong(Executable request, String what) {
    S3Exception e = assertThrows(S3Exception.class, request, what);
    assertEquals(400, e.statusCode(), what + ": " + e);
    assertEquals("KeyTooLongError", e.awsErrorDetails().errorCode(), what + ": " + e);
    assertEquals("Your key is too long", e.awsErrorDetails().errorMessage(), what);
  }
}
