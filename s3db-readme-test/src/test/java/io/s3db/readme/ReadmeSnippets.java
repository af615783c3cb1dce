package io.s3db.readme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's code blocks marked for extraction: a {@code <!-- snippet: name -->} line, then
 * (after blank lines at most) a fenced block. Markers rather than headings or positions, so
 * rewording the README cannot make the test pick another block.
 */
final class ReadmeSnippets {
  private final Path readme;
  private final String text;

  private ReadmeSnippets(Path readme, String text) {
    this.readme = readme;
    this.text = text;
  }

  static ReadmeSnippets read(Path readme) throws IOException {
    return new ReadmeSnippets(
        readme, Files.readString(readme, StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  /**
   * The code of the block marked {@code name}, without its fences; fails unless exactly one is
   * marked.
   */
  String get(String name) {
    Pattern block =
        Pattern.compile(
            "<!-- snippet: "
                + Pattern.quote(name)
                + " -->\n(?:[ \t]*\n)*"
                + "```[a-z]*\n(.*?)\n```\n",
            Pattern.DOTALL);
    Matcher matcher = block.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException(
          readme + " has no code block marked <!-- snippet: " + name + " -->");
    }
    String code = matcher.group(1);
    if (matcher.find()) {
      throw new IllegalStateException(
          readme + " marks two code blocks <!-- snippet: " + name + " -->");
    }
    return code + "\n";
  }
}
