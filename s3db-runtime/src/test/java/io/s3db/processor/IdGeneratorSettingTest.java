package io.s3db.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The generators {@code @S3Resource(idGenerator)} accepts, and what the DAO makes of them: {@code
 * new X()} in its descriptor, with no trace of a generator when none is set; compiled for real
 * against the runtime's {@code IdGenerator}, without warnings.
 */
class IdGeneratorSettingTest {

  private static JavaFileObject source(String qualifiedName, String code) {
    return JavaFileObjects.forSourceString(qualifiedName, code);
  }

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new S3dbProcessor()).withOptions("-Xlint:all").compile(sources);
  }

  private static String dao(Compilation compilation) throws IOException {
    JavaFileObject dao =
        compilation
            .generatedFile(StandardLocation.SOURCE_OUTPUT, "t", "UserDao.java")
            .orElseThrow();
    return dao.getCharContent(true).toString();
  }

  @Test
  void aGeneratorOfASupertypeInTheSamePackageIsCreatedWithNew() throws IOException {
    Compilation compilation =
        compile(
            source(
                "t.User",
                """
                package t;
                @io.s3db.annotations.S3Resource(idGenerator = NamedIds.class)
                public record User(String id, String name) implements Named {}
                """),
            source("t.Named", "package t; public interface Named { String name(); }"),
            source(
                "t.NamedIds",
                """
                package t;
                final class NamedIds extends Base<String> implements io.s3db.ids.IdGenerator<Named> {
                  NamedIds() {}
                  public String newId(Named named) { return named.name(); }
                }
                class Base<X> {}
                """));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        dao(compilation).contains("\n          .idGenerator(new NamedIds())\n"), dao(compilation));
  }

  @Test
  void anInheritedImplementationOfObjectFitsAnyRecord() throws IOException {
    Compilation compilation =
        compile(
            source(
                "t.User",
                """
                package t;
                @io.s3db.annotations.S3Resource(idSize = 22, idGenerator = ids.Fixed.class)
                public record User(String id) {}
                """),
            source(
                "ids.Fixed",
                """
                package ids;
                public class Fixed extends Abstract {
                  public String newId(Object record) { return "fixed"; }
                }
                """),
            source(
                "ids.Abstract",
                "package ids; public abstract class Abstract implements io.s3db.ids.IdGenerator<Object> {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(dao(compilation).contains(".idGenerator(new Fixed())"));
    assertTrue(dao(compilation).contains("import ids.Fixed;"));
  }

  @Test
  void withoutAGeneratorTheDescriptorHasNone() throws IOException {
    Compilation compilation =
        compile(
            source(
                "t.User",
                """
                package t;
                @io.s3db.annotations.S3Resource(idGenerator = Void.class)
                public record User(String id) {}
                """));
    assertThat(compilation).succeededWithoutWarnings();
    assertFalse(dao(compilation).contains("idGenerator"));
  }

  @Test
  void theBuiltInGeneratorsFitAnyRecord() throws IOException {
    Compilation compilation =
        compile(
            source(
                "t.User",
                """
                package t;
                @io.s3db.annotations.S3Resource(idGenerator = io.s3db.ids.UuidV7Ids.class)
                public record User(String id) {}
                """));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(dao(compilation).contains(".idGenerator(new UuidV7Ids())"));
  }
}
