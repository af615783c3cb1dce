package io.s3db.examples.kotlin

import com.google.testing.compile.CompilationSubject.assertThat
import com.google.testing.compile.Compiler.javac
import com.google.testing.compile.JavaFileObjects
import io.s3db.processor.S3dbProcessor
import org.junit.jupiter.api.Test

/**
 * The processor over a Java class shaped as kapt shows a data class to javac (final, one
 * constructor, getters, org.jetbrains.annotations nullability), its output compiled against the
 * runtime without warnings: the code kapt users get, without kapt.
 */
class KaptStubTest {
  private val user =
      JavaFileObjects.forSourceString(
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

            @Nullable public final String getId() { return id; }
            @NotNull public final String getName() { return name; }
            @Nullable public final String getEmail() { return email; }
            public final int getAge() { return age; }
            public final boolean isAdmin() { return isAdmin; }
            @NotNull public final Address getAddress() { return address; }
          }
          """
              .trimIndent())

  private val address =
      JavaFileObjects.forSourceString(
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
          """
              .trimIndent())

  @Test
  fun generatedCodeCompilesAgainstTheRuntime() {
    val compilation =
        javac()
            .withProcessors(S3dbProcessor())
            .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
            .compile(user, address)
    assertThat(compilation).succeededWithoutWarnings()
    val codec = assertThat(compilation).generatedSourceFile("k.UserCodec").contentsAsUtf8String()
    codec.contains("record.getName()")
    codec.contains("record.isAdmin()")
    codec.contains("new User(")
    // Kotlin nullability: String? is optional, String required
    codec.contains("\"email\", \"string|optional\"")
    codec.contains("\"name\", \"string\"")
    codec.contains("\"address.city\", \"string\"")
    assertThat(compilation)
        .generatedSourceFile("k.UserPartitions")
        .contentsAsUtf8String()
        .contains("getAddress().getCountry()")
  }
}
