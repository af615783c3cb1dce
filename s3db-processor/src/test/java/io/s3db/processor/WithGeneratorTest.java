package io.s3db.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.s3db.processor.Compilations.compile;
import static io.s3db.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <Record>With}: what the processor writes compiles on its own, without warnings, and copies
 * a record with only the components that were set changed.
 */
class WithGeneratorTest {
  @TempDir Path out;

  private static final JavaFileObject USER =
      source(
          "t.User",
          """
      package t;
      import java.util.List;
      import org.jspecify.annotations.Nullable;
      @io.s3db.annotations.S3Resource(name = "users")
      public record User(@Nullable String id, String name, int orders, Address address, List<String> tags,
          @Nullable String notes) {
        public record Address(String street, String city) {}
      }
      """);

  /** The runtime's annotation, which the processor's tests do not have on their class path. */
  private static final JavaFileObject GENERATED =
      source(
          "io.s3db.spi.Generated",
          """
      package io.s3db.spi;
      public @interface Generated { String value(); }
      """);

  @Test
  void theCopierCompilesAloneWithoutWarnings() throws IOException {
    Compilation compilation =
        javac().withOptions("-Xlint:all", "-proc:none").compile(USER, GENERATED, generatedCopier());
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aCopyChangesWhatWasSetAndKeepsTheRest() throws Exception {
    ClassLoader loader =
        load(javac().withOptions("-proc:none").compile(USER, GENERATED, generatedCopier()));
    Class<?> user = loader.loadClass("t.User");
    Class<?> address = loader.loadClass("t.User$Address");
    Object street = address.getConstructors()[0].newInstance("Rua Augusta 10", "São Paulo");
    Object ana =
        user.getConstructors()[0].newInstance("u1", "Ana", 3, street, List.of("vip"), null);

    Class<?> with = loader.loadClass("t.UserWith");
    Object copier = with.getMethod("of", user).invoke(null, ana);
    with.getMethod("orders", int.class).invoke(copier, 4);
    with.getMethod("notes", String.class).invoke(copier, "called");
    Object copy = with.getMethod("build").invoke(copier);

    assertNotSame(ana, copy);
    assertEquals(
        user.getConstructors()[0].newInstance("u1", "Ana", 4, street, List.of("vip"), "called"),
        copy);
    assertEquals(3, user.getMethod("orders").invoke(ana), "the original is untouched");
    assertNull(user.getMethod("notes").invoke(ana));
  }

  @Test
  void aTypeNamedLikeTheCopierIsAClash() {
    Compilation compilation =
        compile(
            USER,
            source(
                "t.UserWith",
                """
        package t;
        public class UserWith {}
        """));
    assertThat(compilation).hadErrorContaining("[" + Message.GENERATED_NAME_CLASH.id() + "]");
    assertThat(compilation).hadErrorContaining("a type named UserWith already exists in package t");
  }

  /**
   * The copier the processor writes for {@code User}. Through javac itself: the other generated
   * files need the runtime, absent here, so the compilation fails and compile-testing would hand
   * back no file.
   */
  private JavaFileObject generatedCopier() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostic -> {},
              List.of(
                  "-proc:only",
                  "-s",
                  out.toString(),
                  "-d",
                  out.toString(),
                  "-cp",
                  System.getProperty("java.class.path")),
              null,
              List.of(USER));
      task.setProcessors(List.of(new S3dbProcessor()));
      task.call();
    }
    return source(
        "t.UserWith", Files.readString(out.resolve("t/UserWith.java"), StandardCharsets.UTF_8));
  }

  /** The compiled classes, in a class loader of their own. */
  private static ClassLoader load(Compilation compilation) {
    assertThat(compilation).succeeded();
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String name = file.getName(); // /CLASS_OUTPUT/t/User$Address.class
        String binary =
            name.substring("/CLASS_OUTPUT/".length(), name.length() - ".class".length());
        classes.put(binary.replace('/', '.'), bytes(file));
      }
    }
    return new ClassLoader(WithGeneratorTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
