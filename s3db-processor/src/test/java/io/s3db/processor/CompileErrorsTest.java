package io.s3db.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.s3db.processor.Compilations.compile;
import static io.s3db.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per {@link Message}; {@link #everyMessageHasATest()} keeps it that way. */
class CompileErrorsTest {
  private static final Set<Message> TESTED = EnumSet.noneOf(Message.class);

  private static Compilation expectError(
      Message message, String text, String line, JavaFileObject... sources) {
    TESTED.add(message);
    Compilation compilation = compile(sources);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[" + message.id() + "]");
    assertThat(compilation).hadErrorContaining(text).inFile(sources[0]).onLineContaining(line);
    return compilation;
  }

  @Test
  void notARecord() {
    expectError(
        Message.NOT_A_RECORD,
        "@S3Resource can only annotate a record or a Kotlin data class; 'User' is an interface",
        "interface User",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            public interface User { String id(); }
            """));
  }

  @Test
  void aMutableClassIsNotADataClass() {
    Compilation compilation =
        expectError(
            Message.NOT_A_DATA_CLASS,
            "User: a class annotated with @S3Resource (or nested in one) must be immutable with one"
                + " constructor whose parameters are its properties, as a Kotlin data class is; but"
                + " its field 'name' is not final; s3db stores immutable values (in Kotlin: val, not"
                + " var)",
            "private String name;",
            source(
                "t.User",
                """
                package t;
                @io.s3db.annotations.S3Resource
                public final class User {
                  private final String id;
                  private String name;
                  public User(String id, String name) { this.id = id; this.name = name; }
                  public String getId() { return id; }
                  public String getName() { return name; }
                  public void setName(String name) { this.name = name; }
                }
                """));
    assertThat(compilation)
        .hadErrorContaining("but it has the setter setName()")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("void setName");
  }

  @Test
  void aDataClassNeedsOneConstructor() {
    expectError(
        Message.NOT_A_DATA_CLASS,
        "but User has 2 constructors with parameters; s3db needs exactly one, whose parameters are"
            + " the properties (in Kotlin: the primary constructor, no @JvmOverloads)",
        "public User(String id)",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            public final class User {
              private final String id;
              private final String name;
              public User(String id, String name) { this.id = id; this.name = name; }
              public User(String id) { this(id, "?"); }
              public String getId() { return id; }
              public String getName() { return name; }
            }
            """));
  }

  @Test
  void everyConstructorParameterNeedsAGetter() {
    expectError(
        Message.NOT_A_DATA_CLASS,
        "but the constructor parameter 'age' has no getter getAge() returning int; every parameter"
            + " must be a property (in Kotlin: val age)",
        "int age",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            public final class User {
              private final String id;
              public User(String id,
                  int age) { this.id = id; }
              public String getId() { return id; }
            }
            """));
  }

  @Test
  void aDataClassNeedsAConstructorWithParameters() {
    expectError(
        Message.NOT_A_DATA_CLASS,
        "but User has no accessible constructor with parameters",
        "class User",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            public final class User { public String getId() { return "x"; } }
            """));
  }

  @Test
  void noId() {
    expectError(
        Message.NO_ID,
        "User: no 'String id' component",
        "record User",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            public record User(String name) {}
            """));
  }

  @Test
  void idNotString() {
    expectError(
        Message.ID_NOT_STRING,
        "the 'id' component must be a String, not long",
        "long id",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            public record User(
                long id,
                String name) {}
            """));
  }

  @Test
  void unsupportedType() {
    expectError(
        Message.UNSUPPORTED_TYPE,
        "User.tags: unsupported type java.time.Duration",
        "tags",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            public record User(String id,
                java.util.List<java.time.Duration> tags) {}
            """));
  }

  @Test
  void secretNotString() {
    expectError(
        Message.SECRET_NOT_STRING,
        "User.pin: @Secret is only supported on String components (found int)",
        "int pin",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            public record User(String id,
                @io.s3db.annotations.Secret int pin) {}
            """));
  }

  @Test
  void constraintTypeMismatch() {
    expectError(
        Message.CONSTRAINT_TYPE_MISMATCH,
        "User.age: @Email does not apply to int. It checks text.",
        "int age",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            public record User(String id,
                @jakarta.validation.constraints.Email int age) {}
            """));
  }

  @Test
  void invalidPattern() {
    expectError(
        Message.INVALID_PATTERN,
        "User.code: @Pattern regexp \"[a-z\" does not compile",
        "String code",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            public record User(String id,
                @jakarta.validation.constraints.Pattern(regexp = "[a-z") String code) {}
            """));
  }

  @Test
  void invalidDefault() {
    expectError(
        Message.INVALID_DEFAULT,
        "User.level: @Default(\"HIGH\") is not a valid t.User.Level: use one of [LOW, MID]",
        "Level level",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            public record User(String id,
                @io.s3db.annotations.Default("HIGH") Level level) {
              public enum Level { LOW, MID }
            }
            """));
  }

  @Test
  void emptyRecord() {
    expectError(
        Message.EMPTY_RECORD,
        "User.nothing: the nested record Nothing has no components",
        "Nothing nothing",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            public record User(String id,
                Nothing nothing) {
              public record Nothing() {}
            }
            """));
  }

  @Test
  void duplicateResourceName() {
    TESTED.add(Message.DUPLICATE_RESOURCE_NAME);
    JavaFileObject first =
        source(
            "t.A",
            """
        package t;
        @io.s3db.annotations.S3Resource(name = "people")
        public record A(String id) {}
        """);
    JavaFileObject second =
        source(
            "t.B",
            """
        package t;
        @io.s3db.annotations.S3Resource(name = "people")
        public record B(String id) {}
        """);
    Compilation compilation = compile(first, second);
    assertThat(compilation)
        .hadErrorContaining("B: resource name \"people\" is already used by t.A")
        .inFile(second)
        .onLineContaining("record B");
  }

  @Test
  void generatedNameClash() {
    expectError(
        Message.GENERATED_NAME_CLASH,
        "a type named UserDao already exists in package t",
        "record User",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            public record User(String id) {}
            """),
        source(
            "t.UserDao",
            """
            package t;
            public class UserDao {}
            """));
  }

  @Test
  void invalidResourceName() {
    expectError(
        Message.INVALID_RESOURCE_NAME,
        "resource name \"my/users\" is not valid",
        "record User",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource(name = "my/users")
            public record User(String id) {}
            """));
  }

  @Test
  void nullablePrimitive() {
    expectError(
        Message.NULLABLE_PRIMITIVE,
        "User.age: @Nullable has no effect on the primitive int; use its box"
            + " (java.lang.Integer)",
        "int age",
        source(
            "t.User",
            """
            package t;
            import org.jspecify.annotations.Nullable;
            @io.s3db.annotations.S3Resource
            public record User(String id,
                @Nullable int age) {}
            """));
  }

  @Test
  void recursiveRecord() {
    expectError(
        Message.RECURSIVE_RECORD,
        "User.parent.parent: the nested record Node contains itself",
        "@Nullable Node parent",
        source(
            "t.User",
            """
            package t;
            import org.jspecify.annotations.Nullable;
            @io.s3db.annotations.S3Resource
            public record User(String id, Node parent) {
              public record Node(String name,
                  @Nullable Node parent) {}
            }
            """));
  }

  @Test
  void inaccessibleRecord() {
    expectError(
        Message.INACCESSIBLE_RECORD,
        "User is private",
        "record User",
        source(
            "t.Outer",
            """
            package t;
            public class Outer {
              @io.s3db.annotations.S3Resource
              private record User(String id) {}
            }
            """));
  }

  @Test
  void invalidIdSize() {
    expectError(
        Message.INVALID_ID_SIZE,
        "User: idSize 4 is out of range",
        "record User",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource(idSize = 4)
            public record User(String id) {}
            """));
  }

  @Test
  void idGeneratorMustBeConcrete() {
    expectError(
        Message.ID_GENERATOR_NOT_CONCRETE,
        "User: idGenerator t.UserIds cannot be created by the generated DAO, which calls its"
            + " no-argument constructor: it is abstract; name a concrete subclass.",
        "idGenerator = UserIds.class",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource(idGenerator = UserIds.class)
            public record User(String id) {}
            abstract class UserIds implements io.s3db.ids.IdGenerator<User> {}
            """),
        Compilations.ID_GENERATOR);
  }

  @Test
  void idGeneratorMustNotBeAnInnerClass() {
    expectError(
        Message.ID_GENERATOR_NOT_CONCRETE,
        "User: idGenerator t.User.Ids cannot be created by the generated DAO, which calls its"
            + " no-argument constructor: Ids is an inner class; make it static.",
        "idGenerator = User.Ids.class",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource(idGenerator = User.Ids.class)
            public record User(String id) {
              public class Ids implements io.s3db.ids.IdGenerator<User> {
                public String newId(User user) { return "u"; }
              }
            }
            """),
        Compilations.ID_GENERATOR);
  }

  @Test
  void idGeneratorNeedsANoArgConstructor() {
    expectError(
        Message.ID_GENERATOR_NO_CONSTRUCTOR,
        "User: idGenerator t.PrefixIds has no accessible no-argument constructor; the generated"
            + " DAO creates it with 'new PrefixIds()'. Add 'public PrefixIds() {}'.",
        "idGenerator = PrefixIds.class",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource(idGenerator = PrefixIds.class)
            public record User(String id) {}
            """),
        source(
            "t.PrefixIds",
            """
            package t;
            public final class PrefixIds implements io.s3db.ids.IdGenerator<User> {
              private final String prefix;
              public PrefixIds(String prefix) { this.prefix = prefix; }
              public String newId(User user) { return prefix; }
            }
            """),
        Compilations.ID_GENERATOR);
  }

  @Test
  void idGeneratorMustTakeTheRecord() {
    expectError(
        Message.ID_GENERATOR_WRONG_TYPE,
        "User: idGenerator t.OrderIds must implement io.s3db.ids.IdGenerator<User> (or"
            + " IdGenerator of a supertype, such as Object) to be handed the record; but it"
            + " implements IdGenerator<t.Order>.",
        "idGenerator = OrderIds.class",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource(idGenerator = OrderIds.class)
            public record User(String id) {}
            record Order(String id) {}
            class OrderIds implements io.s3db.ids.IdGenerator<Order> {
              public String newId(Order order) { return "o"; }
            }
            """),
        Compilations.ID_GENERATOR);
  }

  @Test
  void idGeneratorMustImplementIdGenerator() {
    expectError(
        Message.ID_GENERATOR_WRONG_TYPE,
        "User: idGenerator java.lang.StringBuilder must implement io.s3db.ids.IdGenerator<User>"
            + " (or IdGenerator of a supertype, such as Object) to be handed the record; but it"
            + " does not implement io.s3db.ids.IdGenerator.",
        "idGenerator = StringBuilder.class",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource(idGenerator = StringBuilder.class)
            public record User(String id) {}
            """),
        Compilations.ID_GENERATOR);
  }

  @Test
  void idSizeWithAnIdGeneratorWouldBeIgnored() {
    expectError(
        Message.ID_SIZE_WITH_ID_GENERATOR,
        "User: idSize 30 would be ignored: idGenerator t.UserIds makes every id. Remove idSize, or"
            + " drop idGenerator to get nanoids of that length.",
        "idSize = 30",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource(idSize = 30, idGenerator = UserIds.class)
            public record User(String id) {}
            class UserIds implements io.s3db.ids.IdGenerator<User> {
              public String newId(User user) { return "u"; }
            }
            """),
        Compilations.ID_GENERATOR);
  }

  /** An exception inside the processor is reported on the record, not thrown at javac. */
  @Test
  void internalError() {
    TESTED.add(Message.INTERNAL_ERROR);
    String formatted =
        Message.INTERNAL_ERROR.format("User", "java.lang.IllegalStateException: boom");
    assertEquals(
        "[S3DB-E000] Internal error while processing User; please report it with this stack trace:"
            + " java.lang.IllegalStateException: boom",
        formatted);
  }

  /**
   * Plain javac into a directory: compile-testing hides generated files once a compilation failed.
   */
  @Test
  void errorsInOneRecordDoNotStopTheOthers(@TempDir Path out) throws IOException {
    Path sources = Files.createDirectories(out.resolve("src/t"));
    Files.writeString(
        sources.resolve("Bad.java"),
        """
        package t;
        @io.s3db.annotations.S3Resource
        public record Bad(String name) {}
        """);
    Files.writeString(
        sources.resolve("Good.java"),
        """
        package t;
        @io.s3db.annotations.S3Resource
        public record Good(String id) {}
        """);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostics,
              List.of(
                  "-proc:only",
                  "-s",
                  out.toString(),
                  "-d",
                  out.toString(),
                  "-cp",
                  System.getProperty("java.class.path")),
              null,
              files.getJavaFileObjects(sources.resolve("Bad.java"), sources.resolve("Good.java")));
      task.setProcessors(List.of(new S3dbProcessor()));
      assertFalse(task.call());
    }
    assertEquals(
        1,
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getMessage(null).startsWith("[S3DB-E102] Bad:"))
            .count());
    assertTrue(Files.exists(out.resolve("t/GoodDao.java")));
    assertTrue(Files.exists(out.resolve("t/GoodCodec.java")));
    assertFalse(Files.exists(out.resolve("t/BadDao.java")));
    assertFalse(
        Files.exists(out.resolve("t/GeneratedS3dbModule.java")),
        "no registry when a record has errors");
  }

  @Test
  void partitionUnknownField() {
    Compilation compilation =
        expectError(
            Message.PARTITION_UNKNOWN_FIELD,
            "User: @Partition \"byRegion\" refers to unknown field \"regoin\". Did you mean \"region\"? Known fields:"
                + " name, region, profile.country.",
            "byRegion",
            source(
                "t.User",
                """
            package t;
            @io.s3db.annotations.S3Resource
            @io.s3db.annotations.Partition(name = "byRegion", fields = "regoin")
            public record User(String id, String name, String region, Profile profile) {
              public record Profile(String country) {}
            }
            """));
    assertThat(compilation).hadErrorCount(1);
    // no suggestion when nothing is close; the id is not a partitionable field
    expectError(
        Message.PARTITION_UNKNOWN_FIELD,
        "refers to unknown field \"id\". Known fields: name.",
        "byId",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            @io.s3db.annotations.Partition(name = "byId", fields = "id")
            public record User(String id, String name) {}
            """));
  }

  @Test
  void duplicatePartitionName() {
    expectError(
        Message.DUPLICATE_PARTITION_NAME,
        "User: partition names must be unique; \"byRegion\" is declared" + " 2 times.",
        "record User",
        source(
            "t.User",
            """
            package t;
            import io.s3db.annotations.Partition;
            @io.s3db.annotations.S3Resource
            @Partition(name = "byRegion", fields = "region")
            @Partition(name = "byRegion", fields = "name")
            public record User(String id, String name, String region) {}
            """));
  }

  @Test
  void partitionFieldNotLeaf() {
    expectError(
        Message.PARTITION_FIELD_NOT_LEAF,
        "User: @Partition \"byProfile\" field \"profile\" is the nested"
            + " record t.User.Profile, which has no single value for a key. Partition by its fields instead:"
            + " profile.country, profile.city.",
        "byProfile",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            @io.s3db.annotations.Partition(name = "byProfile", fields = "profile")
            public record User(String id, Profile profile) {
              public record Profile(String country, String city) {}
            }
            """));
  }

  @Test
  void invalidPartitionName() {
    expectError(
        Message.INVALID_PARTITION_NAME,
        "User: partition name \"by-region\" is not valid",
        "by-region",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            @io.s3db.annotations.Partition(name = "by-region", fields = "region")
            public record User(String id, String region) {}
            """));
  }

  @Test
  void partitionWithoutFields() {
    expectError(
        Message.PARTITION_WITHOUT_FIELDS,
        "User: @Partition \"byNothing\" lists no fields",
        "byNothing",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            @io.s3db.annotations.Partition(name = "byNothing", fields = {})
            public record User(String id, String region) {}
            """));
  }

  @Test
  void partitionRepeatedField() {
    expectError(
        Message.PARTITION_REPEATED_FIELD,
        "User: @Partition \"byRegion\" lists field \"region\" more than" + " once",
        "byRegion",
        source(
            "t.User",
            """
            package t;
            @io.s3db.annotations.S3Resource
            @io.s3db.annotations.Partition(name = "byRegion", fields = {"region", "region"})
            public record User(String id, String region) {}
            """));
  }

  @Test
  void timestampsComponents() {
    Compilation missing =
        expectError(
            Message.TIMESTAMPS_COMPONENTS,
            "User: @S3Resource(timestamps = true) needs the"
                + " top-level component '@Nullable Instant updatedAt', without constraints or @Default (found: no such"
                + " component)",
            "record User",
            source(
                "t.User",
                """
            package t;
            import java.time.Instant;
            import org.jspecify.annotations.Nullable;
            @io.s3db.annotations.S3Resource(timestamps = true)
            public record User(String id, @Nullable Instant createdAt) {}
            """));
    assertThat(missing).hadErrorCount(1);
    Compilation wrong =
        expectError(
            Message.TIMESTAMPS_COMPONENTS,
            "'@Nullable Instant createdAt', without"
                + " constraints or @Default (found: java.time.OffsetDateTime createdAt)",
            "OffsetDateTime createdAt",
            source(
                "t.User",
                """
            package t;
            import java.time.Instant;
            import java.time.OffsetDateTime;
            import org.jspecify.annotations.Nullable;
            @io.s3db.annotations.S3Resource(timestamps = true)
            public record User(String id,
                @Nullable OffsetDateTime createdAt,
                Instant updatedAt) {}
            """));
    assertThat(wrong).hadErrorContaining("(found: java.time.Instant updatedAt (not @Nullable))");
    assertThat(wrong).hadErrorCount(2);
  }

  @Test
  void partitionFieldNoSingleValue() {
    Compilation compilation =
        expectError(
            Message.PARTITION_FIELD_NO_SINGLE_VALUE,
            "User: @Partition \"byTags\" field"
                + " \"tags\" is the collection java.util.List<java.lang.String>, which has no single value for a key:"
                + " s3db.js would write all its items joined with ','",
            "record User", // repeated: javac locates the record
            source(
                "t.User",
                """
            package t;
            import io.s3db.annotations.Partition;
            @io.s3db.annotations.S3Resource
            @Partition(name = "byTags", fields = "tags")
            @Partition(name = "byAttrs", fields = "attrs")
            @Partition(name = "byToken", fields = "token")
            public record User(String id, java.util.List<String> tags, java.util.Map<String, Object> attrs,
                @io.s3db.annotations.Secret String token) {}
            """));
    assertThat(compilation)
        .hadErrorContaining(
            "field \"attrs\" is the JSON value java.util.Map<java.lang.String,"
                + " java.lang.Object>, which has no single value for a key: s3db.js would write '[object Object]'");
    assertThat(compilation)
        .hadErrorContaining(
            "field \"token\" is a @Secret, which has no single value for a key:"
                + " its stored ciphertext changes on every write, and the key would show the secret in plain text.");
    assertThat(compilation).hadErrorCount(3);
  }

  /**
   * A warning, not an error; {@code @SuppressWarnings} on the record silences it. (That the code is
   * still generated and compiles without warnings is shown in s3db-runtime's ValidRecordTest: here
   * the runtime is missing, so the generated code does not compile.)
   */
  @Test
  void nullablePartitionField() {
    TESTED.add(Message.NULLABLE_PARTITION_FIELD);
    JavaFileObject user =
        source(
            "t.User",
            """
        package t;
        import org.jspecify.annotations.Nullable;
        @io.s3db.annotations.S3Resource
        @io.s3db.annotations.Partition(name = "byCity", fields = "profile.city")
        public record User(String id, @Nullable Profile profile) {
          public record Profile(String city) {}
        }
        """);
    Compilation compilation = compile(user);
    assertThat(compilation)
        .hadWarningContaining(
            "[S3DB-W202] User.profile.city: partition field is @Nullable;"
                + " records whose value is null get no reference and will not appear in partition \"byCity\"")
        .inFile(user)
        .onLineContaining("byCity");
    Compilation suppressed =
        compile(
            source(
                "t.User",
                """
        package t;
        import org.jspecify.annotations.Nullable;
        @io.s3db.annotations.S3Resource
        @io.s3db.annotations.Partition(name = "byCity", fields = "city")
        @SuppressWarnings("s3db:nullable-partition")
        public record User(String id, @Nullable String city) {}
        """));
    assertFalse(
        suppressed.warnings().stream().anyMatch(d -> d.getMessage(null).contains("W202")),
        () -> suppressed.warnings().toString());
  }

  @AfterAll
  static void everyMessageHasATest() {
    assertEquals(EnumSet.allOf(Message.class), TESTED, "every Message needs a compile test");
  }
}
