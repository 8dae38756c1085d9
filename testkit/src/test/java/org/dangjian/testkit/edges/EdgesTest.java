package org.dangjian.testkit.edges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.time.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates and numbers at their edges, through the file format a vendor would send: the first and last
 * years of the calendar (1900–2100), 29 February, a member born on it turning 18, and amounts, points
 * and durations that are negative, too precise or absurd — each accepted or refused with its code at
 * its path.
 */
class EdgesTest {
  /** A one-branch dataset with one record of each kind; the cases replace one of its values. */
  private static final String BASE = """
      schema: dangjian/dataset@1
      region: {code: edge, name: 边界县}
      organisations:
        - {id: root, name: 某县教育局党委, kind: grassroots-committee, established: 2000-01-01}
        - {id: b1, name: 实验小学党支部, kind: branch, parent: root, established: 2000-01-01}
      members:
        - {id: m1, name: 王芳, gender: female, birthDate: BIRTH, category: teacher, branch: b1,
           history: [{type: transferred-in, date: 2001-09-01, from: 师范学院, letter: {number: X1, issued: 2001-08-01, validUntil: 2001-10-01},
                      status: full, fullSince: 2000-06-01}]}
        - {id: m2, name: 李强, gender: male, birthDate: 1985-05-05, category: teacher, branch: b1,
           history: [{type: applied, date: 2023-01-10}, {type: first-talk-held, date: 2023-01-20},
                     {type: activist-designated, date: 2023-03-01, contacts: [m1]}, {type: candidate-designated, date: 2024-03-05},
                     {type: training-completed, from: 2024-05-01, to: 2024-05-05, hours: HOURS}]}
      activities:
        - {id: a1, organisation: b1, type: branch-committee-meeting, date: ACTIVITY, attendees: [m1]}
      duesBases:
        - {member: m1, from: 2024-01, monthlyBase: BASE}
      duesPayments:
        - {member: m1, month: 2024-01, amount: AMOUNT, paidOn: 2024-01-15}
      ledger:
        - {date: 2024-03-01, member: m1, category: study, points: POINTS}
      """;

  private static String document(String field, String value) {
    String text = BASE;
    String[][] defaults = {{"BIRTH", "1980-01-01"}, {"HOURS", "24"}, {"ACTIVITY", "2024-03-05"}, {"BASE", "5000.00"},
        {"AMOUNT", "50.00"}, {"POINTS", "2"}};
    for (String[] entry : defaults) {
      text = text.replace(entry[0], entry[0].equals(field) ? value : entry[1]);
    }
    return text;
  }

  @ParameterizedTest(name = "{0} = {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      BIRTH    | 1900-01-01  | ok
      BIRTH    | 1899-12-31  | members[0].birthDate invalid-date
      BIRTH    | 2000-02-29  | ok
      BIRTH    | 2001-02-29  | members[0].birthDate invalid-date
      ACTIVITY | 2100-12-31  | ok
      ACTIVITY | 2101-01-01  | activities[0].date invalid-date
      ACTIVITY | 2024-02-29  | ok
      ACTIVITY | 2023-02-29  | activities[0].date invalid-date
      ACTIVITY | 2024-04-31  | activities[0].date invalid-date
      AMOUNT   | 0           | ok
      AMOUNT   | 9999999.99  | ok
      AMOUNT   | 10000000    | duesPayments[0].amount invalid-amount
      AMOUNT   | -0.01       | duesPayments[0].amount invalid-amount
      AMOUNT   | 50.001      | duesPayments[0].amount invalid-amount
      AMOUNT   | "50"        | duesPayments[0].amount wrong-type
      BASE     | -1          | duesBases[0].monthlyBase invalid-amount
      POINTS   | 1000        | ok
      POINTS   | -1000       | ok
      POINTS   | 1000.01     | ledger[0].points invalid-value
      POINTS   | 0.001       | ledger[0].points invalid-value
      POINTS   | 1e400       | ledger[0].points limit-exceeded
      HOURS    | 1           | ok
      HOURS    | 1000        | ok
      HOURS    | 0           | members[1].history[4].hours invalid-value
      HOURS    | -24         | members[1].history[4].hours invalid-value
      HOURS    | 99999999999 | members[1].history[4].hours invalid-value
      """)
  void eachEdgeIsAcceptedOrRefusedAtItsPath(String field, String value, String expected) {
    String yaml = document(field, value);
    if (expected.equals("ok")) {
      assertThat(DatasetFormat.read(yaml, "edge.yaml", Syntax.YAML).members()).hasSize(2);
      return;
    }
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(yaml, "edge.yaml", Syntax.YAML));
    assertThat(e).as("%s = %s is refused", field, value).isNotNull();
    String[] pathAndCode = expected.split(" ");
    assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
      assertThat(p.path()).isEqualTo(pathAndCode[0]);
      assertThat(p.code()).isEqualTo(pathAndCode[1]);
      assertThat(p.toString()).startsWith("edge.yaml:");
    });
  }

  @Test
  void aMemberBornOn29FebruaryTurns18On1MarchInACommonYear() {
    // m2, who applied in 2023: loading does not judge an applicant's age (the development rules do), and no
    // event of theirs comes before the birth.
    Dataset dataset = DatasetFormat.read(document("BIRTH", "1980-01-01").replace("birthDate: 1985-05-05", "birthDate: 2008-02-29"),
        "edge.yaml", Syntax.YAML);
    var member = dataset.member(MemberId.of("m2")).orElseThrow();
    assertThat(member.ageOn(LocalDate.of(2026, 2, 28))).isEqualTo(17);
    assertThat(member.ageOn(LocalDate.of(2026, 3, 1))).isEqualTo(18);
    assertThat(member.ageOn(LocalDate.of(2028, 2, 29))).isEqualTo(20);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1900, true", "2100-12, true", "2100-Q4, true", "1899, false", "2101-01, false", "2020-W53, true", "2024-W53, false",
      "2024-02, true", "2024-13, false", "2024-Q5, false", "2024-H3, false"})
  void reportingPeriodsStayWithinTheCalendar(String text, boolean valid) {
    if (valid) {
      assertThat(ReportingPeriod.parse(text)).hasToString(text);
    } else {
      assertThat(catchThrowableOfType(ValidationException.class, () -> ReportingPeriod.parse(text))).as(text).isNotNull();
    }
  }
}
