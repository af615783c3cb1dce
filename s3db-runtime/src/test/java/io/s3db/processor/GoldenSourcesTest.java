package io.s3db.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Pins the generated sources of a few representative records (in {@code golden/input}) to the files
 * in {@code golden/generated}, so that every change to generated code shows up as a reviewed diff.
 * After a deliberate change, regenerate them and review the diff:
 *
 * <pre>{@code
 * mvn -pl s3db-runtime -am verify -Dtest=GoldenSourcesTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ds3db.golden.update=true
 * }</pre>
 *
 * <p>It lives here rather than in s3db-processor so that the golden sources are also compiled,
 * without warnings, against the runtime they call.
 */
class GoldenSourcesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path INPUT = GOLDEN.resolve("input");
  private static final Path GENERATED = GOLDEN.resolve("generated");
  private static final boolean UPDATE = Boolean.getBoolean("s3db.golden.update");

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    Compilation compilation =
        javac()
            .withProcessors(new S3dbProcessor())
            .withOptions(
                "-Xlint:all",
                "-Xlint:-processing") // -processing: nothing claims the Jakarta annotations
            .compile(inputs());
    assertThat(compilation).succeededWithoutWarnings();
    Map<Path, String> generated = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = file.getName(); // /SOURCE_OUTPUT/com/acme/OrderCodec.java
      generated.put(
          Path.of(name.substring(name.indexOf('/', 1) + 1)), file.getCharContent(true).toString());
    }
    if (UPDATE) {
      write(generated);
    }
    assertEquals(
        files(GENERATED).keySet(),
        generated.keySet(),
        "the generated files; " + "-Ds3db.golden.update=true rewrites golden/generated");
    generated.forEach(
        (path, source) ->
            assertEquals(
                read(GENERATED.resolve(path)),
                source,
                () ->
                    path + " differs from its golden file; -Ds3db.golden.update=true rewrites it"));
  }

  private static JavaFileObject[] inputs() throws IOException {
    Map<Path, String> sources = files(INPUT);
    assertTrue(!sources.isEmpty(), "no golden inputs under " + INPUT.toAbsolutePath());
    return sources.entrySet().stream()
        .map(e -> JavaFileObjects.forSourceString(className(e.getKey()), e.getValue()))
        .toArray(JavaFileObject[]::new);
  }

  private static String className(Path relative) {
    String path = relative.toString().replace('\\', '/');
    return path.substring(0, path.length() - ".java".length()).replace('/', '.');
  }

  /** The {@code .java} files under {@code root}, by path relative to it. */
  private static Map<Path, String> files(Path root) throws IOException {
    Map<Path, String> files = new TreeMap<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
          files.put(root.relativize(file), read(file));
        }
      }
    }
    return files;
  }

  private static void write(Map<Path, String> generated) throws IOException {
    for (Path stale : files(GENERATED).keySet()) {
      Files.delete(GENERATED.resolve(stale));
    }
    for (Map.Entry<Path, String> file : generated.entrySet()) {
      Path target = GENERATED.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
