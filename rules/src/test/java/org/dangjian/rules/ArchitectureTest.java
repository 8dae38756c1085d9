package org.dangjian.rules;

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
      .importPackages("org.dangjian.rules");

  @Test
  void dependsOnlyOnModulesBelowIt() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.dangjian.scoring..", "org.dangjian.testkit..", "org.dangjian.cli..", "org.dangjian.examples..", "org.dangjian.benchmarks..")
        .allowEmptyShould(true)
        .check(MODULE);
  }

  @Test
  void usesNoOtherModulesInternals() {
    noClasses().should().dependOnClassesThat(
            resideInAPackage("..internal..").and(not(resideInAPackage("org.dangjian.rules.."))))
        .allowEmptyShould(true)
        .check(MODULE);
  }
}
