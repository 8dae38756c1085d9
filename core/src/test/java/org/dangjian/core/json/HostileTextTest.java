package org.dangjian.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.core.DangjianException;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers, encodings, text and files at the edges of what the readers accept. */
class HostileTextTest {

  private static String problemOf(byte[] document, Syntax syntax) {
    try {
      SourceDocument.of(document, "doc." + syntax.name().toLowerCase(java.util.Locale.ROOT), syntax);
      return "accepted";
    } catch (ValidationException e) {
      Problem problem = e.problems().get(0);
      return problem.line() + ":" + problem.column() + " " + problem.code();
    }
  }

  private static String problemOf(String document, Syntax syntax) {
    return problemOf(document.getBytes(StandardCharsets.UTF_8), syntax);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "1e63        | accepted",            // 64 digits written out: the most
      "1e64        | 1:7 limit-exceeded",  // 65
      "-9.5e62     | accepted",
      "1e-63       | accepted",            // 64 decimals
      "1.5e-63     | accepted",            // 15 × 10^-64: 64 decimals
      "1.5e-64     | 1:7 limit-exceeded",  // 65
      "1e-64       | accepted",
      "1e-65       | 1:7 limit-exceeded",
      "0e-999999999| 1:7 limit-exceeded",
      "1e999999999 | 1:7 limit-exceeded",
      "12345.678   | accepted"})
  void aNumberIsReadOnlyIfItsValueWrittenOutFitsTheLimit(String number, String outcome) {
    assertThat(problemOf("{\"a\": " + number + "}", Syntax.JSON)).isEqualTo(outcome);
    assertThat(problemOf("a: " + number + "\n", Syntax.YAML)).isEqualTo(outcome.replace("1:7", "1:4"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a four-byte character, the last of Unicode | F48FBFBF | accepted",
      "beyond Unicode                              | F4908080 | 1:9 syntax-error",
      "an overlong slash                           | C0AF     | 1:8 syntax-error",
      "an overlong three-byte form                 | E08080   | 1:9 syntax-error",
      "an encoded surrogate                        | EDA080   | 1:9 syntax-error",
      "the last character before the surrogates    | ED9FBF   | accepted",
      "a cut-off character                         | E4B8     | 1:10 syntax-error",
      "a stray continuation byte                   | 80       | 1:8 syntax-error"})
  void textIsStrictUtf8(String what, String hex, String outcome) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("{\"a\": \"".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(java.util.HexFormat.of().parseHex(hex));
    bytes.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(problemOf(bytes.toByteArray(), Syntax.JSON)).as(what).isEqualTo(outcome);
  }

  @Test
  void aByteOrderMarkOfUtf8IsReadAndOthersAreRefusedByName() {
    byte[] utf8 = "\uFEFF{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
    assertThat(problemOf(utf8, Syntax.JSON)).isEqualTo("accepted");
    ValidationException utf16 = catchThrowableOfType(ValidationException.class,
        () -> SourceDocument.of("{\"a\": 1}".getBytes(StandardCharsets.UTF_16), "doc.json", Syntax.JSON));
    assertThat(utf16.problems().get(0).toString()).isEqualTo("doc.json:1:1: syntax-error: the file is not UTF-8 (it starts with "
        + "a UTF-16 or UTF-32 byte-order mark); save it as UTF-8");
    assertThat(problemOf("{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE), Syntax.YAML)).isEqualTo("1:2 syntax-error");
  }

  @Test
  void aLoneSurrogateIsNoCharacterButAPairIsOne() {
    assertThat(problemOf("{\"a\": \"\\ud83d\\ude00\"}", Syntax.JSON)).isEqualTo("accepted");
    assertThat(problemOf("{\"a\": \"x\\ud83d\"}", Syntax.JSON)).isEqualTo("1:7 syntax-error");
    assertThat(problemOf("{\"a\": \"\\ude00x\"}", Syntax.JSON)).isEqualTo("1:7 syntax-error");
    assertThat(problemOf("a: \"\\ud83d\"\n", Syntax.YAML)).isEqualTo("1:4 syntax-error");
  }

  @Test
  void yamlTagsAndAliasesAreRefusedWhereTheyStand() {
    assertThat(problemOf("a: !!str 2024\n", Syntax.YAML)).endsWith("syntax-error");
    assertThat(problemOf("a: !custom x\n", Syntax.YAML)).endsWith("syntax-error");
    assertThat(problemOf("a: &x 1\nb: *x\n", Syntax.YAML)).endsWith("syntax-error");
    assertThat(problemOf("a: \"!!str 2024\"\n", Syntax.YAML)).isEqualTo("accepted");
  }

  @Test
  void aYamlLineOrStringBeyondTheLimitIsRefused() {
    String limit = "x".repeat(ReadLimits.MAX_STRING_LENGTH - 3);
    assertThat(problemOf("a: " + limit + "\n", Syntax.YAML)).isEqualTo("accepted"); // a line of exactly the limit
    assertThat(problemOf("a: " + limit + "x\n", Syntax.YAML)).isEqualTo("1:1 limit-exceeded");
    String block = ("  " + "y".repeat(98) + "\n").repeat(ReadLimits.MAX_STRING_LENGTH / 99 + 1);
    assertThat(problemOf("a: |\n" + block, Syntax.YAML)).isEqualTo("1:4 limit-exceeded");
  }

  @Test
  void personalDataInAProblemIsMaskedWhateverTheField() {
    Problem problem = Problem.of("units[0].name", "invalid-value", "not a name: 990101198001010014, call 13912345678 or +86 139-1234-5678");
    assertThat(problem.message()).isEqualTo("not a name: 990***********0014, call 139****5678 or 139****5678");
    assertThat(Problem.of("", "x", "2024-03-05 to 2024-04-05, 10000000 yuan").message()).isEqualTo("2024-03-05 to 2024-04-05, 10000000 yuan");
  }

  @Test
  void aFileIsReplacedWholeOrLeftAsItWas(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("county.json"), "before");
    DangjianException failed = catchThrowableOfType(DangjianException.class, () -> FileOutput.replace(file, out -> {
      out.write("half of the new");
      throw new IOException("No space left on device");
    }));
    assertThat(failed).hasMessage("cannot write " + file + ": No space left on device; the file is unchanged");
    assertThat(Files.readString(file)).isEqualTo("before");
    assertThat(dir).isDirectoryContaining(p -> p.equals(file)).isDirectoryNotContaining("glob:**.part");
    FileOutput.replace(file, "after");
    assertThat(Files.readString(file)).isEqualTo("after");
    try (var listed = Files.list(dir)) {
      assertThat(listed).containsExactly(file);
    }
  }

  @Test
  void onlyRegularFilesAreRead(@TempDir Path dir) throws IOException {
    assertThat(catchThrowableOfType(DangjianException.class, () -> ReadLimits.readFile(Path.of("/dev/zero"))))
        .hasMessage("cannot read /dev/zero: not a regular file (a device, a pipe or a socket); only files are read");
    assertThat(catchThrowableOfType(DangjianException.class, () -> ReadLimits.readFile(dir)))
        .hasMessage("cannot read " + dir + ": a folder, not a file");
    assertThat(catchThrowableOfType(DangjianException.class, () -> ReadLimits.readFile(dir.resolve("none.json"))))
        .hasMessage("cannot read " + dir.resolve("none.json") + ": no such file");
  }
}
