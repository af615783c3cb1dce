package io.s3db.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.Content;
import io.s3db.ContentNotAllowedException;
import io.s3db.ResourceNotFoundException;
import io.s3db.S3db;
import io.s3db.S3dbException;
import io.s3db.it.TestDatabases;
import io.s3db.storage.Records.BodyOnlyBig;
import io.s3db.storage.Records.Document;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Binary content in the record's own object, beside its fields (FORMAT.md §3: the same slot as
 * s3db.js).
 */
@ExtendWith({S3ServerExtension.class, TestDatabases.class})
class ContentTest {
  private final TestBucket bucket;
  private final String prefix;
  private final S3db db;
  private final Records_DocumentDao documents;

  ContentTest(TestBucket bucket, S3db db) {
    this.bucket = bucket;
    this.db = db;
    this.prefix = db.keyPrefix();
    this.documents = Records_DocumentDao.of(db);
  }

  @Test
  void contentIsStoredBesideTheFieldsAndSurvivesUpdates() {
    documents.insert(new Document("d1", "Report", 12));
    assertFalse(documents.hasContent("d1"));
    assertTrue(documents.content("d1").isEmpty());
    byte[] pdf = "%PDF-1.7 not really".getBytes();
    documents.setContent("d1", pdf, "application/pdf");
    assertTrue(documents.hasContent("d1"));
    try (Content content = documents.content("d1").orElseThrow()) {
      assertEquals("application/pdf", content.contentType());
      assertEquals(pdf.length, content.length());
      assertArrayEquals(pdf, content.readAllBytes());
    }
    assertEquals(new Document("d1", "Report", 12), documents.get("d1"));
    documents.update("d1", d -> new Document(d.id(), "Report v2", 13));
    assertEquals(new Document("d1", "Report v2", 13), documents.get("d1"));
    try (Content content = documents.content("d1").orElseThrow()) {
      assertArrayEquals(pdf, content.readAllBytes(), "an update keeps the content");
    }
    documents.deleteContent("d1");
    assertFalse(documents.hasContent("d1"));
    assertEquals(new Document("d1", "Report v2", 13), documents.get("d1"));
    documents.update("d1", d -> new Document(d.id(), d.title(), 14));
    assertEquals(14, documents.get("d1").pages());
  }

  @Test
  void largeContentIsStreamedBothWays() throws Exception {
    documents.insert(new Document("big", "Video", 1));
    long length = 24L * 1024 * 1024;
    MessageDigest sent = MessageDigest.getInstance("SHA-256");
    documents.setContent("big", new RandomStream(length, sent), length, "video/mp4");
    MessageDigest received = MessageDigest.getInstance("SHA-256");
    long read = 0;
    try (Content content = documents.content("big").orElseThrow();
        InputStream in = content.stream()) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; read += n) {
        received.update(buffer, 0, n);
      }
    }
    assertEquals(length, read);
    assertArrayEquals(sent.digest(), received.digest());
  }

  @Test
  void contentNeedsAnExistingRecordWhoseFieldsAreInMetadata() {
    assertThrows(
        ResourceNotFoundException.class,
        () -> documents.setContent("nobody", new byte[] {1}, "x/y"));
    Records_BodyOnlyBigDao bodyOnly = Records_BodyOnlyBigDao.of(db);
    bodyOnly.insert(new BodyOnlyBig("b", "a", "b", "c", "d"));
    ContentNotAllowedException e =
        assertThrows(
            ContentNotAllowedException.class,
            () -> bodyOnly.setContent("b", new byte[] {1}, "x/y"));
    assertTrue(e.getMessage().contains("cannot hold binary content"), e.getMessage());
    assertEquals("b", e.id());
    documents.insert(new Document("j", "Json", 1));
    IllegalArgumentException json =
        assertThrows(
            IllegalArgumentException.class,
            () -> documents.setContent("j", "{}".getBytes(), "application/json"));
    assertTrue(json.getMessage().startsWith("contentType must not be application/json"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            documents.setContent(
                "j", new ByteArrayInputStream(new byte[1]), 1, "application/json; charset=utf-8"));
    assertFalse(documents.hasContent("j"));
  }

  @Test
  void aStreamThatEndsEarlyOrFailsStoresNothing() throws Exception {
    documents.insert(new Document("s", "Scan", 1));
    byte[] kept = {1, 2, 3};
    documents.setContent("s", kept, "image/png");
    S3dbException small =
        assertThrows(
            S3dbException.class,
            () -> documents.setContent("s", new ByteArrayInputStream(new byte[10]), 11, "x/y"));
    assertTrue(
        small.getMessage().endsWith("ended after 10 of the 11 bytes promised; nothing was stored."),
        small.getMessage());
    // more than one part: the first goes up before the stream is found short
    long promised = 10L * 1024 * 1024;
    RandomStream shorter = new RandomStream(promised - 1, MessageDigest.getInstance("SHA-256"));
    S3dbException large =
        assertThrows(
            S3dbException.class, () -> documents.setContent("s", shorter, promised, "x/y"));
    assertTrue(
        large.getMessage().contains("ended after " + (promised - 1) + " of the " + promised),
        large.getMessage());
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    S3dbException unreadable =
        assertThrows(S3dbException.class, () -> documents.setContent("s", failing, 5, "x/y"));
    assertTrue(
        unreadable.getMessage().startsWith("Cannot read the content stream of record 's'"),
        unreadable.getMessage());
    try (Content content = documents.content("s").orElseThrow()) {
      assertEquals("image/png", content.contentType());
      assertArrayEquals(kept, content.readAllBytes());
    }
    String bucketName = bucket.name();
    assertTrue(
        bucket.client().listMultipartUploads(r -> r.bucket(bucketName)).uploads().isEmpty(),
        "the short upload was aborted");
  }

  /** Pseudo-random bytes produced on demand, hashed as they go: nothing is held in memory. */
  private static final class RandomStream extends InputStream {
    private final Random random = new Random(42);
    private final MessageDigest digest;
    private long left;

    RandomStream(long length, MessageDigest digest) {
      this.left = length;
      this.digest = digest;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      byte[] chunk = new byte[n];
      random.nextBytes(chunk);
      System.arraycopy(chunk, 0, buffer, offset, n);
      digest.update(chunk);
      left -= n;
      return n;
    }
  }
}
