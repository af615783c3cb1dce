package io.s3db.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.s3db.processor.Compilations.compile;
import static io.s3db.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.function.Consumer;
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

  /**
   * Nested records in nested records, two nested types named {@code Address} and one named like the
   * resource.
   */
  private static final JavaFileObject SHIPMENT =
      source(
          "t.Shipment",
          """
      package t;
      import org.jspecify.annotations.Nullable;
      @io.s3db.annotations.S3Resource(name = "shipments")
      public record Shipment(@Nullable String id, Address from, @Nullable Address to,
          Other.Address depot, Other.Shipment parent) {
        public record Address(String city, Geo geo) {}
        public record Geo(double lat, double lon) {}
      }
      """);

  private static final JavaFileObject OTHER =
      source(
          "t.Other",
          """
      package t;
      public final class Other {
        private Other() {}
        public record Address(String code) {}
        public record Shipment(String ref) {}
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
  void nestedCopiersCompileAloneWithoutWarnings() throws IOException {
    Compilation compilation =
        javac()
            .withOptions("-Xlint:all", "-proc:none")
            .compile(SHIPMENT, OTHER, GENERATED, generatedCopier(SHIPMENT, OTHER));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aNestedRecordChangesThroughItsCopierDownToANestedOneInIt() throws Exception {
    ClassLoader loader =
        load(
            javac()
                .withOptions("-proc:none")
                .compile(SHIPMENT, OTHER, GENERATED, generatedCopier(SHIPMENT, OTHER)));
    Class<?> shipment = loader.loadClass("t.Shipment");
    Class<?> address = loader.loadClass("t.Shipment$Address");
    Class<?> geo = loader.loadClass("t.Shipment$Geo");
    Object lisboa =
        address.getConstructors()[0].newInstance(
            "Lisboa", geo.getConstructors()[0].newInstance(38.7, -9.1));
    Object depot = loader.loadClass("t.Other$Address").getConstructors()[0].newInstance("D1");
    Object parent = loader.loadClass("t.Other$Shipment").getConstructors()[0].newInstance("P1");
    Object sent = shipment.getConstructors()[0].newInstance("s1", lisboa, null, depot, parent);

    Class<?> with = loader.loadClass("t.ShipmentWith");
    Class<?> addressWith = loader.loadClass("t.ShipmentWith$AddressWith");
    Class<?> geoWith = loader.loadClass("t.ShipmentWith$GeoWith");
    Object copier = with.getMethod("of", shipment).invoke(null, sent);
    Consumer<Object> lat = g -> invoke(geoWith, g, "lat", double.class, 41.1);
    Consumer<Object> porto =
        a -> {
          invoke(addressWith, a, "city", String.class, "Porto");
          invoke(addressWith, a, "geo", Consumer.class, lat);
        };
    with.getMethod("from", Consumer.class).invoke(copier, porto);
    Object copy = with.getMethod("build").invoke(copier);

    Object moved =
        address.getConstructors()[0].newInstance(
            "Porto", geo.getConstructors()[0].newInstance(41.1, -9.1));
    assertEquals(shipment.getConstructors()[0].newInstance("s1", moved, null, depot, parent), copy);
  }

  @Test
  void nestedCopiersAreNamedApartAndOnlyNeverNullRecordsTakeAChange() throws IOException {
    String source = generatedCopier(SHIPMENT, OTHER).getCharContent(true).toString();
    assertTrue(source.contains("public static final class AddressWith {"), source);
    assertTrue(source.contains("public static final class GeoWith {"), source);
    assertTrue(source.contains("public static final class OtherAddressWith {"), source);
    assertTrue(source.contains("public static final class OtherShipmentWith {"), source);
    assertTrue(source.contains("public ShipmentWith from(Consumer<AddressWith> change) {"), source);
    assertTrue(source.contains("public AddressWith geo(Consumer<GeoWith> change) {"), source);
    assertTrue(
        source.contains("public ShipmentWith depot(Consumer<OtherAddressWith> change) {"), source);
    assertFalse(source.contains("public ShipmentWith to(Consumer"), source);
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
    return generatedCopier(USER);
  }

  /** The copier the processor writes for the first of {@code sources}, a resource in {@code t}. */
  private JavaFileObject generatedCopier(JavaFileObject... sources) throws IOException {
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
              List.of(sources));
      task.setProcessors(List.of(new S3dbProcessor()));
      task.call();
    }
    String name = sources[0].getName().replaceAll(".*/(\\w+)\\.java$", "$1") + "With";
    return source(
        "t." + name, Files.readString(out.resolve("t/" + name + ".java"), StandardCharsets.UTF_8));
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

  private static void invoke(
      Class<?> type, Object target, String method, Class<?> parameter, Object argument) {
    try {
      type.getMethod(method, parameter).invoke(target, argument);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
