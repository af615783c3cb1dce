package io.s3db.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PartitionKey;
import io.s3db.S3db;
import io.s3db.documents.Documents;
import io.s3db.it.TestDatabases;
import io.s3db.spi.ResourceDescriptor;
import io.s3db.storage.Notes.NoteV1;
import io.s3db.storage.Notes.NoteV2;
import io.s3db.storage.Records.BodyOnlyBig;
import io.s3db.storage.Records.EnforcedBig;
import io.s3db.storage.Records.OverflowBig;
import io.s3db.storage.Records.TruncatedBig;
import io.s3db.storage.Records.UserManagedBig;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Documents in every behavior's layout, and of a versioned resource. */
@ExtendWith({S3ServerExtension.class, TestDatabases.class})
class DocumentsStorageTest {
  private static final String A = "a".repeat(900);
  private static final String B = "b".repeat(900);
  private static final String C = "c".repeat(900);
  private static final String D = "d";

  private final S3db db;

  DocumentsStorageTest(S3db db) {
    this.db = db;
  }

  @Test
  void everyBehaviorReadsAndWritesAsTheTypedDao() {
    Records_UserManagedBigDao.of(db).insert(new UserManagedBig("big", A, B, C, D));
    Records_EnforcedBigDao.of(db).insert(new EnforcedBig("small", "a", "b", "c", D));
    Records_TruncatedBigDao.of(db).insert(new TruncatedBig("big", A, B, C, D));
    Records_OverflowBigDao.of(db).insert(new OverflowBig("big", A, B, C, D));
    Records_BodyOnlyBigDao.of(db).insert(new BodyOnlyBig("big", A, B, C, D));
    for (String resource :
        List.of("r_user_managed", "r_truncate_data", "r_body_overflow", "r_body_only")) {
      Documents documents = db.documents(resource);
      ObjectNode document = documents.get("big");
      ObjectNode copy = document.deepCopy().put("id", "copy");
      documents.insert(copy);
      assertEquals(document.without("id"), documents.get("copy").without("id"), resource);
    }
    assertEquals(A, db.documents("r_body_only").get("big").get("a").textValue());
    assertEquals(new BodyOnlyBig("copy", A, B, C, D), Records_BodyOnlyBigDao.of(db).get("copy"));
    assertEquals(new OverflowBig("copy", A, B, C, D), Records_OverflowBigDao.of(db).get("copy"));
    assertEquals("a", db.documents("r_enforce_limits").get("small").get("a").textValue());
  }

  @Test
  void versionsAreReadAndWrittenUnderTheCurrentOne(TestBucket bucket) {
    String prefix = "docversions-" + System.nanoTime();
    try (S3db v1 = S3db.connect(bucket.uri(prefix))) {
      Notes_NoteV1Dao.of(v1).insert(new NoteV1("n1", "first"));
    }
    ResourceDescriptor<NoteV2> asNotes = Notes.secondVersion();
    try (S3db v2 = S3db.builder().uri(bucket.uri(prefix)).module(() -> List.of(asNotes)).build()) {
      Documents notes = v2.documents("notes");
      assertEquals(List.of("v1", "v2"), notes.describe().versions());
      assertEquals("v2", notes.describe().currentVersion());
      ObjectNode n1 = notes.get("n1");
      assertEquals("first", n1.get("text").textValue());
      assertFalse(n1.has("tag"));
      assertEquals(List.of("n1"), notes.listIds(PartitionKey.byVersion("v1")));
      notes.update("n1", d -> d.put("tag", "tagged"));
      assertEquals(List.of("n1"), notes.listIds(PartitionKey.byVersion("v2")));
      assertEquals(new NoteV2("n1", "first", "tagged"), v2.dao(NoteV2.class).get("n1"));
    }
  }
}
