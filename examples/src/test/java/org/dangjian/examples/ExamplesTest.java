package org.dangjian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs every example program and checks what it prints, line by line where the line is the point. */
class ExamplesTest {

  private static List<String> run(Consumer<PrintWriter> example) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      example.accept(out);
    }
    return text.toString().lines().toList();
  }

  @Test
  void buildDatasetWithBuilders() {
    assertThat(run(BuildDatasetWithBuilders::run)).containsExactly(
        "path of 实验小学党支部: jyj/syxx",
        "members of the bureau's committee: 3",
        "  王芳 FULL",
        "  李强 FULL",
        "  张敏 FULL",
        "activities of the branch in 2024-Q1: 1",
        "refused: members[3].branch: dangling-reference: branch 'no-such-branch' is not among the organisations");
  }

  @Test
  void loadDatasetJson() {
    assertThat(run(LoadDatasetJson::run)).containsExactly(
        "read 1 unit, 2 organisations, 1 member, 1 activity",
        "YAML, 45 lines; read back and written as JSON, the same bytes: true",
        "refused: school.json:16:76: activities[0].date: invalid-date: '2024-02-30' is not a date of the form 2024-07-01: "
            + "no such day in the calendar",
        "refused: school.json:10:106: members[0].branch: dangling-reference: branch 'b9' is not among the organisations",
        "refused: school.json:10:56: members[0].nickname: unknown-field: unknown field 'nickname'; expected one of: birthDate, "
            + "branch, category, dualTraining, gender, group, history, id, name, nationalId, phone, unit");
  }

  @Test
  void guardedLifecycleRejection() {
    assertThat(run(GuardedLifecycleRejection::run)).containsExactly(
        "m0101 严帆波: activist since 2024-11-14",
        "candidate on 2025-07-14: refused",
        "  [违规] activist-duration: 严帆波于2024-11-14确定为入党积极分子，2025-07-14即确定为发展对象，培养考察不足1年 (发展细则 第十三条)",
        "candidate on 2025-11-15: accepted, now CANDIDATE, 0 warnings");
  }

  @Test
  void regionalOverlay() {
    assertThat(run(RegionalOverlay::run)).containsExactly(
        "resolved: some-county@2025.1 (cn-national@2024.1 → some-county@2025.1), 40 rules",
        "scenario: PASSED 第三季度未上党课 (lecture-missed.scenario.yaml)",
        "on the sample county: 1 added, 0 removed, 1 changed",
        "  + [警示] branch-size: 清河县教育系统离退休教职工党支部有党员48名，超过45名 (某县三会一课实施细则 第三条)");
  }

  @Test
  void evaluateAndRender() {
    assertThat(run(EvaluateAndRender::run)).containsExactly(
        "cn-national@2024.1 · 2024-Q3: 19 findings, 10 violations",
        "zh: [警示] branch-committee-meeting-monthly: 清河县城关第一小学党支部在2024-07召开支部委员会会议0次，应不少于1次 (支部条例 第十二条)",
        "en: [warning] branch-committee-meeting-monthly: 清河县城关第一小学党支部 held 0 branch committee meeting in 2024-07; "
            + "at least 1 required (Regulations on Branch Work, Article 12)",
        "evidence: [] · citation: 支部条例 第十二条",
        "cg1: 12 of 13 required activities held, rate 0.9231",
        "JSON: 6797 lines, \"schema\": \"dangjian/compliance-report@1\",");
  }

  @Test
  void scoreAndExport() {
    assertThat(run(ScoreAndExport::run)).containsExactly(
        "member-points@2024.1: 581 cards",
        "  #1 m0014 黄林东 95.00 excellent",
        "  #2 m0029 郑志刚 95.00 excellent",
        "  #3 m0062 段林俊 95.00 excellent",
        "m0513 曹鹏刚: 78.00 average, 19 line items",
        "  life-absence -5 finding:organisational-life-absence/bpl/member:m0513/organisational-life-absence.months@2024-07-01",
        "  study-missed -3 ledger:m0513@2024-01-20/study-missed",
        "  life-missed -2 ledger:m0513@2024-04-10/organisational-life-missed",
        "JSON: schema dangjian/score-board@1, 581 cards; first: m0014 total 95.00 grade excellent");
  }

  @Test
  void dashboardSession() {
    assertThat(run(DashboardSession::run)).containsExactly(
        "start: 66 findings",
        "July 支委会: re-ran 14 rules for [cg1], none whole: true",
        "  resolved: [警示] branch-committee-meeting-monthly: 清河县城关第一小学党支部在2024-07召开支部委员会会议0次，应不少于1次 (支部条例 第十二条)",
        "m0513 pays for September: re-ran [dues-amount, dues-arrears]",
        "  removed: [violation] dues-arrears: 曹鹏刚 paid no dues for 6 months in a row from 2024-07 "
            + "(6 months lead to 自行脱党 handling) (Party Constitution, Article 9)",
        "  added: [warning] dues-amount: 曹鹏刚 paid 15.00 yuan for 2024-09; the schedule gives 120.30 yuan on a base of 8020.00 "
            + "(Provisions on Party Dues, Article 2)",
        "refused: activity.attendees[0]: dangling-reference: member 'm9999' is not among the members",
        "now: 65 findings; equal to a full evaluation: true");
  }

  @Test
  void duesForSalaries() {
    // The bounds are inclusive (以下 includes the number) and the whole base takes one rate.
    assertThat(run(DuesForSalaries::run)).containsExactly(
        "teacher 2800 → 14.00",
        "teacher 3000 → 15.00",
        "teacher 3000.01 → 30.00",
        "teacher 5000 → 50.00",
        "teacher 5000.01 → 75.00",
        "teacher 8640.50 → 129.61",
        "teacher 10000 → 150.00",
        "teacher 10000.01 → 200.00",
        "teacher 15000 → 300.00",
        "retired 5000 → 25.00",
        "retired 5000.01 → 50.00",
        "student → 0.20");
  }
}
