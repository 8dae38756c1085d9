package org.dangjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code rules list} and {@code rules show}: the rule reference from the types' and item kinds' own declarations. */
class RulesCommandTest {

  @Test
  void listNamesEveryRuleTypeAndSchemeItemKindWithItsParameters() {
    MainTest.Run run = MainTest.run("rules", "list");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Rule types:\n  activist-duration — 入党积极分子培养教育满一年 / ")
        .contains("  branch-size — 党支部党员人数不超过上限 / a branch has no more members than the limit\n      max\n")
        .contains("\nScheme item kinds (evidence):\n  attendance — ")
        .contains("  duesArrears — 欠缴党费 / dues in arrears\n      moreThanMonths\n")
        .contains("\nResponsibility-letter indicators (letter files' 'indicator:'):\n  complianceRate — ")
        .contains("  trainings — 参加培训达标率（党员或书记） / the share of members (or secretaries) trained enough\n      atLeast, who\n");
    for (String type : org.dangjian.rules.RuleSetRegistry.standard().ruleTypeNames()) {
      assertThat(run.out()).contains("\n  " + type + " — ");
    }
  }

  @Test
  void showGivesEachParameterItsTypeRangeDefaultMeaningAndExample() {
    MainTest.Run run = MainTest.run("rules", "show", "activity-frequency");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("activity-frequency (rule type)\n  每个周期开展规定次数的组织生活（三会一课等）\n")
        .contains("  activityType — activity type; required\n      活动类型\n      the activity type counted\n"
            + "      e.g. activityType: branch-committee-meeting\n")
        .contains("  minMinutes — whole number from 0 to 1440; default 0\n")
        .contains("  per — one of: year, half-year, quarter, month, week; required\n")
        .contains("Built-in rules of this type: ").contains("cn-national: branch-committee-meeting");
    MainTest.Run item = MainTest.run("rules", "show", "ballots");
    assertThat(item.out()).startsWith("ballots (scheme item (evidence))\n")
        .contains("  values — a number for each of: excellent, qualified, basically-qualified, unqualified");
    assertThat(MainTest.run("rules", "show", "unit-coverage").out()).contains("No parameters.");
    // A scheme item kind and a letter indicator of one name: both shown.
    assertThat(MainTest.run("rules", "show", "correctionRate").out()).startsWith("correctionRate (scheme item (evidence))\n")
        .contains("\n\ncorrectionRate (letter indicator)\n  整改按期完成率\n");
  }

  @Test
  void anUnknownNameIsAUsageErrorWithTheNearest() {
    MainTest.Run run = MainTest.run("rules", "show", "branch-sise");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no rule type, scheme item kind or letter indicator 'branch-sise' (did you mean 'branch-size'?)");
    assertThat(MainTest.run("rules").status()).as("no subcommand").isEqualTo(2);
  }
}
