package io.s3db.examples.kotlin.readme

import java.nio.file.Files
import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * The README's Kotlin blocks are in this module's sources, line for line (indentation and blank
 * lines aside), so what the README shows is what compiles here and what [ReadmeUsageTest] runs.
 * Blocks are found by their `<!-- snippet: name -->` marker, as s3db-readme-test finds Java ones.
 */
class ReadmeSnippetsTest {
  @Test fun theResource() = assertInSource("kotlin-resource", "readme/User.kt")

  @Test fun theUsage() = assertInSource("kotlin-usage", "readme/ReadmeUsage.kt")

  private fun assertInSource(snippet: String, source: String) {
    val block = snippet(snippet)
    val wanted = codeLines(block)
    val sourceLines =
        codeLines(Files.readString(Path.of("src/main/kotlin/io/s3db/examples/kotlin", source)))
    assertTrue(sourceLines.windowed(wanted.size).any { it == wanted }) {
      "README.md's <!-- snippet: $snippet --> is not in $source as it is in the README:\n$block"
    }
  }

  private fun snippet(name: String): String {
    // the module's tests run in its directory; the README is the repository's
    val readme = Files.readString(Path.of("../README.md")).replace("\r\n", "\n")
    val block =
        Regex(
            "<!-- snippet: ${Regex.escape(name)} -->\n(?:[ \t]*\n)*```kotlin\n(.*?)\n```\n",
            RegexOption.DOT_MATCHES_ALL)
    val found = block.findAll(readme).toList()
    assertTrue(found.size == 1) { "README.md marks ${found.size} kotlin blocks $name, not 1" }
    return found.single().groupValues[1]
  }

  private fun codeLines(text: String) = text.lines().map { it.trim() }.filter { it.isNotEmpty() }
}
