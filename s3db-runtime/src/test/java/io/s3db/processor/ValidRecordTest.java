package io.s3db.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor's output for valid records, compiled for real against the runtime (which is why
 * this test lives in s3db-runtime: the processor module cannot see the runtime's classes).
 */
class ValidRecordTest {

  private static JavaFileObject source(String qualifiedName, String code) {
    return JavaFileObjects.forSourceString(qualifiedName, code);
  }

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new S3dbProcessor()).withOptions("-Xlint:all").compile(sources);
  }

  private static final JavaFileObject USER =
      source(
          "com.acme.User",
          """
      package com.acme;

      import io.s3db.annotations.S3Resource;
      import org.jspecify.annotations.Nullable;

      @S3Resource(name = "users")
      public record User(@Nullable String id, String name, int age, long visits, double score, boolean active,
          @Nullable Integer height, @Nullable String nickname, Profile profile, @Nullable Address address) {
        public record Profile(@Nullable String bio, String city) {}
        public record Address(String street, @Nullable Geo geo) {}
        public record Geo(double lat, double lon) {}
      }
      """);

  @Test
  void generatesCodecValidatorDaoAndModule_withoutWarnings() throws IOException {
    Compilation compilation = compile(USER);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.UserCodec");
    assertThat(compilation).generatedSourceFile("com.acme.UserValidator");
    assertThat(compilation).generatedSourceFile("com.acme.UserDao");
    assertThat(compilation).generatedSourceFile("com.acme.GeneratedS3dbModule");
    String services =
        compilation
            .generatedFile(
                javax.tools.StandardLocation.CLASS_OUTPUT,
                "META-INF/services/io.s3db.spi.S3dbModule")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertEquals("com.acme.GeneratedS3dbModule\n", services);
  }

  /** FORMAT.md §4.1: leaves in declaration order, then top-level nested objects; base36 keys. */
  @Test
  void assignsBase36KeysLeavesFirstThenObjects() throws IOException {
    String codec =
        compile(USER)
            .generatedSourceFile("com.acme.UserCodec")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    String[][] expected = {
      {"NAME", "0"},
      {"AGE", "1"},
      {"VISITS", "2"},
      {"SCORE", "3"},
      {"ACTIVE", "4"},
      {"HEIGHT", "5"},
      {"NICKNAME", "6"},
      {"PROFILE_BIO", "7"},
      {"PROFILE_CITY", "8"},
      {"ADDRESS_STREET", "9"},
      {"ADDRESS_GEO_LAT", "a"},
      {"ADDRESS_GEO_LON", "b"},
      {"ADDRESS", "d"}
    };
    for (String[] constant : expected) {
      assertTrue(
          codec.contains("static final String " + constant[0] + " = \"" + constant[1] + "\";"),
          () -> constant[0] + " = " + constant[1] + " missing in\n" + codec);
    }
    // profile's own key "c" exists, but a required record that cannot be empty never uses it
    assertFalse(codec.contains("PROFILE ="), codec);
    assertTrue(codec.contains("Attribute.of(\"age\", \"number|integer\")"), codec);
    assertTrue(codec.contains("Attribute.of(\"score\", \"number\")"), codec);
    assertTrue(codec.contains("Attribute.of(\"height\", \"number|integer|optional\")"), codec);
    assertTrue(codec.contains("Attribute.text(\"profile.bio\", \"string|optional\")"), codec);
    assertTrue(codec.contains("Attribute.of(\"address.geo.lat\", \"number\")"), codec);
    assertTrue(codec.contains("Attribute.of(\"active\", \"boolean\")"), codec);
  }

  private static final JavaFileObject PARTITIONED =
      source(
          "com.acme.Order",
          """
      package com.acme;

      import io.s3db.annotations.Partition;
      import io.s3db.annotations.S3Resource;
      import org.jspecify.annotations.Nullable;

      @S3Resource(name = "orders", paranoid = false)
      @Partition(name = "byStatus", fields = "status")
      @Partition(name = "byCountryAndCents", fields = {"shipTo.country", "cents"})
      @Partition(name = "byCoupon", fields = "coupon")
      public record Order(@Nullable String id, String status, long cents, @Nullable Integer coupon, Address shipTo) {
        public record Address(String country, @Nullable String zip) {}
      }
      """);

  /**
   * Typed factories, positional in declared order; a @Nullable field warns (W202) but still
   * compiles.
   */
  @Test
  void generatesTypedPartitionFactories() throws IOException {
    Compilation compilation = compile(PARTITIONED);
    assertThat(compilation).succeeded();
    assertEquals(1, compilation.warnings().size(), () -> compilation.warnings().toString());
    assertThat(compilation).hadWarningContaining("[S3DB-W202] Order.coupon");
    String partitions =
        compilation
            .generatedSourceFile("com.acme.OrderPartitions")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertTrue(
        partitions.contains(
            "public static PartitionKey<Order> byCountryAndCents(String shipToCountry,"
                + " long cents)"),
        partitions);
    assertTrue(
        partitions.contains("public static PartitionKey<Order> byCoupon(int coupon)"), partitions);
    assertTrue(
        partitions.contains(
            "Attribute.of(\"shipTo.country\", \"string\"), Attribute.of(\"cents\","
                + " \"number\")"),
        partitions);
    String dao =
        compilation
            .generatedSourceFile("com.acme.OrderDao")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertTrue(
        dao.contains(
            ".partitions(OrderPartitions.DEFINITIONS)\n          .paranoid(false)\n          .build();"),
        dao);
  }

  /**
   * Timestamps: the automatic partitions' factories take a LocalDate (and an Instant), a partition
   * on an Instant field gets a LocalDate overload too, and createdAt/updatedAt take the keys after
   * the other leaves.
   */
  @Test
  void timestampedRecordsGetDateFactoriesAndTheirTimesLast() throws IOException {
    Compilation compilation =
        compile(
            source(
                "com.acme.Visit",
                """
        package com.acme;
        import java.time.Instant;
        import org.jspecify.annotations.Nullable;
        @io.s3db.annotations.S3Resource(timestamps = true)
        @io.s3db.annotations.Partition(name = "byStart", fields = "start")
        public record Visit(@Nullable String id, @Nullable Instant updatedAt, Instant start,
            @Nullable Instant createdAt, Place place) {
          public record Place(String city) {}
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String partitions =
        compilation
            .generatedSourceFile("com.acme.VisitPartitions")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    for (String factory :
        List.of(
            "byStart(Instant start)",
            "byStart(LocalDate start)",
            "byCreatedDate(Instant createdAt)",
            "byCreatedDate(LocalDate createdAt)",
            "byUpdatedDate(LocalDate updatedAt)")) {
      assertTrue(
          partitions.contains("public static PartitionKey<Visit> " + factory),
          factory + "\n" + partitions);
    }
    assertTrue(
        partitions.contains("Attribute.of(\"createdAt\", \"date|maxlength:10\")"), partitions);
    String codec =
        compilation
            .generatedSourceFile("com.acme.VisitCodec")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertTrue(
        codec.contains(
            "Attribute.of(\"start\", \"datetime\"),\n"
                + "      Attribute.text(\"place.city\", \"string\"),\n"
                + "      Attribute.of(\"createdAt\", \"datetime|optional\"),\n"
                + "      Attribute.of(\"updatedAt\", \"datetime|optional\"))"),
        codec);
    assertTrue(
        codec.contains("public Visit withTimestamps(Visit record, @Nullable Instant createdAt,"),
        codec);
    String dao =
        compilation
            .generatedSourceFile("com.acme.VisitDao")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertTrue(
        dao.contains(
            ".partitions(VisitPartitions.DEFINITIONS)\n          .timestamps(true)\n          .build();"),
        dao);
  }

  @Test
  void suppressedNullablePartitionWarningCompilesWithoutWarnings() {
    Compilation compilation =
        compile(
            source(
                "com.acme.Tag",
                """
        package com.acme;
        @io.s3db.annotations.S3Resource
        @io.s3db.annotations.Partition(name = "byColor", fields = "color")
        @SuppressWarnings("s3db:nullable-partition")
        public record Tag(String id, @org.jspecify.annotations.Nullable String color) {}
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.TagPartitions");
  }

  @Test
  void defaultResourceNameIsTheDecapitalizedRecordName() throws IOException {
    String dao =
        compile(
                source(
                    "a.b.Order",
                    """
        package a.b;
        @io.s3db.annotations.S3Resource
        record Order(String id, String item) {}
        """))
            .generatedSourceFile("a.b.OrderDao")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertTrue(dao.contains("\"order\""), dao);
  }

  @Test
  void nestedResourceRecordsGetUnderscoreJoinedNames() {
    Compilation compilation =
        compile(
            source(
                "a.Outer",
                """
        package a;
        public class Outer {
          @io.s3db.annotations.S3Resource
          public record Item(String id, String label) {}
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("a.Outer_ItemDao");
    assertThat(compilation).generatedSourceFile("a.Outer_ItemCodec");
  }

  @Test
  void moduleLivesInTheCommonPackageOfAllResources() {
    Compilation compilation =
        compile(
            source(
                "com.acme.crm.Customer",
                """
            package com.acme.crm;
            @io.s3db.annotations.S3Resource public record Customer(String id, String name) {}
            """),
            source(
                "com.acme.billing.Invoice",
                """
            package com.acme.billing;
            @io.s3db.annotations.S3Resource public record Invoice(String id, long cents) {}
            """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.GeneratedS3dbModule");
  }
}
