package org.dangjian.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** core stands alone: it depends on no other module, hides its generated classes and never reads the clock. */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.dangjian.core");

  @Test
  void coreDependsOnNoOtherProjectModule() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.dangjian.rules..", "org.dangjian.scoring..", "org.dangjian.testkit..", "org.dangjian.cli..",
            "org.dangjian.examples..", "org.dangjian.benchmarks..")
        .check(CORE);
  }

  @Test
  void coreUsesOnlyItsDeclaredLibraries() {
    // javax.annotation: JSR 305's annotations, which Immutables writes into the generated classes when an older
    // Guava (before 33.5) brings JSR 305 — as in the build at the oldest supported Guava (.ci/run). Annotations only.
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "org.dangjian.core..", "java..", "com.google.common..", "com.google.errorprone..",
            "com.fasterxml.jackson..", "org.yaml.snakeyaml..", "org.jspecify..", "org.immutables..", "javax.annotation..")
        .check(CORE);
  }

  @Test
  void generatedImplementationsAreNotApi() {
    classes().that().haveSimpleNameStartingWith("Immutable").should().notBePublic().check(CORE);
  }

  @Test
  void libraryCodeNeverReadsTheClockOrTheDefaultLocale() {
    noClasses().should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(java.util.Locale.class, "getDefault")
        .orShould().callMethod(String.class, "toLowerCase")
        .orShould().callMethod(String.class, "toUpperCase")
        .orShould().callMethod(String.class, "format", String.class, Object[].class)
        .check(CORE);
  }
}
