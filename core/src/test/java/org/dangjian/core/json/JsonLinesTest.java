package org.dangjian.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dangjian.core.Problem;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat.PersonalDataPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record-per-line layout: a header line, one record per line in any order, problems located at their line. */
class JsonLinesTest {
  private static final Dataset COUNTY = TestCounty.dataset();

  private static Dataset read(String text) {
    return DatasetFormat.readLines(new StringReader(text), "county.jsonl");
  }

  private static List<Problem> problems(String text) {
    return catchThrowableOfType(ValidationException.class, () -> read(text)).problems();
  }

  @Test
  void aDatasetRoundTripsOneRecordPerLine() {
    String lines = DatasetFormat.writeLines(COUNTY, PersonalDataPolicy.OMIT);
    List<String> each = lines.lines().toList();
    assertThat(each.get(0)).startsWith("{\"schema\":\"dangjian/dataset@1\",\"region\":");
    assertThat(each).hasSize(1 + COUNTY.units().size() + COUNTY.organisations().size() + COUNTY.members().size()
        + COUNTY.activities().size() + COUNTY.duesBases().size() + COUNTY.duesPayments().size() + COUNTY.trainings().size()
        + COUNTY.ledger().size() + COUNTY.commitments().size() + COUNTY.ballots().size() + COUNTY.reportRatings().size());
    assertThat(each.subList(1, each.size())).allSatisfy(line -> assertThat(line).matches("\\{\"[a-zA-Z]+\":\\{.*\\}\\}"));
    assertThat(read(lines)).isEqualTo(COUNTY);
    assertThat(DatasetFormat.writeLines(read(lines), PersonalDataPolicy.OMIT)).isEqualTo(lines);
    assertThat(read(lines.replace("\n", "\r\n"))).as("CRLF line ends").isEqualTo(COUNTY);
  }

  @Test
  void recordsMayComeInAnyOrder() {
    List<String> each = new ArrayList<>(DatasetFormat.writeLines(COUNTY, PersonalDataPolicy.OMIT).lines().toList());
    List<String> records = new ArrayList<>(each.subList(1, each.size()));
    Collections.shuffle(records, new Random(7));
    records.add(3, each.get(0)); // the header need not come first either
    assertThat(read(String.join("\n", records) + "\n")).isEqualTo(COUNTY);
  }

  @Test
  void everyProblemIsLocatedAtItsLine() {
    List<String> each = new ArrayList<>(DatasetFormat.writeLines(COUNTY, PersonalDataPolicy.OMIT).lines().toList());
    int member = indexOf(each, "{\"member\":");
    int unit = indexOf(each, "{\"unit\":");
    each.set(member, each.get(member).replaceFirst("\"branch\":\"[^\"]+\"", "\"branch\":\"nowhere\""));
    each.set(unit, each.get(unit).replaceFirst("\"kind\":\"[^\"]+\"", "\"kind\":5"));
    List<Problem> problems = problems(String.join("\n", each) + "\n");
    assertThat(problems).extracting(Problem::code, Problem::path, Problem::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("wrong-type", "units[0].kind", unit + 1));
    each.set(unit, each.get(unit).replace("\"kind\":5", "\"kind\":\"primary-school\""));
    // The first member, moved to a branch that does not exist: the problem is at the member's line, and the
    // committee position that member holds is reported at its organisation's line.
    List<Problem> dangling = problems(String.join("\n", each) + "\n");
    assertThat(dangling).filteredOn(p -> p.code().equals("dangling-reference")).extracting(Problem::path, Problem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("members[0].branch", member + 1));
    assertThat(dangling).filteredOn(p -> p.code().equals("position-holder-not-member"))
        .allSatisfy(p -> assertThat(each.get(p.line() - 1)).startsWith("{\"organisation\":"));
    assertThat(dangling.get(0).toString()).startsWith("county.jsonl:" + (member + 1) + ":");
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError(prefix);
  }

  @Test
  void malformedLinesAreRefusedTogether() {
    String header = DatasetFormat.writeLines(COUNTY, PersonalDataPolicy.OMIT).lines().findFirst().orElseThrow();
    List<Problem> problems = problems(header + "\n\n{\"notice\":{}}\n{\"unit\":{\"id\":\"u1\"},\"member\":{}}\n" + header + "\n[1]\n{");
    assertThat(problems).extracting(Problem::code, Problem::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("syntax-error", 2),
        org.assertj.core.groups.Tuple.tuple("unknown-field", 3),
        org.assertj.core.groups.Tuple.tuple("wrong-type", 4),
        org.assertj.core.groups.Tuple.tuple("duplicate-field", 5),
        org.assertj.core.groups.Tuple.tuple("wrong-type", 6),
        org.assertj.core.groups.Tuple.tuple("syntax-error", 7));
    assertThat(problems.get(1).message()).contains("unknown kind of record 'notice'").contains("ledgerEntry");
    assertThat(problems(COUNTY.units().isEmpty() ? "" : "{\"unit\":{\"id\":\"u1\",\"name\":\"甲\",\"kind\":\"primary-school\"}}\n"))
        .extracting(Problem::code).containsExactly("missing-field");
  }

  @Test
  void aJsonlFileIsReadAndWrittenByItsExtension(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("county.jsonl");
    DatasetFormat.write(COUNTY, file, Layout.INDENTED, PersonalDataPolicy.INCLUDE);
    assertThat(Files.readAllLines(file).get(1)).startsWith("{\"unit\":");
    assertThat(DatasetFormat.read(file)).isEqualTo(COUNTY);
    assertThat(DatasetFormat.isLines(dir.resolve("x.NDJSON"))).isTrue();
  }
}
