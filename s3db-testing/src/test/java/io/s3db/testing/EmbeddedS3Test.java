package io.s3db.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The server's own contract: where it listens, who it lets in, what it keeps, and that it is quiet.
 */
class EmbeddedS3Test {

  @Test
  void startsQuicklyAndQuietlyOnLoopbackAndChecksSignatures() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    var captured = new ByteArrayOutputStream();
    var capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    long startNanos = System.nanoTime();
    long startedNanos;
    System.setOut(capture);
    System.setErr(capture);
    try (EmbeddedS3 s3 = EmbeddedS3.inMemory()) {
      startedNanos = System.nanoTime();
      URI endpoint = s3.endpoint();
      assertEquals("http", endpoint.getScheme());
      assertEquals("127.0.0.1", endpoint.getHost());
      assertTrue(endpoint.getPort() > 0, endpoint.toString());

      s3.createBucket("sig");
      s3.client().putObject(b -> b.bucket("sig").key("k"), RequestBody.fromString("v"));

      try (S3Client wrongSecret =
          EmbeddedS3.newClient(endpoint, s3.accessKey(), "not-the-secret")) {
        S3Exception e =
            assertThrows(
                S3Exception.class,
                () -> wrongSecret.getObjectAsBytes(b -> b.bucket("sig").key("k")));
        assertEquals(403, e.statusCode());
        assertEquals("SignatureDoesNotMatch", e.awsErrorDetails().errorCode());
      }
      try (S3Client anonymous =
          EmbeddedS3.clientBuilder(endpoint, "x", "y")
              .credentialsProvider(AnonymousCredentialsProvider.create())
              .build()) {
        S3Exception e =
            assertThrows(
                S3Exception.class, () -> anonymous.getObjectAsBytes(b -> b.bucket("sig").key("k")));
        assertEquals(403, e.statusCode());
      }
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    System.out.printf(
        "[EmbeddedS3] inMemory() took %d ms (includes building the client)%n",
        (startedNanos - startNanos) / 1_000_000);
    assertEquals(
        "", captured.toString(StandardCharsets.UTF_8), "nothing may be printed (no DEBUG noise)");
  }

  @Test
  void createBucketIsIdempotent() {
    try (EmbeddedS3 s3 = EmbeddedS3.inMemory()) {
      s3.createBucket("twice");
      s3.createBucket("twice");
      assertEquals(
          List.of("twice"),
          s3.client().listBuckets().buckets().stream().map(b -> b.name()).toList());
    }
  }

  @Test
  void uriIsAConnectionStringWithEncodedCredentialsBucketAndPrefix() {
    try (EmbeddedS3 s3 = EmbeddedS3.inMemory()) {
      String base = "http://s3db-access:s3db-secret@127.0.0.1:" + s3.endpoint().getPort();
      assertEquals(base + "/b", s3.uri("b", ""));
      assertEquals(base + "/b/databases/app", s3.uri("b", "databases/app"));
      assertEquals(base + "/b/databases/app", s3.uri("b", "/databases/app/"));
      assertEquals(base + "/b/a%20b/c%2Bd", s3.uri("b", "a b/c+d"));
    }
    assertEquals(
        "AKIA%2FX%3Ase%2Bcret%40%C3%A9~._-", ConnectionUri.percentEncode("AKIA/X:se+cret@é~._-"));
  }

  @Test
  void onDiskKeepsBucketsObjectsAndMetadataAcrossRestarts(@TempDir Path dir) {
    Map<String, String> metadata = Map.of("name", "ada", "n", "1".repeat(1500));
    int firstPort;
    try (EmbeddedS3 s3 = EmbeddedS3.onDisk(dir.resolve("data"))) {
      firstPort = s3.endpoint().getPort();
      s3.createBucket("persist");
      s3.client()
          .putObject(
              b -> b.bucket("persist").key("users/1").metadata(metadata),
              RequestBody.fromString("{\"id\":1}"));
    }
    try (EmbeddedS3 s3 = EmbeddedS3.onDisk(dir.resolve("data"))) {
      assertNotEquals(0, firstPort);
      S3Client c = s3.client();
      assertEquals(
          List.of("users/1"),
          c.listObjectsV2(b -> b.bucket("persist")).contents().stream()
              .map(S3Object::key)
              .toList());
      assertEquals(
          "{\"id\":1}", c.getObjectAsBytes(b -> b.bucket("persist").key("users/1")).asUtf8String());
      assertEquals(metadata, c.headObject(b -> b.bucket("persist").key("users/1")).metadata());
      s3.createBucket("persist"); // idempotent on an existing directory too
    }
  }

  @Test
  void closeStopsTheServerAndIsIdempotent() {
    EmbeddedS3 s3 = EmbeddedS3.inMemory();
    URI endpoint = s3.endpoint();
    s3.createBucket("gone");
    s3.close();
    assertDoesNotThrow(s3::close);
    try (S3Client client =
        EmbeddedS3.clientBuilder(endpoint, s3.accessKey(), s3.secretKey())
            .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1)))
            .build()) {
      assertThrows(SdkClientException.class, client::listBuckets);
    }
  }

  /**
   * S3Proxy keeps objects as files, so {@code a} and {@code a/b} cannot both exist (AWS allows it).
   * The harness cannot fix that, but it turns the retried 500 into one clear 501.
   */
  @Test
  void keyThatIsAlsoADirectoryIsExplained() {
    try (EmbeddedS3 s3 = EmbeddedS3.inMemory()) {
      s3.createBucket("paths");
      S3Client c = s3.client();
      c.putObject(b -> b.bucket("paths").key("x/a"), RequestBody.fromString("file"));
      S3Exception below =
          assertThrows(
              S3Exception.class,
              () ->
                  c.putObject(
                      b -> b.bucket("paths").key("x/a/b"), RequestBody.fromString("below")));
      assertEquals(501, below.statusCode());
      assertEquals(1, below.numAttempts(), "not retried");
      assertTrue(below.awsErrorDetails().errorMessage().contains("'x/a'"), below.toString());

      c.putObject(b -> b.bucket("paths").key("y/a/b"), RequestBody.fromString("below"));
      S3Exception above =
          assertThrows(
              S3Exception.class,
              () -> c.putObject(b -> b.bucket("paths").key("y/a"), RequestBody.fromString("file")));
      assertEquals(501, above.statusCode());
      assertTrue(above.awsErrorDetails().errorMessage().contains("'y/a/'"), above.toString());
    }
  }
}
