package io.s3db.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java and Kotlin block of the guides ({@code docs/guides/*.md}) is a region of a source file
 * that this build compiles, line for line after stripping the common indentation. A block is marked
 * by an HTML comment on the line before its fence, {@code <!-- snippet: path#region -->}, with the
 * path from the repository's root; the region is the lines between {@code // snippet: region} and
 * {@code // end snippet: region} in that file (marker lines of other regions inside it left out).
 * Blocks in other languages (XML, shell, text) need no marker.
 */
class GuideSnippetsTest {
  /** Surefire runs a module's tests in its directory; the guides are the repository's. */
  private static final Path ROOT = Path.of("..");

  private static final Path GUIDES = ROOT.resolve("docs/guides");

  /** Languages whose blocks must come from compiled sources. */
  private static final Set<String> CHECKED = Set.of("java", "kotlin");

  private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([A-Za-z0-9_+-]*)\\s*$");
  private static final Pattern MARKER =
      Pattern.compile("^\\s*<!-- snippet: ([^#\\s]+)#([^\\s]+) -->\\s*$");
  private static final Pattern REGION_START = Pattern.compile("^\\s*// snippet: (\\S+)\\s*$");
  private static final Pattern REGION_END = Pattern.compile("^\\s*// end snippet: (\\S+)\\s*$");

  /** A fenced block of a guide. */
  record Block(
      String guide,
      int line,
      String language,
      @Nullable String file,
      @Nullable String region,
      List<String> lines) {
    String name() {
      return file == null
          ? "```" + language + " block"
          : "<!-- snippet: " + file + "#" + region + " -->";
    }
  }

  @TestFactory
  Stream<DynamicTest> everyMarkedBlockIsItsSourceRegion() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path guide : guides()) {
      String name = ROOT.relativize(guide).toString().replace('\\', '/');
      for (Block block : blocks(name, read(guide))) {
        if (block.file() == null) {
          continue;
        }
        tests.add(
            DynamicTest.dynamicTest(
                name + " " + block.name(),
                () -> {
                  String difference = difference(block, region(block.file(), block.region()));
                  if (difference != null) {
                    fail(difference);
                  }
                }));
      }
    }
    assertFalse(tests.isEmpty(), "no marked blocks in " + GUIDES);
    return tests.stream();
  }

  @Test
  void everyJavaAndKotlinBlockIsMarked() {
    List<String> unmarked = new ArrayList<>();
    for (Path guide : guides()) {
      String name = ROOT.relativize(guide).toString().replace('\\', '/');
      for (Block block : blocks(name, read(guide))) {
        if (block.file() == null && CHECKED.contains(block.language())) {
          unmarked.add(name + ":" + block.line() + " " + block.name());
        }
      }
    }
    assertEquals(
        List.of(),
        unmarked,
        "these blocks need a <!-- snippet: path#region --> marker on the line before");
  }

  @Test
  void aChangedLineIsReportedWithGuideBlockAndLine() {
    String guide =
        String.join(
            "\n",
            "# A guide",
            "",
            "<!-- snippet: Example.java#hello -->",
            "```java",
            "void hello() {",
            "  System.out.println(\"hello\");",
            "}",
            "```",
            "");
    List<Block> blocks = blocks("docs/guides/a.md", guide);
    assertEquals(1, blocks.size());
    Block block = blocks.get(0);
    List<String> same =
        regionOf(
            "Example.java",
            List.of(
                "class Example {",
                "  // snippet: hello",
                "  void hello() {",
                "    // snippet: inner",
                "    System.out.println(\"hello\");",
                "    // end snippet: inner",
                "  }",
                "  // end snippet: hello",
                "}"),
            "hello");
    assertNull(difference(block, same));

    List<String> changed =
        regionOf(
            "Example.java",
            List.of(
                "  // snippet: hello",
                "  void hello() {",
                "    System.out.println(\"goodbye\");",
                "  }",
                "  // end snippet: hello"),
            "hello");
    String message = difference(block, changed);
    assertNotNull(message);
    assertTrue(
        message.startsWith("docs/guides/a.md:4 <!-- snippet: Example.java#hello -->"), message);
    assertTrue(message.contains("line 2 differs"), message);
    assertTrue(message.contains("System.out.println(\"goodbye\");"), message);
  }

  @Test
  void aBlockLongerOrShorterThanItsRegionIsReported() {
    Block block = blocks("g.md", "<!-- snippet: E.java#r -->\n```java\na();\nb();\n```\n").get(0);
    String message = difference(block, List.of("a();"));
    assertNotNull(message);
    assertTrue(message.contains("line 2 differs"), message);
    assertTrue(message.contains("(nothing)"), message);
  }

  private static List<Path> guides() {
    try (Stream<Path> files = Files.list(GUIDES)) {
      List<Path> found =
          files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
      assertFalse(found.isEmpty(), "no guides in " + GUIDES.toAbsolutePath().normalize());
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fenced blocks of a guide, each with the marker on the last non-blank line before it. */
  static List<Block> blocks(String guide, String text) {
    List<String> lines = Arrays.asList(text.split("\n", -1));
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      String language = open.group(1);
      int start = i;
      List<String> body = new ArrayList<>();
      i++;
      while (i < lines.size() && !FENCE.matcher(lines.get(i)).matches()) {
        body.add(lines.get(i));
        i++;
      }
      if (i == lines.size()) {
        fail(guide + ":" + (start + 1) + " opens a code block that never closes");
      }
      String file = null;
      String region = null;
      int before = start - 1;
      while (before >= 0 && lines.get(before).isBlank()) {
        before--;
      }
      if (before >= 0) {
        Matcher marker = MARKER.matcher(lines.get(before));
        if (marker.matches()) {
          file = marker.group(1);
          region = marker.group(2);
        }
      }
      blocks.add(new Block(guide, start + 1, language, file, region, body));
    }
    return blocks;
  }

  /** The region {@code name} of a source file, from the repository's root. */
  private static List<String> region(String file, String name) {
    Path path = ROOT.resolve(file).normalize();
    if (!path.startsWith(ROOT.normalize()) || file.contains("..")) {
      fail(file + " is not a path inside the repository");
    }
    if (!Files.isRegularFile(path)) {
      fail(file + " does not exist (paths are from the repository's root)");
    }
    return regionOf(file, Arrays.asList(read(path).split("\n", -1)), name);
  }

  static List<String> regionOf(String file, List<String> source, String name) {
    List<String> region = null;
    boolean inside = false;
    for (int i = 0; i < source.size(); i++) {
      String line = source.get(i);
      Matcher startMarker = REGION_START.matcher(line);
      Matcher endMarker = REGION_END.matcher(line);
      if (startMarker.matches() && startMarker.group(1).equals(name)) {
        if (region != null) {
          fail(file + " marks region " + name + " twice (line " + (i + 1) + ")");
        }
        region = new ArrayList<>();
        inside = true;
      } else if (endMarker.matches() && endMarker.group(1).equals(name)) {
        if (!inside) {
          fail(file + " ends region " + name + " before starting it (line " + (i + 1) + ")");
        }
        inside = false;
      } else if (inside && !startMarker.matches() && !endMarker.matches()) {
        region.add(line);
      }
    }
    if (region == null) {
      fail(file + " has no region // snippet: " + name);
    }
    if (inside) {
      fail(file + " never ends region " + name + " (// end snippet: " + name + ")");
    }
    return region;
  }

  /** Null if the block is the region, else where and how they first differ. */
  static @Nullable String difference(Block block, List<String> region) {
    List<String> wanted = normalized(region);
    List<String> shown = normalized(block.lines());
    for (int i = 0; i < Math.max(wanted.size(), shown.size()); i++) {
      String guideLine = i < shown.size() ? shown.get(i) : null;
      String sourceLine = i < wanted.size() ? wanted.get(i) : null;
      if (guideLine == null || !guideLine.equals(sourceLine)) {
        return block.guide()
            + ":"
            + block.line()
            + " "
            + block.name()
            + ": line "
            + (i + 1)
            + " differs from the source region\n  guide:  "
            + (guideLine == null ? "(nothing)" : guideLine)
            + "\n  source: "
            + (sourceLine == null ? "(nothing)" : sourceLine);
      }
    }
    return null;
  }

  /** Without the common indentation, trailing white space, and leading and trailing blank lines. */
  static List<String> normalized(List<String> lines) {
    List<String> stripped = lines.stream().map(String::stripTrailing).toList();
    int from = 0;
    int to = stripped.size();
    while (from < to && stripped.get(from).isEmpty()) {
      from++;
    }
    while (to > from && stripped.get(to - 1).isEmpty()) {
      to--;
    }
    List<String> kept = stripped.subList(from, to);
    int indent =
        kept.stream()
            .filter(l -> !l.isEmpty())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return kept.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).toList();
  }
}
