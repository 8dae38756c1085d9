package org.dangjian.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.Problem;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Layout;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.record.RecordKinds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large document of one record per line is read in two parts at once, and gives the dataset one pass
 * gives; a document that does not read cleanly in parts — a problem anywhere, a field the parts would both
 * hold, another layout — is not read in parts, and one pass reports it as before.
 */
class DocumentPartsTest {
  @TempDir Path folder;

  /** The test county with enough ledger entries to be read in parts (some 8 MB of one record per line). */
  private static final Dataset LARGE = large();

  private static Dataset large() {
    TestCounty county = new TestCounty();
    for (int day = 0; day < 80_000; day++) {
      county.ledger.add(new LedgerEntry(LocalDate.of(2024, 1, 1).plusDays(day % 366), MemberId.of(day % 2 == 0 ? "m03" : "m04"),
          "study", BigDecimal.valueOf(day, 2), Optional.of("学习" + day), Optional.empty()));
    }
    return county.build();
  }

  private static final String TEXT = DatasetFormat.write(LARGE, Syntax.JSON, Layout.RECORD_PER_LINE);

  private static Optional<Dataset> inParts(String text) {
    return DocumentParts.read(text.getBytes(StandardCharsets.UTF_8), RecordKinds.builtIn(), DangjianJson.jsonMapper());
  }

  @Test
  void aLargeDocumentOfOneRecordPerLineIsReadInPartsAsOnePassReadsIt() throws Exception {
    assertThat(TEXT.length()).isGreaterThan((int) DocumentParts.PARALLEL_BYTES);
    assertThat(inParts(TEXT)).as("read in parts").contains(LARGE);
    Path file = Files.writeString(folder.resolve("large.json"), TEXT);
    assertThat(DocumentParts.read(file, RecordKinds.builtIn(), DangjianJson.jsonMapperForRecords())).contains(LARGE);
    assertThat(DatasetFormat.read(file)).isEqualTo(LARGE);
    assertThat(DatasetFormat.read(TEXT, "large.json", Syntax.JSON)).isEqualTo(LARGE);
  }

  @Test
  void theLibrarysIndentedLayoutIsCutBetweenRecordsToo() {
    String pretty = DatasetFormat.write(LARGE, Syntax.JSON);
    assertThat(pretty).isNotEqualTo(TEXT);
    assertThat(inParts(pretty)).contains(LARGE);
  }

  @Test
  void aDocumentOnOneLineOrASmallOneIsReadInOnePass() {
    String oneLine = TEXT.replace("\n", ""); // a line break is only ever white space between tokens
    assertThat(oneLine).doesNotContain("\n").hasSizeGreaterThan((int) DocumentParts.PARALLEL_BYTES);
    assertThat(inParts(oneLine)).isEmpty();
    assertThat(DatasetFormat.read(oneLine, "large.json", Syntax.JSON)).isEqualTo(LARGE);
    assertThat(inParts(DatasetFormat.write(TestCounty.dataset(), Syntax.JSON, Layout.RECORD_PER_LINE))).isEmpty();
  }

  /** @return the problems of one pass over the text, and checks that the parts gave up on it */
  private static java.util.List<Problem> problemsOf(String text) {
    assertThat(inParts(text)).as("not read in parts").isEmpty();
    return catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(text, "large.json", Syntax.JSON)).problems();
  }

  @Test
  void aProblemInEitherPartIsReportedByOnePassWhereItStands() {
    java.util.List<String> lines = TEXT.lines().toList();
    int first = lines.indexOf("  \"ledger\": [") + 1;
    int end = lines.subList(first, lines.size()).indexOf("  ],") + first;
    assertThat(end - first).as("ledger lines").isEqualTo(80_002);
    // The ledger's first record is before the cut, near the middle, and its last after it.
    for (int line : new int[] {first, end - 1}) {
      String record = lines.get(line);
      String dangling = TEXT.replace(record, record.replaceFirst("\"member\": \"m\\d+\"", "\"member\": \"m99\""));
      assertThat(dangling).isNotEqualTo(TEXT);
      assertThat(problemsOf(dangling)).extracting(Problem::path, Problem::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("ledger[" + (line - first) + "].member", "dangling-reference"));
    }
  }

  @Test
  void aFieldBothPartsWouldHoldIsADuplicateAsInOnePass() {
    int end = TEXT.lastIndexOf('}');
    String twice = TEXT.substring(0, end).stripTrailing() + ",\n  \"units\": []\n}\n";
    assertThat(problemsOf(twice)).extracting(Problem::code).containsExactly("duplicate-field");
  }

  @Test
  void aHeaderAfterTheCutIsReadInOnePass() {
    String schemaLine = TEXT.lines().filter(l -> l.startsWith("  \"schema\"")).findFirst().orElseThrow();
    int end = TEXT.lastIndexOf('}');
    String moved = TEXT.replace(schemaLine + "\n", "").substring(0, end - schemaLine.length() - 1).stripTrailing()
        + ",\n" + schemaLine.replaceAll(",$", "") + "\n}\n";
    assertThat(inParts(moved)).isEmpty();
    assertThat(DatasetFormat.read(moved, "large.json", Syntax.JSON)).isEqualTo(LARGE);
  }
}
