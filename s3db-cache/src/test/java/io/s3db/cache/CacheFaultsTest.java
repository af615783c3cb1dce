package io.s3db.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.s3db.S3db;
import io.s3db.S3dbException;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import io.s3db.testing.faults.FaultProxy;
import io.s3db.testing.faults.FaultProxyExtension;
import io.s3db.testing.faults.FaultRule;
import io.s3db.testing.faults.S3Operation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A write that fails after S3 applied it (its answer lost, and the check of it too) leaves the
 * bucket changed and nobody told which record: what it may have stored must not be served from
 * memory.
 */
@ExtendWith({S3ServerExtension.class, FaultProxyExtension.class})
class CacheFaultsTest {

  @Test
  void anInsertWhoseOutcomeIsUnknownForgetsWhatItMayHaveStored(
      TestBucket bucket, FaultProxy proxy) {
    CachePlugin cache = CachePlugin.builder().resource(Note.class).build();
    try (S3db db =
        S3db.builder()
            .client(proxy.client())
            .bucket(bucket.name())
            .keyPrefix("faults-" + System.nanoTime())
            .plugin(cache)
            .build()) {
      NoteDao notes = NoteDao.of(db);
      // the record comes without an id and a hook picks it: the call cannot name it beforehand
      notes.hooks().beforeInsert((ctx, n) -> n.text().equals("slug") ? new Note("s1", "slug") : n);
      notes.insert(new Note("n1", "kept"));
      assertEquals(Optional.empty(), notes.find("s1"));
      notes.find("n1");

      // the PUT is applied but every answer to it is lost, and so is every answer to its check
      proxy.inject(
          FaultRule.on(S3Operation.PUT_OBJECT)
              .keyMatching(".*/data/id=s1")
              .times(20)
              .resetAfterForwarding());
      proxy.inject(
          FaultRule.on(S3Operation.HEAD_OBJECT)
              .keyMatching(".*/data/id=s1")
              .times(20)
              .internalError());
      assertThrows(S3dbException.class, () -> notes.insert(new Note(null, "slug")));
      proxy.clearRules();

      assertEquals("slug", notes.find("s1").orElseThrow().text(), "it was stored after all");
      assertEquals("kept", notes.find("n1").orElseThrow().text());
      assertEquals(2, notes.count());
    }
  }
}
