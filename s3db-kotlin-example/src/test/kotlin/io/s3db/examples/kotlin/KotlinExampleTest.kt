package io.s3db.examples.kotlin

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class KotlinExampleTest {
  @Test
  fun runsAgainstEmbeddedS3() {
    val lines = runExample()
    lines.forEach(::println)
    assertTrue(lines[0].startsWith("inserted Ana as "), lines[0])
    assertTrue(lines[0].endsWith(", status NEW, created true"), lines[0])
    assertEquals("read Bruno, token s3cr3t, email bruno@example.com, prefs {theme=dark}", lines[1])
    assertEquals("updated Ana: PAID, age 35", lines[2])
    assertEquals("PT users: 2", lines[3])
    assertEquals("PAID: [Ana]", lines[4])
    assertEquals("NEW: [Bruno, Chloé]", lines[5])
    assertEquals("oldest in PT: Bruno, 41", lines[6])
    assertEquals("after delete: 2 users, chloe null", lines[7])
    assertEquals("account plan FREE, password generated true, kept true", lines[8])
    assertEquals("events in creation order: true", lines[9])
  }
}
