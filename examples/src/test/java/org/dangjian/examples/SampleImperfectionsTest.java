package org.dangjian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.RuleSetRegistry;
import org.junit.jupiter.api.Test;
import org.dangjian.testkit.SampleCounty;

/**
 * The table of imperfections in {@code examples/README.md} is the specification of the sample county:
 * every row's findings must occur, and nothing else may.
 */
class SampleImperfectionsTest {
  private static final Pattern SUBJECT = Pattern.compile("`([a-z]+:[^`]+)`");
  private static final String SECTION = "## The sample county's imperfections";
  private static final String GOVERNANCE_SECTION = "## The sample county's school governance";
  private static final String SUPERVISION_SECTION = "## The sample county's supervision";
  private static final String LETTERS_SECTION = "## The sample county's responsibility letters";

  /** @return one {@code rule severity subject period} line per finding the first table promises */
  static List<String> promised() throws IOException {
    return promised(SECTION);
  }

  /** @return one {@code rule severity subject period} line per finding the section's table promises */
  static List<String> promised(String section) throws IOException {
    Path readme = Path.of(System.getProperty("basedir", "."), "README.md");
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    int start = lines.indexOf(section);
    assertThat(start).as("%s has the section '%s'", readme, section).isNotNegative();
    List<String> promised = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (!line.startsWith("| ") || line.startsWith("| What the county did")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      assertThat(cells).as("row of 5 cells: %s", line).hasSize(7);
      String rule = cells[2].strip().replace("`", "");
      String severity = cells[3].strip();
      String period = cells[5].strip();
      Matcher subjects = SUBJECT.matcher(cells[4]);
      int before = promised.size();
      while (subjects.find()) {
        promised.add(String.join(" ", rule, severity, subjects.group(1), period).strip());
      }
      assertThat(promised.size()).as("subjects in row: %s", line).isGreaterThan(before);
    }
    return promised;
  }

  /** @return the report's findings that pass the filter, as the table's {@code rule severity subject period} lines */
  private static List<String> lines(ComplianceReport report, java.util.function.Predicate<org.dangjian.rules.Finding> filter) {
    return report.findings().stream().filter(filter).map(f -> String.join(" ", f.ruleId(), f.severity().code(), f.subject().toString(),
        f.period().map(ReportingPeriod::toString).orElse("")).strip()).toList();
  }

  @Test
  void theSampleCountyGivesExactlyTheFindingsTheReadmeLists() throws IOException {
    List<String> promised = promised();
    assertThat(promised).as("rows in the table").hasSize(34).doesNotHaveDuplicates();
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    ComplianceReport report = ComplianceEngine.evaluate(SampleCounty.dataset(),
        RuleSetRegistry.standard().resolve("cn-national", yearEnd), ReportingPeriod.year(2024), yearEnd);
    List<String> actual = lines(report, f -> true);
    assertThat(actual).as("findings of cn-national on the sample county, against examples/README.md")
        .containsExactlyInAnyOrderElementsOf(promised);
  }

  @Test
  void theGovernanceRulesGiveExactlyTheFindingsTheReadmeLists() throws IOException {
    List<String> promised = promised(GOVERNANCE_SECTION);
    assertThat(promised).as("rows in the table").hasSize(19).doesNotHaveDuplicates();
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    ComplianceReport report = ComplianceEngine.evaluate(SampleCounty.dataset(),
        RuleSetRegistry.standard().resolve("county-first-topic", yearEnd), ReportingPeriod.year(2024), yearEnd);
    List<String> actual = lines(report, f -> f.ruleId().startsWith("governance-") || f.ruleId().equals("leadership-team")
        || f.ruleId().equals("major-matters") || f.ruleId().equals("duty-reports"));
    assertThat(actual).as("governance findings of county-first-topic on the sample county, against examples/README.md")
        .containsExactlyInAnyOrderElementsOf(promised);
  }

  @Test
  void theSupervisionRulesGiveExactlyTheFindingsTheReadmeLists() throws IOException {
    List<String> promised = promised(SUPERVISION_SECTION);
    assertThat(promised).as("rows in the table").hasSize(7).doesNotHaveDuplicates();
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    ComplianceReport report = ComplianceEngine.evaluate(SampleCounty.dataset(),
        RuleSetRegistry.standard().resolve("county-supervision", yearEnd), ReportingPeriod.year(2024), yearEnd);
    List<String> actual = lines(report, f -> List.of("spot-checks", "audit-coverage", "corrections", "bulletin-statements").contains(f.ruleId()));
    assertThat(actual).as("supervision findings of county-supervision on the sample county, against examples/README.md")
        .containsExactlyInAnyOrderElementsOf(promised);
    // Each finding's life: the dues arrears corrected from its finding; nothing else corrected by finding.
    var lives = org.dangjian.rules.FindingLife.of(report, SampleCounty.dataset());
    assertThat(lives).filteredOn(l -> l.state() == org.dangjian.rules.FindingLife.State.CORRECTED).extracting(l -> l.finding().id())
        .containsExactly("dues-arrears/bpl/member:m0513/dues-arrears.months@2024-07-01");
  }

  @Test
  void theLettersFallShortExactlyWhereTheReadmeSays() throws IOException {
    Path readme = Path.of(System.getProperty("basedir", "."), "README.md");
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    int start = lines.indexOf(LETTERS_SECTION);
    assertThat(start).as("%s has the section '%s'", readme, LETTERS_SECTION).isNotNegative();
    List<String> promised = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith("| ") && !line.startsWith("| What the county did")) {
        String[] cells = line.split("\\|", -1);
        assertThat(cells).as("row of 4 cells: %s", line).hasSize(6);
        promised.add(String.join(" ", cells[4].strip().replace("`", ""), cells[2].strip().replace("`", ""), cells[3].strip()));
      }
    }
    assertThat(promised).as("rows in the table").hasSize(9).doesNotHaveDuplicates();
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    ComplianceReport report = ComplianceEngine.evaluate(SampleCounty.dataset(),
        RuleSetRegistry.standard().resolve("cn-national", yearEnd), ReportingPeriod.year(2024), yearEnd);
    List<org.dangjian.scoring.LetterAttainment> letters = org.dangjian.scoring.LetterRegistry.standard().assessAll(SampleCounty.dataset(), report);
    assertThat(letters).hasSize(18);
    List<String> actual = new ArrayList<>();
    for (org.dangjian.scoring.LetterAttainment letter : letters) {
      letter.items().stream().filter(i -> i.status() != org.dangjian.scoring.LetterAttainment.Status.ATTAINED)
          .forEach(i -> actual.add(String.join(" ", letter.letter().to().value(), i.item().id(), i.status().code())));
    }
    assertThat(actual).as("letter items short of target in the sample county, against examples/README.md")
        .containsExactlyInAnyOrderElementsOf(promised);
    // Exactly at the target is attained.
    assertThat(letters).flatExtracting(l -> l.items().stream().filter(i -> i.actual().filter(a -> a.compareTo(i.target()) == 0)
        .isPresent() && !i.item().id().equals("compliance") && !i.item().id().equals("corrections") && !i.item().id().equals("trainings")
        && i.target().signum() > 0).map(i -> l.letter().to().value() + " " + i.item().id() + " " + i.status().code()).toList())
        .containsExactlyInAnyOrder("cg2 inspections attained", "cg2 commitments attained", "xd teaching attained", "yz admissions attained",
            "bpcz admissions attained", "ez admissions attained");
  }
}
