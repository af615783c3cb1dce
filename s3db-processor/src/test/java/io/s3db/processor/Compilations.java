package io.s3db.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * Runs the processor over test sources. {@code -proc:only}: the processor's checks and output are
 * what is under test here; whether generated code compiles against the runtime (without warnings)
 * is proven by s3db-runtime's tests and by s3db-examples, which build with {@code -Xlint:all
 * -Werror}.
 */
final class Compilations {
  private Compilations() {}

  /**
   * The runtime's {@code IdGenerator}, which {@code @S3Resource(idGenerator)} classes implement:
   * the processor cannot depend on the runtime (whose tests run the processor), so these tests
   * compile its declaration.
   */
  static final JavaFileObject ID_GENERATOR =
      source(
          "io.s3db.ids.IdGenerator",
          """
          package io.s3db.ids;
          public interface IdGenerator<T> { String newId(T record); }
          """);

  static JavaFileObject source(String qualifiedName, String code) {
    return JavaFileObjects.forSourceString(qualifiedName, code);
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac()
        .withProcessors(new S3dbProcessor())
        .withOptions("-Xlint:all", "-proc:only")
        .compile(sources);
  }
}
