package io.s3db.testing.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Without faults the proxy is invisible: every operation s3db uses goes through with its answer
 * intact, over few kept-alive connections, and is counted under the right {@link S3Operation}.
 */
@ExtendWith(S3ServerExtension.class)
class ForwardingTest {

  @Test
  void everyOperationGoesThroughIntactAndIsCountedOnce(TestBucket bucket) {
    String b = bucket.name();
    try (FaultProxy proxy = FaultProxy.start(bucket.server())) {
      S3Client s3 = proxy.client();
      s3.listBuckets();
      s3.headBucket(r -> r.bucket(b));
      s3.putObject(
          r -> r.bucket(b).key("f/a b+c").metadata(Map.of("m", "1")),
          RequestBody.fromString("hello"));
      s3.copyObject(
          r ->
              r.sourceBucket(b).sourceKey("f/a b+c").destinationBucket(b).destinationKey("f/copy"));
      assertEquals(Map.of("m", "1"), s3.headObject(r -> r.bucket(b).key("f/copy")).metadata());
      assertEquals(
          "ell",
          s3.getObjectAsBytes(r -> r.bucket(b).key("f/a b+c").range("bytes=1-3")).asUtf8String());
      assertEquals(2, s3.listObjectsV2(r -> r.bucket(b).prefix("f/")).keyCount());
      assertEquals(2, s3.listObjects(r -> r.bucket(b).prefix("f/")).contents().size());
      // Unknown length: the SDK then frames the body itself.
      s3.putObject(
          r -> r.bucket(b).key("f/stream"),
          RequestBody.fromContentProvider(
              () -> new ByteArrayInputStream(new byte[70_000]), "application/octet-stream"));
      assertEquals(70_000L, s3.headObject(r -> r.bucket(b).key("f/stream")).contentLength());

      String uploadId = s3.createMultipartUpload(r -> r.bucket(b).key("f/mpu")).uploadId();
      String eTag =
          s3.uploadPart(
                  r -> r.bucket(b).key("f/mpu").uploadId(uploadId).partNumber(1),
                  RequestBody.fromString("part-1"))
              .eTag();
      assertEquals(
          1, s3.listParts(r -> r.bucket(b).key("f/mpu").uploadId(uploadId)).parts().size());
      assertEquals(1, s3.listMultipartUploads(r -> r.bucket(b)).uploads().size());
      s3.completeMultipartUpload(
          r ->
              r.bucket(b)
                  .key("f/mpu")
                  .uploadId(uploadId)
                  .multipartUpload(
                      m -> m.parts(CompletedPart.builder().partNumber(1).eTag(eTag).build())));
      String abortId = s3.createMultipartUpload(r -> r.bucket(b).key("f/aborted")).uploadId();
      s3.abortMultipartUpload(r -> r.bucket(b).key("f/aborted").uploadId(abortId));

      s3.deleteObject(r -> r.bucket(b).key("f/mpu"));
      s3.deleteObjects(
          r ->
              r.bucket(b)
                  .delete(
                      d ->
                          d.objects(
                              ObjectIdentifier.builder().key("f/a b+c").build(),
                              ObjectIdentifier.builder().key("f/copy").build(),
                              ObjectIdentifier.builder().key("f/stream").build())));
      assertEquals(0, s3.listObjectsV2(r -> r.bucket(b).prefix("f/")).keyCount());

      FaultProxyStats stats = proxy.stats();
      System.out.println(stats);
      Map<S3Operation, Long> expected = new java.util.EnumMap<>(S3Operation.class);
      expected.putAll(
          Map.of(
              S3Operation.LIST_BUCKETS,
              1L,
              S3Operation.HEAD_BUCKET,
              1L,
              S3Operation.PUT_OBJECT,
              2L,
              S3Operation.COPY_OBJECT,
              1L,
              S3Operation.HEAD_OBJECT,
              2L,
              S3Operation.GET_OBJECT,
              1L,
              S3Operation.LIST_OBJECTS_V2,
              2L,
              S3Operation.LIST_OBJECTS,
              1L,
              S3Operation.CREATE_MULTIPART_UPLOAD,
              2L,
              S3Operation.UPLOAD_PART,
              1L));
      expected.putAll(
          Map.of(
              S3Operation.LIST_PARTS,
              1L,
              S3Operation.LIST_MULTIPART_UPLOADS,
              1L,
              S3Operation.COMPLETE_MULTIPART_UPLOAD,
              1L,
              S3Operation.ABORT_MULTIPART_UPLOAD,
              1L,
              S3Operation.DELETE_OBJECT,
              1L,
              S3Operation.DELETE_OBJECTS,
              1L));
      assertEquals(expected, stats.requests());
      assertEquals(0, stats.totalFaults());
      assertEquals(1, stats.connections(), "one kept-alive connection for a sequential client");
    }
  }

  /**
   * A create that loses (412) is answered before its body is sent upstream; the client's connection
   * lives on.
   */
  @Test
  void anEarlyAnswerToExpectContinueKeepsTheClientConnectionUsable(TestBucket bucket) {
    String b = bucket.name();
    try (FaultProxy proxy = FaultProxy.start(bucket.server())) {
      S3Client s3 = proxy.client();
      RequestBody big = RequestBody.fromBytes(new byte[256 * 1024]);
      s3.putObject(r -> r.bucket(b).key("early/k").ifNoneMatch("*"), big);
      for (int i = 0; i < 3; i++) {
        S3Exception e =
            assertThrows(
                S3Exception.class,
                () -> s3.putObject(r -> r.bucket(b).key("early/k").ifNoneMatch("*"), big));
        assertEquals(412, e.statusCode());
        assertEquals(256 * 1024L, s3.headObject(r -> r.bucket(b).key("early/k")).contentLength());
      }
      assertEquals(7, proxy.stats().totalRequests(), "no retries: every answer was clean");
      assertEquals(1, proxy.stats().connections());
    }
  }

  @Test
  void connectionsAreBounded(TestBucket bucket) throws Exception {
    try (FaultProxy proxy = FaultProxy.start(bucket.server().endpoint(), 2);
        S3Client s3 = ProxyClients.withoutRetries(proxy)) {
      Hold hold = new Hold();
      proxy.inject(FaultRule.on(S3Operation.HEAD_BUCKET).times(3).hold(hold));
      CompletableFuture<?>[] heads = new CompletableFuture<?>[3];
      for (int i = 0; i < 3; i++) {
        heads[i] = CompletableFuture.runAsync(() -> s3.headBucket(r -> r.bucket(bucket.name())));
      }
      assertTrue(hold.awaitHeld(2, Duration.ofSeconds(10)));
      assertFalse(
          hold.awaitHeld(3, Duration.ofMillis(300)),
          "a third connection is served only when one frees");
      hold.release();
      CompletableFuture.allOf(heads).get(10, TimeUnit.SECONDS);
      assertEquals(3, proxy.stats().requests(S3Operation.HEAD_BUCKET));
    }
  }

  @Test
  void listensOnLoopbackForwardsToLoopbackOnlyAndGivesConnectionStrings(TestBucket bucket) {
    try (FaultProxy proxy = FaultProxy.start(bucket.server())) {
      assertEquals("127.0.0.1", proxy.endpoint().getHost());
      assertEquals(
          bucket
              .uri()
              .replace(
                  ":" + bucket.server().endpoint().getPort() + "/",
                  ":" + proxy.endpoint().getPort() + "/"),
          proxy.uri(bucket));
    }
    assertThrows(
        IllegalArgumentException.class, () -> FaultProxy.start(URI.create("http://10.1.2.3:9000")));
  }
}
