package io.s3db.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * No reflection, proxies, {@code Class.forName} or method-handle lookups in the runtime or in
 * generated code, so apps run as GraalVM native images without configuration.
 */
class NoReflectionTest {
  private static final JavaClasses RUNTIME_AND_GENERATED =
      new ClassFileImporter()
          .withImportOption(
              location ->
                  location.contains("/s3db-runtime/target/classes/")
                      || location.contains("/s3db-runtime/target/test-classes/")
                          && isGenerated(location))
          .importPackages("io.s3db");

  private static boolean isGenerated(com.tngtech.archunit.core.importer.Location location) {
    return location.contains("Dao.class")
        || location.contains("Codec.class")
        || location.contains("Validator.class")
        || location.contains("GeneratedS3dbModule.class");
  }

  @Test
  void noReflection() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.lang.reflect..")
        .check(RUNTIME_AND_GENERATED);
  }

  @Test
  void noDynamicClassLoadingOrMethodHandles() {
    noClasses()
        .should()
        .callMethod(Class.class, "forName", String.class)
        .orShould()
        .callMethod(Class.class, "getDeclaredMethods")
        .orShould()
        .callMethod(Class.class, "getDeclaredFields")
        .orShould()
        .callMethod(Class.class, "getRecordComponents")
        .orShould()
        .callMethod(Class.class, "newInstance")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.invoke.MethodHandles")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.invoke.MethodHandles$Lookup")
        .check(RUNTIME_AND_GENERATED);
  }
}
