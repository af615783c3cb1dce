package io.s3db.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.PartitionKey;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.events.S3dbListener;
import io.s3db.events.VersionUpdatedEvent;
import io.s3db.it.StoredObjects;
import io.s3db.spi.ResourceDescriptor;
import io.s3db.storage.Notes.NoteV1;
import io.s3db.storage.Notes.NoteV2;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Schema versions (FORMAT.md §2.4, §6): a changed record registers a new version, old objects read
 * through the registry into the new record, and with versioning the byVersion partition and
 * historical copies.
 */
@ExtendWith(S3ServerExtension.class)
class VersioningTest {

  @Test
  void aNewSchemaVersionKeepsOldRecordsReadableAndTheirHistory(TestBucket bucket) throws Exception {
    String prefix = "versions-" + System.nanoTime();
    try (S3db db = S3db.connect(bucket.uri(prefix))) {
      Notes_NoteV1Dao.of(db).insert(new NoteV1("n1", "first"));
      Notes_NoteV1Dao.of(db).insert(new NoteV1("n2", "second"));
      assertEquals(
          List.of("n1", "n2"), Notes_NoteV1Dao.of(db).listIds(PartitionKey.byVersion("v1")));
    }
    List<VersionUpdatedEvent> events = new ArrayList<>();
    ResourceDescriptor<NoteV2> asNotes = Notes.secondVersion();
    try (S3db db =
        S3db.builder()
            .uri(bucket.uri(prefix))
            .module(() -> List.of(asNotes))
            .listener(
                new S3dbListener() {
                  @Override
                  public void versionUpdated(VersionUpdatedEvent event) {
                    events.add(event);
                  }
                })
            .build()) {
      assertEquals(List.of(new VersionUpdatedEvent("notes", "v1", "v2")), events);
      S3Dao<NoteV2> notes = db.dao(NoteV2.class);
      assertEquals(
          new NoteV2("n1", "first", null), notes.get("n1"), "a v1 object read as the v2 record");
      notes.update("n1", n -> new NoteV2(n.id(), n.text(), "tagged"));
      notes.insert(new NoteV2("n3", "third", "t"));

      assertEquals(List.of("n2"), notes.listIds(PartitionKey.byVersion("v1")));
      assertEquals(List.of("n1", "n3"), notes.listIds(PartitionKey.byVersion("v2")));
      assertEquals(1, notes.count(PartitionKey.byVersion("v1")));
      assertEquals(
          List.of(new NoteV2("n2", "second", null)), notes.list(PartitionKey.byVersion("v1")));

      var history =
          bucket
              .client()
              .headObject(
                  b -> b.bucket(bucket.name()).key(prefix + "/resource=notes/historical/id=n1"));
      assertEquals("v1", history.metadata().get("_v"), "the record as it was before the update");
      assertFalse(
          keyExists(bucket, prefix + "/resource=notes/historical/id=n3"),
          "no history for a v2 record");

      notes.delete("n2");
      assertEquals(List.of(), notes.listIds(PartitionKey.byVersion("v1")));
    }
    JsonNode catalog = StoredObjects.catalog(bucket, prefix).path("resources").path("notes");
    assertEquals(
        "{\"fields\":{\"_v\":\"string\"}}",
        catalog.path("partitions").path("byVersion").toString());
    assertTrue(catalog.path("versions").has("v1") && catalog.path("versions").has("v2"));
  }

  private static boolean keyExists(TestBucket bucket, String key) {
    try {
      bucket.client().headObject(b -> b.bucket(bucket.name()).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }
}
