package org.dangjian.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way (core ← rules ← scoring ← testkit, cli, examples, benchmarks); internals stay private. */
class ArchitectureTest {
  private static final JavaClasses MODULE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.dangjian.cli");

  @Test
  void dependsOnlyOnModulesBelowIt() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.dangjian.examples..", "org.dangjian.benchmarks..")
        .allowEmptyShould(true)
        .check(MODULE);
  }

  @Test
  void usesNoOtherModulesInternals() {
    noClasses().should().dependOnClassesThat(
            resideInAPackage("..internal..").and(not(resideInAPackage("org.dangjian.cli.."))))
        .allowEmptyShould(true)
        .check(MODULE);
  }

  @Test
  void sparkStaysInItsOwnModule() {
    // The command line and every module below it build and run without Spark; only dangjian-spark has it (provided).
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Class.forName("org.apache.spark.sql.SparkSession"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
