package io.s3db.costs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.Content;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Bytes counted are those the server stored and sent: body bytes as the stored object's size, user
 * metadata as the stored object's metadata, read back with a plain client.
 */
@ExtendWith(S3ServerExtension.class)
class CostsBytesTest {
  private final TestBucket bucket;
  private final CostsPlugin costs = CostsPlugin.create();
  private final S3db db;
  private final NoteDao notes;

  CostsBytesTest(TestBucket bucket) {
    this.bucket = bucket;
    this.db = S3db.builder().uri(bucket.uri("bytes-" + System.nanoTime())).plugin(costs).build();
    this.notes = NoteDao.of(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void bodyBytesAreWhatTheServerStoredAndSent() {
    notes.insert(new Note("c1", "with content"));
    byte[] content = new byte[12_345];
    new Random(7).nextBytes(content);
    costs.reset();
    notes.setContent("c1", content, "application/octet-stream");
    CostsSnapshot set = costs.snapshot();
    long stored = stored("c1").contentLength();
    assertEquals(content.length, stored);
    assertEquals(stored, set.s3Operation("PutObject").bytesSent());
    // a HEAD's Content-Length is the object's size, but no body comes with it
    assertEquals(0, set.s3Operation("HeadObject").bytesReceived());
    assertEquals(0, set.total().bytesReceived() - set.s3Operation("PutObject").bytesReceived());

    costs.reset();
    try (Content read = notes.content("c1").orElseThrow()) {
      assertArrayEquals(content, read.readAllBytes());
    }
    assertEquals(stored, costs.snapshot().s3Operation("GetObject").bytesReceived());
  }

  @Test
  void anUpdateSendsItsRevisionBody_anInsertNone() {
    costs.reset();
    notes.insert(new Note("u1", "first"));
    assertEquals(0, costs.snapshot().s3Operation("PutObject").bytesSent());
    costs.reset();
    notes.update("u1", n -> new Note(n.id(), "second"));
    assertEquals(
        stored("u1").contentLength(), costs.snapshot().s3Operation("PutObject").bytesSent());
    assertTrue(stored("u1").contentLength() > 0);
  }

  @Test
  void metadataBytesAreTheRecordAsStored() {
    costs.reset();
    notes.insert(new Note("m1", "Olá, mundo — ção"));
    long stored = metadataBytes(stored("m1").metadata());
    assertTrue(stored > 0);
    assertEquals(stored, costs.snapshot().s3Operation("PutObject").metadataBytesSent());

    costs.reset();
    notes.get("m1");
    assertEquals(stored, costs.snapshot().s3Operation("HeadObject").metadataBytesReceived());
  }

  @Test
  void listAnswersAreCounted_moreKeysMoreBytes() {
    notes.insert(new Note("l1", "listed"));
    costs.reset();
    notes.listIds();
    long one = costs.snapshot().s3Operation("ListObjectsV2").bytesReceived();
    for (int i = 2; i <= 5; i++) {
      notes.insert(new Note("l" + i, "listed"));
    }
    costs.reset();
    assertEquals(5, notes.listIds().size());
    long five = costs.snapshot().s3Operation("ListObjectsV2").bytesReceived();
    assertTrue(one > 0, "one key: " + one);
    assertTrue(five > one, one + " then " + five);
  }

  private HeadObjectResponse stored(String id) {
    return bucket
        .client()
        .headObject(
            r ->
                r.bucket(bucket.name()).key(db.keyPrefix() + "/resource=costsnotes/data/id=" + id));
  }

  /** As S3 measures it: names without {@code x-amz-meta-} plus values, in UTF-8. */
  private static long metadataBytes(Map<String, String> metadata) {
    long bytes = 0;
    for (Map.Entry<String, String> e : metadata.entrySet()) {
      bytes += e.getKey().getBytes(StandardCharsets.UTF_8).length;
      bytes += e.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    return bytes;
  }
}
