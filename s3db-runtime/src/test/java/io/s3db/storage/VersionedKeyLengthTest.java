package io.s3db.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3db;
import io.s3db.ValidationException;
import io.s3db.storage.Notes.NoteV1;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * With versioning a record's longest key is its byVersion reference, so that is what the 1 024-byte
 * limit applies to; the limit counts UTF-8 bytes, not characters.
 */
@ExtendWith(S3ServerExtension.class)
class VersionedKeyLengthTest {

  @Test
  void theLimitIsExactlyS3s_inUtf8Bytes_overTheByVersionReference(TestBucket bucket) {
    String prefix = "keylength-" + System.nanoTime();
    try (S3db db = S3db.connect(bucket.uri(prefix))) {
      Notes_NoteV1Dao notes = Notes_NoteV1Dao.of(db);
      String longest = prefix + "/resource=notes/partition=byVersion/_v=v1/id=";
      int room = 1024 - longest.getBytes(StandardCharsets.UTF_8).length;
      String fits = "é".repeat(room / 2) + "x".repeat(room % 2);
      assertEquals(1024, (longest + fits).getBytes(StandardCharsets.UTF_8).length);
      notes.insert(new NoteV1(fits, "at the limit"));
      assertEquals("at the limit", notes.get(fits).text());

      String over = fits + "x";
      ValidationException e =
          assertThrows(ValidationException.class, () -> notes.insert(new NoteV1(over, "over")));
      assertEquals("id", e.violations().get(0).path(), e.getMessage());
      assertTrue(
          e.getMessage().contains("byVersion") && e.getMessage().contains("1025 bytes"),
          e.getMessage());
      List<String> keys =
          bucket
              .client()
              .listObjectsV2Paginator(b -> b.bucket(bucket.name()).prefix(prefix + "/resource="))
              .contents()
              .stream()
              .map(S3Object::key)
              .toList();
      assertEquals(
          2,
          keys.size(),
          "the first record and its reference, nothing of the refused one: " + keys.size());
    }
  }
}
