package org.dangjian.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.core.DangjianException;
import org.dangjian.core.Problem;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFormatTest {

  static String resource(String name) {
    try (InputStream in = DatasetFormatTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Problem onlyProblem(String text, Syntax syntax) {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> DatasetFormat.read(text, "county." + syntax.name().toLowerCase(java.util.Locale.ROOT), syntax));
    assertThat(e).as("expected the document to be rejected").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  /** The small county as JSON, with one line replaced. */
  private static String jsonWith(String line, String replacement) {
    String json = resource("small-county.json");
    assertThat(json).contains(line);
    return json.replaceFirst(java.util.regex.Pattern.quote(line), java.util.regex.Matcher.quoteReplacement(replacement));
  }

  private static int lineOf(String text, String fragment) {
    int at = text.indexOf(fragment);
    assertThat(at).as(fragment).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void writingIsStableAndMatchesTheCommittedFiles() {
    Dataset county = TestCounty.dataset();
    assertThat(DatasetFormat.write(county, Syntax.JSON)).isEqualTo(resource("small-county.json"));
    assertThat(DatasetFormat.write(county, Syntax.YAML)).isEqualTo(resource("small-county.yaml"));
  }

  @Test
  void jsonAndYamlRoundTrip() {
    Dataset county = TestCounty.dataset();
    Dataset fromJson = DatasetFormat.read(resource("small-county.json"), "small-county.json", Syntax.JSON);
    Dataset fromYaml = DatasetFormat.read(resource("small-county.yaml"), "small-county.yaml", Syntax.YAML);
    assertThat(fromJson).isEqualTo(county);
    assertThat(fromYaml).isEqualTo(county);
    assertThat(DatasetFormat.read(DatasetFormat.write(fromYaml, Syntax.JSON), "x", Syntax.JSON)).isEqualTo(county);
  }

  @Test
  void filesAreReadAndWrittenByExtension(@TempDir Path dir) {
    Dataset county = TestCounty.dataset();
    DatasetFormat.write(county, dir.resolve("c.yml"));
    DatasetFormat.write(county, dir.resolve("c.json"));
    assertThat(DatasetFormat.read(dir.resolve("c.yml"))).isEqualTo(county);
    assertThat(DatasetFormat.read(dir.resolve("c.json"))).isEqualTo(county);
    assertThatThrownBy(() -> DatasetFormat.read(dir.resolve("c.txt")))
        .isInstanceOf(DangjianException.class).hasMessageContaining("name the file .json, .yaml or .yml");
    assertThatThrownBy(() -> DatasetFormat.read(dir.resolve("missing.json")))
        .isInstanceOf(DangjianException.class).hasMessageContaining("cannot read");
  }

  @Test
  void aDocumentStreamedToAFileIsTheTextWrittenToAString(@TempDir Path dir) throws java.io.IOException {
    Dataset county = TestCounty.dataset();
    DatasetFormat.write(county, dir.resolve("indented.json"), Layout.INDENTED);
    DatasetFormat.write(county, dir.resolve("lines.json"), Layout.RECORD_PER_LINE);
    DatasetFormat.write(county, dir.resolve("c.yaml"));
    assertThat(java.nio.file.Files.readString(dir.resolve("indented.json"))).isEqualTo(DatasetFormat.write(county, Syntax.JSON))
        .endsWith("}\n");
    assertThat(java.nio.file.Files.readString(dir.resolve("lines.json")))
        .isEqualTo(DatasetFormat.write(county, Syntax.JSON, Layout.RECORD_PER_LINE));
    assertThat(java.nio.file.Files.readString(dir.resolve("c.yaml"))).isEqualTo(resource("small-county.yaml"));
    // Through Jackson, a dataset is the same document.
    assertThat(DangjianJson.mapper(Syntax.JSON).writeValueAsString(county) + "\n").isEqualTo(DatasetFormat.write(county, Syntax.JSON));
  }

  @Test
  void aFileIsStreamedAndItsProblemsLocatedAsInTheSameBytes(@TempDir Path dir) throws java.io.IOException {
    String json = DatasetFormat.write(TestCounty.dataset(), Syntax.JSON);
    String broken = json.replaceFirst("\"branch\": \"zx-b1\"", "\"branch\": \"nowhere\"");
    Path file = Files.writeString(dir.resolve("broken.json"), broken);
    ValidationException fromFile = catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(file));
    ValidationException fromBytes = catchThrowableOfType(ValidationException.class,
        () -> DatasetFormat.read(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8), file.toString(), Syntax.JSON));
    assertThat(fromFile.problems()).isNotEmpty().isEqualTo(fromBytes.problems());
    assertThat(fromFile.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    assertThat(fromFile.problems()).extracting(Problem::code).contains("dangling-reference");
    assertThat(fromFile.problems().get(0).line()).isEqualTo(lineOf(broken, "\"branch\": \"nowhere\""));
    Path wrongShape = Files.writeString(dir.resolve("shape.json"), json.replaceFirst("\"termYears\": 3", "\"termYears\": \"3\""));
    ValidationException shape = catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(wrongShape));
    assertThat(shape.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("wrong-type");
      assertThat(p.line()).isEqualTo(lineOf(json, "\"termYears\": 3"));
    });
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    String text = "{\n  \"schema\": \"dangjian/dataset@1\",\n  \"region\": {\"code\": \"x\" \"name\": \"y\"}\n}\n";
    Problem problem = onlyProblem(text, Syntax.JSON);
    assertThat(problem.code()).isEqualTo("syntax-error");
    assertThat(problem.source()).contains("county.json");
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo(26);
    assertThat(problem.path()).isEqualTo("region");
    assertThat(problem.toString()).startsWith("county.json:3:26: region: syntax-error: ");
  }

  @Test
  void malformedYamlNamesLineAndColumn() {
    String text = "schema: dangjian/dataset@1\nregion:\n  code: x\n name: y\n";
    Problem problem = onlyProblem(text, Syntax.YAML);
    assertThat(problem.code()).isEqualTo("syntax-error");
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isPositive();
  }

  @Test
  void emptyInputIsASyntaxError() {
    assertThat(onlyProblem("", Syntax.JSON).message()).isEqualTo("the input is empty");
  }

  @Test
  void unknownFieldIsNamedWithItsPathAndTheFieldsThatExist() {
    String text = jsonWith("\"name\": \"徐明\",", "\"name\": \"徐明\", \"nickname\": \"小徐\",");
    Problem problem = onlyProblem(text, Syntax.JSON);
    assertThat(problem.code()).isEqualTo("unknown-field");
    assertThat(problem.path()).isEqualTo("members[10].nickname");
    assertThat(problem.line()).isEqualTo(lineOf(text, "\"nickname\""));
    assertThat(problem.message()).contains("'nickname'").contains("birthDate, branch, category");
  }

  @Test
  void wrongTypesAreNotCoerced() {
    Problem number = onlyProblem(jsonWith("\"termYears\": 5,", "\"termYears\": \"5\","), Syntax.JSON);
    assertThat(number.code()).isEqualTo("wrong-type");
    assertThat(number.path()).isEqualTo("organisations[0].committee.termYears");
    assertThat(number.message()).isEqualTo("expected a whole number, found text");

    Problem text = onlyProblem(jsonWith("\"name\": \"徐明\",", "\"name\": 42,"), Syntax.JSON);
    assertThat(text.path()).isEqualTo("members[10].name");
    assertThat(text.message()).isEqualTo("expected text, found a whole number");

    Problem list = onlyProblem(jsonWith("\"units\": [\n        \"u-bureau\"\n      ],", "\"units\": \"u-bureau\","), Syntax.JSON);
    assertThat(list.path()).isEqualTo("organisations[0].units");
    assertThat(list.code()).isEqualTo("wrong-type");
  }

  @Test
  void duplicateKeysAreRejected() {
    Problem problem = onlyProblem(jsonWith("\"name\": \"徐明\",", "\"name\": \"徐明\", \"name\": \"徐明明\","), Syntax.JSON);
    assertThat(problem.code()).isEqualTo("duplicate-field");
  }

  @Test
  void impossibleDatesAreLocated() {
    String text = jsonWith("\"birthDate\": \"1981-02-04\"", "\"birthDate\": \"2023-02-29\"");
    Problem problem = onlyProblem(text, Syntax.JSON);
    assertThat(problem.path()).isEqualTo("members[0].birthDate");
    assertThat(problem.code()).isEqualTo("invalid-date");
    assertThat(problem.message()).contains("no such day");
    assertThat(problem.line()).isEqualTo(lineOf(text, "2023-02-29"));
  }

  @Test
  void unknownCodesListWhatIsAccepted() {
    Problem problem = onlyProblem(jsonWith("\"kind\": \"joint-branch\"", "\"kind\": \"joint_branch\""), Syntax.JSON);
    assertThat(problem.path()).isEqualTo("organisations[2].kind");
    assertThat(problem.code()).isEqualTo("unknown-code");
    assertThat(problem.message()).contains("unknown organisation kind 'joint_branch'").contains("joint-branch");
  }

  @Test
  void otherSchemasAreRefused() {
    Problem problem = onlyProblem(jsonWith("\"schema\": \"dangjian/dataset@1\"", "\"schema\": \"dangjian/dataset@2\""), Syntax.JSON);
    assertThat(problem.code()).isEqualTo("unsupported-schema");
    assertThat(problem.line()).isEqualTo(2);
  }

  @Test
  void valueProblemsAreAllReportedEachAtItsLine() {
    String text = resource("small-county.yaml")
        .replace("birthDate: 1981-02-04", "birthDate: 1981-02-30")
        .replace("kind: kindergarten", "kind: nursery")
        .replace("termYears: 5", "termYears: 0");
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(text, "c.yaml", Syntax.YAML));
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("units[4].kind", "unknown-code"),
        org.assertj.core.groups.Tuple.tuple("organisations[0].committee.termYears", "invalid-value"),
        org.assertj.core.groups.Tuple.tuple("members[0].birthDate", "invalid-date"));
    assertThat(e.problems()).extracting(Problem::line).containsExactly(
        lineOf(text, "kind: nursery"), lineOf(text, "termYears: 0"), lineOf(text, "1981-02-30"));
  }

  @Test
  void crossRecordProblemsAreLocatedToo() {
    String text = jsonWith("\"branch\": \"xx1\"", "\"branch\": \"xx9\"");
    Problem problem = onlyProblem(text, Syntax.JSON);
    assertThat(problem.path()).isEqualTo("members[10].branch");
    assertThat(problem.code()).isEqualTo("dangling-reference");
    assertThat(problem.line()).isEqualTo(lineOf(text, "\"xx9\""));
  }

  @Test
  void missingRequiredFieldsAreEachNamed() {
    String text = "{\"schema\": \"dangjian/dataset@1\", \"region\": {\"code\": \"x\"}, \"members\": [{\"id\": \"m1\"}]}";
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(text, "x.json", Syntax.JSON));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("region.name", "members[0].name",
        "members[0].gender", "members[0].birthDate", "members[0].category", "members[0].branch");
    assertThat(e.problems()).extracting(Problem::code).containsOnly("missing-field");
  }

  @Test
  void activityAndDuesValuesAreCheckedAndLocated() {
    String json = resource("small-county.json");
    Problem type = onlyProblem(json.replace("\"type\": \"study-night\"", "\"type\": \"study-nite\""), Syntax.JSON);
    assertThat(type.path()).isEqualTo("activities[3].type");
    assertThat(type.code()).isEqualTo("unknown-code");
    assertThat(type.message()).contains("theme-party-day");
    Problem month = onlyProblem(json.replace("\"month\": \"2024-02\"", "\"month\": \"2024-13\""), Syntax.JSON);
    assertThat(month.path()).isEqualTo("duesPayments[1].month");
    assertThat(month.code()).isEqualTo("invalid-date");
    Problem text = onlyProblem(jsonWith("\"monthlyBase\": 5600.00", "\"monthlyBase\": \"5600.00\""), Syntax.JSON);
    assertThat(text.code()).isEqualTo("wrong-type");
    assertThat(text.path()).isEqualTo("duesBases[0].monthlyBase");
    Problem fraction = onlyProblem(jsonWith("\"monthlyBase\": 5600.00", "\"monthlyBase\": 5600.001"), Syntax.JSON);
    assertThat(fraction.code()).isEqualTo("invalid-amount");
    assertThat(fraction.line()).isEqualTo(lineOf(jsonWith("\"monthlyBase\": 5600.00", "\"monthlyBase\": 5600.001"), "5600.001"));
  }

  @Test
  void wholeNumbersAreAmountsToo() {
    Dataset dataset = DatasetFormat.read(jsonWith("\"monthlyBase\": 5600.00", "\"monthlyBase\": 5600"), "x.json", Syntax.JSON);
    assertThat(dataset.duesBases().get(0).monthlyBase()).isEqualByComparingTo("5600");
  }

  @Test
  void recordPerLineLayoutWritesEachRecordOnOneLineAndReadsBack() {
    Dataset county = TestCounty.dataset();
    String text = DatasetFormat.write(county, Syntax.JSON, Layout.RECORD_PER_LINE);
    assertThat(DatasetFormat.read(text, "c.json", Syntax.JSON)).isEqualTo(county);
    assertThat(text.lines().filter(l -> l.contains("\"id\": \"m")).count()).isEqualTo(county.members().size());
    assertThat(text.lines()).anySatisfy(l -> assertThat(l).startsWith("    { \"id\": \"m03\"").endsWith("} ] },"));
    assertThat(DatasetFormat.write(county, Syntax.YAML, Layout.RECORD_PER_LINE)).isEqualTo(DatasetFormat.write(county, Syntax.YAML));
  }
}
