package org.dangjian.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.dangjian.core.DangjianException;
import org.dangjian.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile documents are refused early, with the project's own located problem, within a second or two. */
@Timeout(20)
class ReadLimitsTest {

  private static String problemOf(String text, Syntax syntax) {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(text, "hostile." + syntax.name()
        .toLowerCase(java.util.Locale.ROOT), syntax));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0).toString();
  }

  @Test
  void aBillionLaughsYamlIsRefusedAtItsFirstAlias() {
    StringBuilder yaml = new StringBuilder("schema: dangjian/dataset@1\nunits:\n  - &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char name = 'b'; name <= 'j'; name++) {
      yaml.append("  - &").append(name).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = name;
    }
    // Rule sets, schemes and scenarios are read as trees first: the tree stops at the first alias.
    ValidationException tree = catchThrowableOfType(ValidationException.class,
        () -> SourceDocument.of(yaml.toString(), "bomb.yaml", Syntax.YAML));
    assertThat(tree.problems()).hasSize(1);
    assertThat(tree.problems().get(0).toString())
        .isEqualTo("bomb.yaml:4:11: units[1][0]: syntax-error: YAML aliases are not read: write the value out instead of *a");
  }

  @Test
  void aScalarAliasIsRefusedRatherThanReadAsItsAnchorsName() {
    // Jackson alone would read 'w' as the text "s".
    String yaml = "schema: dangjian/dataset@1\nregion: {code: &s c1, name: *s}\n";
    assertThat(problemOf(yaml, Syntax.YAML)).isEqualTo("hostile.yaml:2:31: region: syntax-error: YAML aliases are not read: write the value out instead of *s");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    String deep = "{\"schema\": \"dangjian/rule-set@1\", \"parameters\": " + "[".repeat(200) + "]".repeat(200) + "}";
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> SourceDocument.of(deep, "deep.json", Syntax.JSON));
    assertThat(e.problems().get(0).toString()).startsWith("deep.json").contains(
        "limit-exceeded: nesting deeper than " + ReadLimits.MAX_NESTING_DEPTH + " levels");
  }

  @Test
  void aStringLongerThanTheLimitIsRefused() {
    String name = "x".repeat(ReadLimits.MAX_STRING_LENGTH + 1);
    String json = "{\"schema\": \"dangjian/dataset@1\", \"region\": {\"code\": \"c\", \"name\": \"" + name + "\"}}";
    assertThat(problemOf(json, Syntax.JSON)).startsWith("hostile.json").contains(
        "region.name: limit-exceeded: a string longer than 1048576 characters, the most a document may hold");
  }

  @Test
  void aNumberOfAHundredDigitsIsRefused() {
    String json = "{\"schema\": \"dangjian/dataset@1\", \"duesBases\": [{\"monthlyBase\": " + "9".repeat(100) + "}]}";
    assertThat(problemOf(json, Syntax.JSON)).startsWith("hostile.json").contains("limit-exceeded: a number longer than 64 digits");
  }

  @Test
  void aGigabyteDocumentIsRefusedBeforeItIsReadButADatasetIsStreamed(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("region.json");
    Path bigYaml = dir.resolve("region.yaml");
    for (Path path : new Path[] {big, bigYaml}) {
      try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
        file.setLength(1L << 30); // sparse: no gigabyte is written, and none may be read
      }
    }
    DangjianException document = catchThrowableOfType(DangjianException.class, () -> SourceDocument.read(big));
    assertThat(document.getMessage()).startsWith(big + ": 1073741824 bytes, more than the " + ReadLimits.MAX_DOCUMENT_BYTES);
    DangjianException yaml = catchThrowableOfType(DangjianException.class, () -> DatasetFormat.read(bigYaml));
    assertThat(yaml.getMessage()).contains("1073741824 bytes, more than the " + ReadLimits.MAX_DOCUMENT_BYTES);
    // A JSON dataset is read record by record, whatever its size: this one is refused at its first byte.
    ValidationException streamed = catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(big));
    assertThat(streamed.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("syntax-error");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.source()).contains(big.toString());
    });
  }
}
