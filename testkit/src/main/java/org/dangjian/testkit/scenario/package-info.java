/**
 * Policy tests: {@link org.dangjian.testkit.scenario.Scenario} files beside rule sets, run by {@link
 * org.dangjian.testkit.scenario.ScenarioRunner} or as JUnit 5 dynamic tests by {@link
 * org.dangjian.testkit.scenario.Scenarios}.
 */
@NullMarked
package org.dangjian.testkit.scenario;

import org.jspecify.annotations.NullMarked;
