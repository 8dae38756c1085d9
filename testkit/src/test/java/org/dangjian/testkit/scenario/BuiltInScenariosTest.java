package org.dangjian.testkit.scenario;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The scenario beside every built-in rule set and scoring scheme runs in the build. */
class BuiltInScenariosTest {

  @TestFactory
  Stream<DynamicTest> everyBuiltInRuleSetPassesItsScenario() {
    return ScenarioTests.builtInRuleSets();
  }

  @TestFactory
  Stream<DynamicTest> everyBuiltInSchemePassesItsScenario() {
    return ScenarioTests.builtInSchemes();
  }
}
