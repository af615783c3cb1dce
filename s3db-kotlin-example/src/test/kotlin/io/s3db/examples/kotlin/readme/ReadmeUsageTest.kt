package io.s3db.examples.kotlin.readme

import io.s3db.S3db
import io.s3db.testing.S3ServerExtension
import io.s3db.testing.TestBucket
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.ExtendWith

/** The README's Kotlin usage does what its comments say: hook, update, findOrNull, sequence. */
@ExtendWith(S3ServerExtension::class)
class ReadmeUsageTest {
  @Test
  fun runsAsTheReadmeSays(bucket: TestBucket) {
    val (inPortugal, nobody, paid) = S3db.connect(bucket.uri("readme")).use { readmeUsage(it) }
    val address = Regex.escape("address=Address(city=Lisbon, country=PT)")
    val ana = Regex("""\[User\(id=\S+, name=Ana, status=PAID, $address\)]""")
    assertTrue(ana.matches(inPortugal), inPortugal)
    assertEquals("null", nobody)
    assertEquals("[Ana]", paid)
  }
}
