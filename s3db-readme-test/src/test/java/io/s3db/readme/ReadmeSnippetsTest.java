package io.s3db.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marker finds its block and nothing else; a missing or repeated marker is an error, not a
 * guess.
 */
class ReadmeSnippetsTest {
  @TempDir Path dir;

  @Test
  void theBlockAfterTheMarkerWithoutItsFences() throws IOException {
    ReadmeSnippets readme =
        readme(
            """
        ```java
        unmarked();
        ```
        <!-- snippet: usage -->

        ```java
        marked();
        again();
        ```
        """);
    assertEquals("marked();\nagain();\n", readme.get("usage"));
  }

  @Test
  void aMissingOrRepeatedMarkerIsAnError() throws IOException {
    ReadmeSnippets readme =
        readme(
            """
        <!-- snippet: twice -->
        ```xml
        <a/>
        ```
        <!-- snippet: twice -->
        ```xml
        <b/>
        ```
        """);
    assertThrows(IllegalStateException.class, () -> readme.get("record"));
    assertThrows(IllegalStateException.class, () -> readme.get("twice"));
  }

  private ReadmeSnippets readme(String text) throws IOException {
    return ReadmeSnippets.read(Files.writeString(dir.resolve("README.md"), text));
  }
}
