package io.s3db.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.s3db.S3db;
import io.s3db.events.S3dbListener;
import io.s3db.events.VersionUpdatedEvent;
import io.s3db.reliability.ClientFaults;
import io.s3db.spi.ResourceDescriptor;
import io.s3db.storage.Notes.NoteV1;
import io.s3db.storage.Notes.NoteV2;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A catalog write whose reply was lost is recognised as this connect's own: the new schema version
 * is registered once and announced, not taken for another writer's and silently merged.
 */
@ExtendWith(S3ServerExtension.class)
class CatalogLostReplyTest {

  @Test
  void aNewVersionWhoseCatalogReplyWasLostIsStillAnnounced(TestBucket bucket) {
    String prefix = "catalog-lost-" + System.nanoTime();
    try (S3db db = S3db.connect(bucket.uri(prefix))) {
      Notes_NoteV1Dao.of(db).insert(new NoteV1("n1", "first"));
    }
    ResourceDescriptor<NoteV2> next = Notes_NoteV2Dao.DESCRIPTOR;
    ResourceDescriptor<NoteV2> asNotes =
        ResourceDescriptor.builder(NoteV2.class, "notes")
            .attributes(next.attributes())
            .codec(next.codec())
            .validator(next.validator())
            .partitions(next.partitions())
            .versioning(next.versioning())
            .build();
    ClientFaults faults = new ClientFaults();
    faults.loseReply("PutObject", "/s3db.json", 1);
    List<VersionUpdatedEvent> events = new ArrayList<>();
    try (S3db db =
        S3db.builder()
            .client(faults.client(bucket))
            .bucket(bucket.name())
            .keyPrefix(prefix)
            .module(() -> List.of(asNotes))
            .listener(
                new S3dbListener() {
                  @Override
                  public void versionUpdated(VersionUpdatedEvent event) {
                    events.add(event);
                  }
                })
            .build()) {
      assertEquals(1, faults.lostReplies());
      assertEquals(List.of(new VersionUpdatedEvent("notes", "v1", "v2")), events);
      assertEquals(new NoteV2("n1", "first", null), db.dao(NoteV2.class).get("n1"));
    }
  }
}
