package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.DatasetFormat.PersonalDataPolicy;
import org.dangjian.core.json.internal.JsonLines;
import org.dangjian.core.record.RecordKinds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines read in parallel chunks give what one line after another gives; a file with problems is reported line by line. */
class ParallelLinesTest {

  @Test
  void chunksReadInParallelJoinToTheWholeFile(@TempDir Path dir) throws IOException {
    Dataset county = SampleCounty.dataset();
    Path file = dir.resolve("county.jsonl");
    DatasetFormat.write(county, file, org.dangjian.core.json.Layout.INDENTED, PersonalDataPolicy.INCLUDE);
    for (int chunks : new int[] {2, 3, 7, 64}) {
      assertThat(JsonLines.readInParallel(file, RecordKinds.builtIn(), chunks)).as("%d chunks", chunks).contains(county);
    }
  }

  @Test
  void aFileWithAProblemIsLeftToTheLineByLineReader(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("county.jsonl");
    String lines = DatasetFormat.writeLines(SampleCounty.dataset(), PersonalDataPolicy.OMIT);
    String broken = lines.replaceFirst("\"branch\":\"([^\"]+)\"", "\"branch\":\"nowhere\"");
    Files.writeString(file, broken);
    assertThat(JsonLines.readInParallel(file, RecordKinds.builtIn(), 4)).isEmpty();
    Path headerLater = Files.writeString(dir.resolve("late.jsonl"), lines.substring(lines.indexOf('\n') + 1) + lines.lines().findFirst().orElseThrow() + "\n");
    assertThat(JsonLines.readInParallel(headerLater, RecordKinds.builtIn(), 4)).isEmpty();
    ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(file));
    int line = (int) broken.substring(0, broken.indexOf("\"branch\":\"nowhere\"")).chars().filter(c -> c == '\n').count() + 1;
    assertThat(e.problems()).extracting(Problem::code).contains("dangling-reference");
    assertThat(e.problems()).extracting(Problem::line).contains(line);
  }
}
