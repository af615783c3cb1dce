package io.s3db.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Proves that {@link EmbeddedS3} enforces AWS's 2 KB user-metadata limit exactly: 2 048 bytes
 * (UTF-8 of keys without {@code x-amz-meta-}, plus values) pass, 2 049 fail with {@code 400
 * MetadataTooLarge}.
 *
 * <p>Why: s3db packs records into user metadata. Stock S3Proxy accepts any size (and its filesystem
 * store silently drops keys past ~4 KB), so an over-budget record would pass every local test and
 * fail on AWS.
 */
@ExtendWith(S3ServerExtension.class)
class MetadataLimitTest {

  @Test
  void exactly2048BytesIsAcceptedAndReturnedIntact(TestBucket bucket) {
    S3Client s3 = bucket.client();
    Map<String, String> one = Map.of("k", "a".repeat(2047));
    Map<String, String> several = new LinkedHashMap<>();
    several.put("abc", "x".repeat(1000)); // 3 + 1000
    several.put("de", "y".repeat(1040)); // 2 + 1040
    several.put("f", ""); // 1 + 0
    several.put("g", "z"); // 1 + 1    = 2048
    for (Map<String, String> metadata : List.of(one, several)) {
      assertEquals(2048, AwsLimits.userMetadataBytes(metadata));
      s3.putObject(
          b -> b.bucket(bucket.name()).key("limit/ok").metadata(metadata),
          RequestBody.fromString("body"));
      assertEquals(
          metadata, s3.headObject(b -> b.bucket(bucket.name()).key("limit/ok")).metadata());
    }
  }

  @Test
  void over2048BytesIsRejectedWith400MetadataTooLarge(TestBucket bucket) {
    S3Client s3 = bucket.client();
    Map<String, String> metadata = Map.of("k", "a".repeat(2048));
    assertEquals(2049, AwsLimits.userMetadataBytes(metadata));

    S3Exception e =
        assertThrows(
            S3Exception.class,
            () ->
                s3.putObject(
                    b -> b.bucket(bucket.name()).key("limit/too-big").metadata(metadata),
                    RequestBody.fromString("body")));
    assertMetadataTooLarge(e);
    assertThrows(
        NoSuchKeyException.class,
        () -> s3.headObject(b -> b.bucket(bucket.name()).key("limit/too-big")),
        "nothing was written");

    // An existing object is left as it was.
    s3.putObject(
        b -> b.bucket(bucket.name()).key("limit/existing").metadata(Map.of("v", "1")),
        RequestBody.fromString("old"));
    assertMetadataTooLarge(
        assertThrows(
            S3Exception.class,
            () ->
                s3.putObject(
                    b -> b.bucket(bucket.name()).key("limit/existing").metadata(metadata),
                    RequestBody.fromString("new"))));
    assertEquals(
        "old",
        s3.getObjectAsBytes(b -> b.bucket(bucket.name()).key("limit/existing")).asUtf8String());
  }

  @Test
  void copyWithReplacedMetadataIsHeldToTheSameLimit(TestBucket bucket) {
    S3Client s3 = bucket.client();
    String b = bucket.name();
    s3.putObject(
        r -> r.bucket(b).key("copy/src").metadata(Map.of("k", "a".repeat(2047))),
        RequestBody.fromString("body"));

    // COPY keeps the (legal) source metadata.
    s3.copyObject(
        r ->
            r.sourceBucket(b)
                .sourceKey("copy/src")
                .destinationBucket(b)
                .destinationKey("copy/dst"));
    assertEquals(
        2047, s3.headObject(r -> r.bucket(b).key("copy/dst")).metadata().get("k").length());

    // REPLACE at 2 048 bytes passes, at 2 049 fails -- also for the in-place metadata update (copy
    // onto itself).
    copyReplacing(s3, b, "copy/src", Map.of("kk", "b".repeat(2046)));
    assertEquals(
        Map.of("kk", "b".repeat(2046)), s3.headObject(r -> r.bucket(b).key("copy/src")).metadata());
    assertMetadataTooLarge(
        assertThrows(
            S3Exception.class,
            () -> copyReplacing(s3, b, "copy/src", Map.of("kk", "b".repeat(2047)))));
    assertMetadataTooLarge(
        assertThrows(
            S3Exception.class,
            () -> copyReplacing(s3, b, "copy/other", Map.of("kk", "b".repeat(2047)))));
    assertEquals(
        Map.of("kk", "b".repeat(2046)), s3.headObject(r -> r.bucket(b).key("copy/src")).metadata());
  }

  @Test
  void multipartUploadIsHeldToTheSameLimit(TestBucket bucket) {
    S3Client s3 = bucket.client();
    assertMetadataTooLarge(
        assertThrows(
            S3Exception.class,
            () ->
                s3.createMultipartUpload(
                    r ->
                        r.bucket(bucket.name())
                            .key("mpu/too-big")
                            .metadata(Map.of("k", "a".repeat(2048))))));
    String uploadId =
        s3.createMultipartUpload(
                r -> r.bucket(bucket.name()).key("mpu/ok").metadata(Map.of("k", "a".repeat(2047))))
            .uploadId();
    s3.abortMultipartUpload(r -> r.bucket(bucket.name()).key("mpu/ok").uploadId(uploadId));
  }

  /** Rejections come before the body is read; the client's pooled connections must survive that. */
  @Test
  void rejectionsUnderLoadLeaveConnectionsUsable(TestBucket bucket) throws Exception {
    S3Client s3 = bucket.client();
    Map<String, String> tooBig = Map.of("k", "a".repeat(2100));
    String body = "x".repeat(256 * 1024);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () -> {
                  if (n % 2 == 0) {
                    S3Exception e =
                        assertThrows(
                            S3Exception.class,
                            () ->
                                s3.putObject(
                                    b -> b.bucket(bucket.name()).key("load/" + n).metadata(tooBig),
                                    RequestBody.fromString(body)));
                    assertMetadataTooLarge(e);
                    return e.numAttempts();
                  }
                  s3.putObject(
                      b -> b.bucket(bucket.name()).key("load/" + n).metadata(Map.of("k", "v")),
                      RequestBody.fromString(body));
                  return 1;
                }));
      }
      for (Future<Integer> future : futures) {
        assertEquals(1, future.get(), "attempts (a retry would mean a broken connection)");
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(32, s3.listObjectsV2(b -> b.bucket(bucket.name()).prefix("load/")).keyCount());
  }

  @Test
  void sizeIsCountedInUtf8BytesOfKeysAndValues() {
    assertEquals(0, AwsLimits.userMetadataBytes(Map.of()));
    assertEquals(2 + 3, AwsLimits.userMetadataBytes(Map.of("ab", "cde")));
    assertEquals(2 + 6, AwsLimits.userMetadataBytes(Map.of("é", "日本"))); // 2-byte and 3-byte
    assertEquals(
        1 + 4, AwsLimits.userMetadataBytes(Map.of("k", "\uD83D\uDE00"))); // one 4-byte emoji
    assertEquals(8 + 2040, AwsLimits.userMetadataBytes(Map.of("ключ", "v".repeat(2040))));
    // S3Proxy's own checksum entries are not user metadata.
    assertEquals(
        1, AwsLimits.userMetadataBytes(Map.of("s3proxy_checksum_crc32", "AAAAAA==", "k", "")));
    assertEquals(2048, AwsLimits.MAX_USER_METADATA_BYTES);
  }

  static void assertMetadataTooLarge(S3Exception e) {
    assertEquals(400, e.statusCode(), e.toString());
    assertEquals("MetadataTooLarge", e.awsErrorDetails().errorCode(), e.toString());
  }

  /** Copies copy/src to {@code destination} with its metadata replaced by {@code metadata}. */
  private static void copyReplacing(
      S3Client s3, String b, String destination, Map<String, String> metadata) {
    s3.copyObject(
        r ->
            r.sourceBucket(b)
                .sourceKey("copy/src")
                .destinationBucket(b)
                .destinationKey(destination)
                .metadataDirective(MetadataDirective.REPLACE)
                .metadata(metadata));
  }
}
