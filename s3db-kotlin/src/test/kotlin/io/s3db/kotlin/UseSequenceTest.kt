package io.s3db.kotlin

import io.s3db.S3db
import io.s3db.testing.S3ServerExtension
import io.s3db.testing.TestBucket
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import org.junit.jupiter.api.extension.ExtendWith

/**
 * The block sees the key's records lazily, and the stream is closed when the block is done: a
 * sequence that escapes the block cannot be iterated, which it could if the stream were left open
 * (it was never consumed).
 */
@ExtendWith(S3ServerExtension::class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UseSequenceTest {
  private lateinit var db: S3db
  private lateinit var notes: NoteDao

  @BeforeAll
  fun insertNotes(bucket: TestBucket) {
    db = S3db.connect(bucket.uri("use-sequence"))
    notes = NoteDao.of(db)
    notes.insert(Note(id = "a", topic = "kotlin", words = 3))
    notes.insert(Note(id = "b", topic = "java", words = 5))
    notes.insert(Note(id = "c", topic = "kotlin", words = 8))
  }

  @AfterAll
  fun close() {
    db.close()
  }

  @Test
  fun everyRecordByDefault() {
    assertEquals(listOf("a", "b", "c"), notes.useSequence { seq -> seq.map { it.id }.toList() })
  }

  @Test
  fun theRecordsOfAPartition() {
    val words = notes.useSequence(NotePartitions.byTopic("kotlin")) { it.sumOf { n -> n.words } }
    assertEquals(11, words)
  }

  @Test
  fun closedWhenTheBlockReturns() {
    val escaped = notes.useSequence { it }
    assertThrows(IllegalStateException::class.java) { escaped.toList() }
  }

  @Test
  fun closedWhenTheBlockThrows() {
    var escaped: Sequence<Note>? = null
    assertThrows(ArithmeticException::class.java) {
      notes.useSequence {
        escaped = it
        throw ArithmeticException("the block failed")
      }
    }
    assertThrows(IllegalStateException::class.java) { escaped!!.toList() }
  }
}
