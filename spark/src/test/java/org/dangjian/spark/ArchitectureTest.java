package org.dangjian.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Spark module sits on the library's public API: no internals, no module above the library. */
class ArchitectureTest {
  private static final JavaClasses MODULE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.dangjian.spark");

  @Test
  void usesTheLibrarysPublicApiOnly() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("..internal..", "org.dangjian.testkit..", "org.dangjian.cli..",
        "org.dangjian.examples..", "org.dangjian.benchmarks..")
        .check(MODULE);
  }
}
