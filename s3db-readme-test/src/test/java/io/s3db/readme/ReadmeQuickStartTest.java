package io.s3db.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Quick start works as pasted: its dependency and plugin snippets, in a bare {@code
 * pom.xml}, build its record and its {@code App} with Maven against this build's jars (the
 * processor generating {@code CustomerDao} and {@code CustomerWith}), and the app runs against its
 * embedded S3 server and prints what its {@code // prints:} comment says.
 */
class ReadmeQuickStartTest {
  private static final Pattern TYPE = Pattern.compile("(?m)^public (?:record|class) (\\w+)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern PRINTS = Pattern.compile("// prints: (.+)");

  @Test
  void theQuickStartBuildsAndRunsAsPasted() throws Exception {
    ReadmeSnippets readme = ReadmeSnippets.read(ConsumerBuild.ROOT.resolve("README.md"));
    ConsumerProject project =
        new ConsumerProject(Path.of("target", "readme-consumer").toAbsolutePath());
    project.write(readme.get("pom-dependencies"), readme.get("pom-plugins"));
    String record = readme.get("record");
    String usage = readme.get("usage");
    project.addSource(sourcePath(record), record);
    project.addSource(sourcePath(usage), usage);

    String output = ConsumerBuild.compileAndRun(project, className(usage), "Quick start");
    Matcher prints = PRINTS.matcher(usage);
    assertTrue(prints.find(), "the usage snippet says what it prints in a '// prints: …' comment");
    assertTrue(
        output.contains(prints.group(1).strip()),
        () -> "the app did not print \"" + prints.group(1) + "\":\n" + ConsumerBuild.tail(output));
  }

  /**
   * {@code com/example/App.java} for a snippet declaring {@code public class App} in {@code
   * com.example}.
   */
  private static String sourcePath(String code) {
    return className(code).replace('.', '/') + ".java";
  }

  private static String className(String code) {
    Matcher pkg = PACKAGE.matcher(code);
    Matcher type = TYPE.matcher(code);
    if (!pkg.find() || !type.find()) {
      throw new IllegalStateException(
          "a Quick start snippet without its package or public type:\n" + code);
    }
    return pkg.group(1) + "." + type.group(1);
  }
}
