package io.s3db.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's Kotlin section works as pasted: its dependency and plugin snippets, in a bare {@code
 * pom.xml} with the {@code <sourceDirectory>} the README asks for, build its data class through
 * kapt and its usage code (in a {@code main}, with the imports the README names), which runs on an
 * embedded S3 server.
 */
class ReadmeKotlinTest {
  /** What the README leaves to the reader: the file's package, imports and the database. */
  private static final String APP =
      """
      package com.example

      import io.s3db.S3db
      import io.s3db.kotlin.findOrNull
      import io.s3db.kotlin.useSequence
      import io.s3db.testing.EmbeddedS3

      fun main() {
          EmbeddedS3.inMemory().use { server ->
              server.createBucket("app")
              S3db.connect(server.uri("app", "kotlin")).use { db ->
      %s
                  println("kotlin-readme: " + inPortugal.size + " " + nobody + " " + paid)
              }
          }
      }
      """;

  private static final String RESOURCE =
      """
      package com.example

      import io.s3db.annotations.Default
      import io.s3db.annotations.Partition
      import io.s3db.annotations.S3Resource

      %s
      """;

  /** The README's Kotlin dependencies name the runtime; an app needs a server to run on. */
  private static final String SERVER =
      """
      <dependency>
        <groupId>io.s3db</groupId>
        <artifactId>s3db-testing</artifactId>
        <version>%s</version>
      </dependency>
      """;

  @Test
  void theKotlinSnippetsBuildAndRunAsPasted() throws Exception {
    ReadmeSnippets readme = ReadmeSnippets.read(ConsumerBuild.ROOT.resolve("README.md"));
    ConsumerProject project =
        new ConsumerProject(Path.of("target", "readme-kotlin-consumer").toAbsolutePath());
    project.write(
        readme.get("kotlin-pom-dependencies") + "\n" + SERVER.formatted(ConsumerBuild.VERSION),
        readme.get("kotlin-pom-plugins"),
        "<sourceDirectory>src/main/kotlin</sourceDirectory>\n");
    project.addSource(
        "src/main/kotlin",
        "com/example/User.kt",
        RESOURCE.formatted(readme.get("kotlin-resource")));
    project.addSource(
        "src/main/kotlin",
        "com/example/App.kt",
        APP.formatted(indent(readme.get("kotlin-usage"), 12)));

    String output = ConsumerBuild.compileAndRun(project, "com.example.AppKt", "Kotlin section");
    assertTrue(
        output.contains("kotlin-readme: 1 null [Ana]"),
        () -> "the app did not print what the snippets do:\n" + ConsumerBuild.tail(output));
  }

  private static String indent(String code, int spaces) {
    String margin = " ".repeat(spaces);
    StringBuilder indented = new StringBuilder();
    code.lines().forEach(line -> indented.append(line.isEmpty() ? "" : margin + line).append('\n'));
    return indented.toString();
  }
}
