package io.s3db.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Builds a {@link ConsumerProject} with Maven, as its user would, and runs its main class. */
final class ConsumerBuild {
  static final Path ROOT =
      Path.of(System.getProperty("s3db.root", "..")).toAbsolutePath().normalize();
  static final String VERSION = System.getProperty("s3db.version", "0.1.0-SNAPSHOT");

  /** What the consumer runs; fully qualified, so no plugin prefix or version has to be resolved. */
  private static final String EXEC_JAVA = "org.codehaus.mojo:exec-maven-plugin:3.6.2:java";

  private ConsumerBuild() {}

  /**
   * Seeds the project with this build's jars, runs {@code mvn compile exec:java} on it, and returns
   * what it printed; fails the test, with the end of the log, if the build or the run failed.
   */
  static String compileAndRun(ConsumerProject project, String mainClass, String what)
      throws IOException, InterruptedException {
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
                "-Dexec.mainClass=" + mainClass));
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
            "the README's "
                + what
                + " did not build or run ("
                + String.join(" ", command)
                + "):\n"
                + tail(output));
    return output;
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
  static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }
}
