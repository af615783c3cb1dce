package io.s3db.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
  private static final Path ROOT =
      Path.of(System.getProperty("s3db.root", "..")).toAbsolutePath().normalize();
  private static final String VERSION = System.getProperty("s3db.version", "0.1.0-SNAPSHOT");

  /** What the consumer runs; fully qualified, so no plugin prefix or version has to be resolved. */
  private static final String EXEC_JAVA = "org.codehaus.mojo:exec-maven-plugin:3.6.2:java";

  private static final Pattern TYPE = Pattern.compile("(?m)^public (?:record|class) (\\w+)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern PRINTS = Pattern.compile("// prints: (.+)");

  @Test
  void theQuickStartBuildsAndRunsAsPasted() throws Exception {
    ReadmeSnippets readme = ReadmeSnippets.read(ROOT.resolve("README.md"));
    ConsumerProject project =
        new ConsumerProject(Path.of("target", "readme-consumer").toAbsolutePath());
    project.write(readme.get("pom-dependencies"), readme.get("pom-plugins"));
    String record = readme.get("record");
    String usage = readme.get("usage");
    project.addSource(sourcePath(record), record);
    project.addSource(sourcePath(usage), usage);
    project.seed(ROOT, VERSION);
    Path settings =
        project.writeSettings(
            Path.of(
                System.getProperty(
                    "s3db.buildRepository", System.getProperty("user.home") + "/.m2/repository")));

    List<String> command =
        new ArrayList<>(
            List.of(
                mvn(),
                "-B",
                "-ntp",
                "-s",
                settings.toString(),
                "-Dmaven.repo.local=" + project.repository(),
                "compile",
                EXEC_JAVA,
                "-Dexec.mainClass=" + className(usage)));
    if ("offline=true".equals(System.getProperty("s3db.offline"))) {
      // offline like the build that runs this test; the build's repository is a file:// one, still
      // readable
      command.addAll(List.of("-o", "-Daether.offline.protocols=file"));
    }
    Path log = project.dir().resolve("build.log");
    Process maven =
        new ProcessBuilder(command)
            .directory(project.dir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!maven.waitFor(15, TimeUnit.MINUTES)) {
      maven.destroyForcibly();
      throw new AssertionError("the consumer build took over 15 minutes; see " + log);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(
        0,
        maven.exitValue(),
        () ->
            "the README's Quick start did not build or run ("
                + String.join(" ", command)
                + "):\n"
                + tail(output));
    Matcher prints = PRINTS.matcher(usage);
    assertTrue(prints.find(), "the usage snippet says what it prints in a '// prints: …' comment");
    assertTrue(
        output.contains(prints.group(1).strip()),
        () -> "the app did not print \"" + prints.group(1) + "\":\n" + tail(output));
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

  /** The Maven running this build (maven.home), else the one on the PATH. */
  private static String mvn() {
    String home = System.getProperty("maven.home");
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    String name = windows ? "mvn.cmd" : "mvn";
    if (home != null && Files.isRegularFile(Path.of(home, "bin", name))) {
      return Path.of(home, "bin", name).toString();
    }
    return name;
  }

  /** The end of the consumer's build log, where Maven says what failed. */
  private static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }
}
