package org.dangjian.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.core.Problem;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name given twice in one object is refused wherever it stands — in a record, in a value bound by Jackson
 * (a member's event and the letter inside it), in a value skipped after an unknown field — with the
 * problem a strict parser gives: {@code duplicate-field} at the object, located just after the second name.
 * The reader finds records' duplicates itself, with the parser's own check off inside them; a dataset read
 * as a value inside another document leaves that check on for the rest of the document.
 */
class DuplicateFieldsTest {
  @TempDir Path folder;

  private static final String SMALL_COUNTY = DatasetFormatTest.resource("small-county.json");

  /** The small county with the first occurrence of a text replaced. */
  private static String with(String text, String replacement) {
    assertThat(SMALL_COUNTY).contains(text);
    int at = SMALL_COUNTY.indexOf(text);
    return SMALL_COUNTY.substring(0, at) + replacement + SMALL_COUNTY.substring(at + text.length());
  }

  /**
   * @return the line and column (both from 1; the column in bytes of UTF-8, as the parser counts) just after the
   *     last occurrence of a name, quoted, in the text
   */
  private static int[] after(String text, String name) {
    int at = text.lastIndexOf("\"" + name + "\"") + name.length() + 2;
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    int bytes = text.substring(lineStart, at).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    return new int[] {(int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1, bytes + 1};
  }

  private Problem onlyProblem(String text, String file) throws Exception {
    Path path = Files.writeString(folder.resolve(file), text);
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(path));
    assertThat(e).as("expected %s to be refused", file).isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  /** @return the line and column just after the second occurrence of the quoted name at the marked place */
  private static int[] afterSecond(String text, String name) {
    int mark = text.indexOf("/*dup*/");
    String clean = text.replace("/*dup*/", "");
    assertThat(mark).isNotNegative();
    return after(clean.substring(0, mark) + "\"" + name + "\"", name);
  }

  private void assertDuplicateAtMark(String text, String name, String path) throws Exception {
    int[] expected = afterSecond(text, name);
    Problem problem = onlyProblem(text.replace("/*dup*/", ""), "county.json");
    assertThat(problem.path()).isEqualTo(path);
    assertThat(problem.code()).isEqualTo("duplicate-field");
    assertThat(problem.message()).isEqualTo("Duplicate field '" + name + "'");
    assertThat(new int[] {problem.line(), problem.column()}).as("line and column").containsExactly(expected);
  }

  @Test
  void aRecordsFieldGivenTwiceIsLocatedJustAfterTheSecondName() throws Exception {
    assertDuplicateAtMark(with("\"category\": \"meeting-attended\",", "\"category\": \"meeting-attended\", /*dup*/\"category\": \"x\","),
        "category", "ledger[0]");
  }

  @Test
  void aFieldGivenTwiceInAMembersEventOrInTheLetterInsideItIsRefused() throws Exception {
    assertDuplicateAtMark(with("\"from\": \"清河师范学院学生党总支\",", "\"from\": \"清河师范学院学生党总支\", /*dup*/\"from\": \"x\","),
        "from", "members[0].history[0]");
    assertDuplicateAtMark(with("\"issued\": \"2012-09-21\",", "\"issued\": \"2012-09-21\", /*dup*/\"issued\": \"2012-09-21\","),
        "issued", "members[0].history[0].letter");
  }

  @Test
  void aNameGivenTwiceInAValueSkippedAfterAnUnknownFieldOrAfterItIsRefusedFirst() throws Exception {
    assertDuplicateAtMark(with("\"category\": \"meeting-attended\",", "\"bogus\": {\"a\": 1, /*dup*/\"a\": 2}, \"category\": \"meeting-attended\","),
        "a", "ledger[0]");
    assertDuplicateAtMark(with("\"category\": \"meeting-attended\",", "\"category\": \"meeting-attended\", \"bogus\": 1, /*dup*/\"category\": \"x\","),
        "category", "ledger[0]");
    Problem unknown = onlyProblem(with("\"category\": \"meeting-attended\",", "\"category\": \"meeting-attended\", \"bogus\": {\"a\": 1},"), "county.json");
    assertThat(unknown.code()).isEqualTo("unknown-field");
  }

  @Test
  void theSameInJsonLinesWhereAFileOfProblemsIsReadLineByLine() throws Exception {
    String lines = DatasetFormat.writeLines(TestCounty.dataset(), DatasetFormat.PersonalDataPolicy.OMIT);
    String entry = lines.lines().filter(l -> l.startsWith("{\"ledgerEntry\"")).findFirst().orElseThrow();
    String twice = entry.replace("\"member\":", "\"member\":\"m03\",\"member\":");
    Path path = Files.writeString(folder.resolve("county.jsonl"), lines.replace(entry, twice));
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(path));
    int line = (int) lines.substring(0, lines.indexOf(entry)).chars().filter(c -> c == '\n').count() + 1;
    assertThat(e.problems()).extracting(Problem::path, Problem::code, Problem::line, Problem::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ledger[0]", "duplicate-field", line,
            twice.lastIndexOf("\"member\"") + "\"member\"".length() + 1));
  }

  @Test
  void yamlIsRefusedByItsParsersOwnCheck() {
    String yaml = DatasetFormat.write(TestCounty.dataset(), Syntax.YAML).replaceFirst("(?m)^(\\s+)category: meeting-attended$",
        "$1category: meeting-attended\n$1category: study");
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(yaml, "county.yaml", Syntax.YAML));
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ledger[0]", "duplicate-field"));
  }

  /** What another document holding a dataset looks like to Jackson's binding. */
  record Holder(Dataset dataset, java.util.Map<String, java.util.Map<String, java.util.Map<String, Integer>>> after) {}

  @Test
  void aDatasetReadAsAValueLeavesTheParsersCheckOnForTheRestOfTheDocument() throws Exception {
    String county = DatasetFormat.write(TestCounty.dataset(), Syntax.JSON);
    com.fasterxml.jackson.databind.ObjectMapper mapper = DangjianJson.jsonMapper();
    // Nested as deep as the dataset's records' values, where a reader's check of its own would have left the parser's off.
    Holder read = mapper.readValue("{\"dataset\": " + county + ", \"after\": {\"x\": {\"y\": {\"a\": 1}}}}", Holder.class);
    assertThat(read.dataset()).isEqualTo(TestCounty.dataset());
    assertThat(read.after()).isEqualTo(java.util.Map.of("x", java.util.Map.of("y", java.util.Map.of("a", 1))));
    Throwable refused = catchThrowableOfType(com.fasterxml.jackson.core.JsonProcessingException.class,
        () -> mapper.readValue("{\"dataset\": " + county + ", \"after\": {\"x\": {\"y\": {\"a\": 1, \"a\": 2}}}}", Holder.class));
    assertThat(refused).as("a duplicate after the dataset").isNotNull();
    assertThat(refused.getMessage()).contains("Duplicate field 'a'");
  }
}
