package io.s3db.kotlin

import io.s3db.S3db
import io.s3db.testing.S3ServerExtension
import io.s3db.testing.TestBucket
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.ExtendWith

@ExtendWith(S3ServerExtension::class)
class FindOrNullTest {
  @Test
  fun theRecordWhenItExistsNullWhenNot(bucket: TestBucket) {
    S3db.connect(bucket.uri("find-or-null")).use { db ->
      val notes = NoteDao.of(db)
      val stored = notes.insert(Note(topic = "kotlin", words = 3))

      assertEquals(stored, notes.findOrNull(stored.id!!))
      assertNull(notes.findOrNull("no-such-note"))
    }
  }
}
