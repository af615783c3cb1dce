package io.s3db.readme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Maven project outside this build, as a user would start one: a bare {@code pom.xml} around the
 * README's dependency and plugin snippets, and the README's sources. It resolves s3db from a local
 * repository of its own, seeded with this build's jars (never from the shared one, which holds no
 * s3db or an older one), and everything else from this build's local repository, then Maven
 * Central.
 */
final class ConsumerProject {
  /** The modules the snippets name, directly or as a parent or dependency. */
  private static final List<String> MODULES =
      List.of("s3db-annotations", "s3db-processor", "s3db-runtime", "s3db-testing", "s3db-kotlin");

  private final Path dir;

  ConsumerProject(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  Path repository() {
    return dir.resolveSibling(dir.getFileName() + "-repo");
  }

  /**
   * A fresh project; the repository keeps what it downloaded before, its s3db artifacts replaced.
   */
  void write(String dependencies, String plugins) throws IOException {
    write(dependencies, plugins, "");
  }

  /**
   * @param build more of {@code <build>} than the plugins, as the README says to add (e.g. Kotlin's
   *     {@code <sourceDirectory>})
   */
  void write(String dependencies, String plugins, String build) throws IOException {
    deleteTree(dir);
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("pom.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>readme-consumer</artifactId>
          <version>1.0</version>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
        %s  </dependencies>
          <build>
        %s    <plugins>
        %s      <plugin>
                <!-- the one this build uses, so an offline run finds it; Maven 3.8's default, 2.6, works too -->
                <artifactId>maven-resources-plugin</artifactId>
                <version>3.3.1</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """
            .formatted(indent(dependencies, 4), indent(build, 4), indent(plugins, 6)),
        StandardCharsets.UTF_8);
  }

  void addSource(String relativePath, String code) throws IOException {
    addSource("src/main/java", relativePath, code);
  }

  void addSource(String sourceRoot, String relativePath, String code) throws IOException {
    Path file = dir.resolve(sourceRoot).resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, code, StandardCharsets.UTF_8);
  }

  /**
   * Settings that put {@code buildRepository} before Maven Central, read as a remote repository:
   * the consumer copies from it what this build already downloaded and takes nothing else from it
   * (snapshots off, so an s3db jar someone installed there is never used).
   */
  Path writeSettings(Path buildRepository) throws IOException {
    String repository =
        """
              <id>build-repository</id>
              <url>%s</url>
              <releases><checksumPolicy>ignore</checksumPolicy></releases>
              <snapshots><enabled>false</enabled></snapshots>
        """
            .formatted(buildRepository.toUri());
    Path settings = dir.resolve("settings.xml");
    Files.writeString(
        settings,
        """
        <settings>
          <profiles>
            <profile>
              <id>build-repository</id>
              <repositories><repository>
        %s      </repository></repositories>
              <pluginRepositories><pluginRepository>
        %s      </pluginRepository></pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>build-repository</activeProfile></activeProfiles>
        </settings>
        """
            .formatted(repository, repository),
        StandardCharsets.UTF_8);
    return settings;
  }

  /**
   * Puts this build's parent pom and module jars into the repository, as {@code mvn install} would.
   */
  void seed(Path root, String version) throws IOException {
    Path s3db = repository().resolve("io/s3db");
    deleteTree(s3db);
    install(root.resolve("pom.xml"), null, "s3db-parent", version);
    for (String module : MODULES) {
      Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            jar + " is missing: run the test with `mvn verify` (it needs `package`)");
      }
      install(root.resolve(module).resolve("pom.xml"), jar, module, version);
    }
  }

  private void install(Path pom, Path jar, String artifactId, String version) throws IOException {
    Path target = repository().resolve("io/s3db").resolve(artifactId).resolve(version);
    Files.createDirectories(target);
    Files.copy(
        pom,
        target.resolve(artifactId + "-" + version + ".pom"),
        StandardCopyOption.REPLACE_EXISTING);
    if (jar != null) {
      Files.copy(
          jar,
          target.resolve(artifactId + "-" + version + ".jar"),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String indent(String xml, int spaces) {
    String margin = " ".repeat(spaces);
    return xml.lines()
        .map(line -> line.isEmpty() ? line : margin + line)
        .reduce("", (a, b) -> a + b + "\n");
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
