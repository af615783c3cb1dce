package io.s3db.processor;

import static io.s3db.processor.Compilations.compile;
import static io.s3db.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Kotlin data classes as kapt shows them to javac: a final class with one constructor whose
 * parameters are its properties, getters ({@code getX()}, {@code isX()} for a property named {@code
 * isX}), and org.jetbrains.annotations nullability on parameters and getters. The errors for
 * classes that do not qualify are in {@link CompileErrorsTest}; that the generated code compiles
 * against the runtime, and what it calls, is proven by s3db-kotlin-example ({@code KaptStubTest}
 * compiles a copy of this stub, {@code KotlinExampleTest} real data classes through kapt).
 */
class KotlinDataClassTest {
  private static final JavaFileObject NULLABLE =
      source(
          "org.jetbrains.annotations.Nullable",
          "package org.jetbrains.annotations; public @interface Nullable {}");
  private static final JavaFileObject NOT_NULL =
      source(
          "org.jetbrains.annotations.NotNull",
          "package org.jetbrains.annotations; public @interface NotNull {}");

  /** What kapt 2.4 writes for {@code data class User(val id: String? = null, …)}, trimmed. */
  static final JavaFileObject USER =
      source(
          "k.User",
          """
          package k;

          import org.jetbrains.annotations.NotNull;
          import org.jetbrains.annotations.Nullable;

          @io.s3db.annotations.S3Resource(name = "users")
          @io.s3db.annotations.Partition(name = "byCountry", fields = "address.country")
          public final class User {
            @Nullable private final String id;
            @NotNull private final String name;
            @Nullable private final String email;
            private final int age;
            private final boolean isAdmin;
            @NotNull private final Address address;

            public User(@Nullable String id, @NotNull String name, @Nullable String email, int age,
                boolean isAdmin, @NotNull Address address) {
              this.id = id;
              this.name = name;
              this.email = email;
              this.age = age;
              this.isAdmin = isAdmin;
              this.address = address;
            }

            public User() { this(null, "", null, 0, false, new Address("", "")); }

            @Nullable public final String getId() { return id; }
            @NotNull public final String getName() { return name; }
            @Nullable public final String getEmail() { return email; }
            public final int getAge() { return age; }
            public final boolean isAdmin() { return isAdmin; }
            @NotNull public final Address getAddress() { return address; }
            @Nullable public final String component1() { return id; }
            @NotNull public final User copy(@Nullable String id, @NotNull String name,
                @Nullable String email, int age, boolean isAdmin, @NotNull Address address) {
              return new User(id, name, email, age, isAdmin, address);
            }
            @Override public String toString() { return "User(" + id + ")"; }
            @Override public int hashCode() { return 0; }
            @Override public boolean equals(@Nullable Object other) { return other == this; }
          }
          """);

  static final JavaFileObject ADDRESS =
      source(
          "k.Address",
          """
          package k;

          import org.jetbrains.annotations.NotNull;

          public final class Address {
            @NotNull private final String city;
            @NotNull private final String country;
            public Address(@NotNull String city, @NotNull String country) {
              this.city = city;
              this.country = country;
            }
            @NotNull public final String getCity() { return city; }
            @NotNull public final String getCountry() { return country; }
          }
          """);

  @Test
  void aKaptStubOfADataClassIsAResource() {
    Compilation compilation = compile(USER, ADDRESS, NULLABLE, NOT_NULL);
    // the processor reports nothing: the only errors are the generated code's, which names the
    // runtime (not on this class path)
    assertEquals(
        List.of(),
        compilation.diagnostics().stream()
            .filter(
                d ->
                    d.getMessage(Locale.ROOT).contains("S3DB-")
                        || d.getSource() == null
                        || !d.getSource().toUri().getPath().startsWith("/SOURCE_OUTPUT/"))
            .filter(d -> !d.getMessage(Locale.ROOT).startsWith("No processor claimed"))
            .map(d -> d.getMessage(Locale.ROOT))
            .toList());
    assertTrue(
        compilation.diagnostics().stream()
            .anyMatch(d -> String.valueOf(d.getSource()).contains("k/UserCodec.java")),
        "UserCodec was generated");
  }
}
