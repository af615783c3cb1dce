package io.s3db.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The runtime's packages form no cycles, and the contract generated code is compiled against
 * ({@code io.s3db.spi}) reaches the engine through one door: the value formats of {@code
 * io.s3db.internal.format}, which depend on nothing else of the runtime. The API package {@code
 * io.s3db} is left out of the cycle check: {@code S3db.connect} opens the engine, which implements
 * the API, by design.
 */
class PackageDependenciesTest {
  private static final JavaClasses RUNTIME =
      new ClassFileImporter()
          .withImportOption(location -> location.contains("/s3db-runtime/target/classes/"))
          .importPackages("io.s3db");

  @Test
  void packagesFormNoCycles() {
    slices().matching("io.s3db.(**)").should().beFreeOfCycles().check(RUNTIME);
  }

  @Test
  void spiReachesTheEngineOnlyThroughTheValueFormats() {
    noClasses()
        .that()
        .resideInAPackage("io.s3db.spi..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.s3db.internal", "io.s3db.internal.layout..", "io.s3db.internal.crypto..")
        .check(RUNTIME);
  }

  /** The document view is built like generated code: on the SPI and the value formats alone. */
  @Test
  void documentsReachTheEngineOnlyThroughTheSpi() {
    noClasses()
        .that()
        .resideInAPackage("io.s3db.internal.documents..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.s3db.internal", "io.s3db.internal.layout..", "io.s3db.internal.crypto..")
        .check(RUNTIME);
  }

  @Test
  void valueFormatsDependOnNothingElseOfTheRuntime() {
    noClasses()
        .that()
        .resideInAPackage("io.s3db.internal.format..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.s3db.spi..",
            "io.s3db.internal",
            "io.s3db.internal.layout..",
            "io.s3db.internal.crypto..")
        .check(RUNTIME);
  }
}
