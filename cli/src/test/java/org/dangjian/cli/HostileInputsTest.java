package org.dangjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus ({@code hostile/cases.yaml} and its files), run through the command line in-process,
 * and the cases that need files made at run time. Whatever a case states, no run may crash (a stack trace, an
 * exception's class name, an exit status beyond 4) or print a national ID or phone number in full.
 */
class HostileInputsTest {
  private static final String CORPUS = "/org/dangjian/cli/hostile";
  /** A stack frame, or an exception or error class by its name: what a user must never see. */
  private static final Pattern CRASH = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception in thread|"
      + "\\b(java|javax|jdk|sun|com\\.fasterxml|org\\.yaml|org\\.snakeyaml|org\\.dangjian|picocli)\\.[\\w.$]*(Exception|Error)\\b");
  /** A national ID (15 or 18 characters) or a mobile number, not masked. */
  private static final Pattern PERSONAL = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15}|1[3-9]\\d{9})(?![0-9A-Za-z])");

  record Run(int status, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private static Run run(Writer out, String... args) {
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private static Run run(String... args) {
    return run(new StringWriter(), args);
  }

  /** Asserts what every run must hold, with the folder it read from left out of the scan (a temporary name has digits). */
  private static void assertNoCrashAndNoPersonalData(Run run, Path dir) {
    String text = run.all().replace(dir.toString(), "{dir}");
    assertThat(run.status()).as("exit status of a run that did not crash\n" + run.all()).isBetween(0, 4);
    assertThat(CRASH.matcher(text).find()).as("a stack trace or exception class in\n" + text).isFalse();
    assertThat(PERSONAL.matcher(text).results().map(m -> m.group()).toList()).as("personal data in\n" + text).isEmpty();
  }

  private static void assertRefused(Run run, Path file, String code) {
    assertThat(run.status()).as(run.all()).isEqualTo(1);
    Pattern located = Pattern.compile("(?m)^" + Pattern.quote(file.toString()) + ":\\d+:\\d+: (\\S+: )?" + Pattern.quote(code) + ": ");
    assertThat(located.matcher(run.err()).find()).as("a located " + code + " naming " + file + " in\n" + run.err()).isTrue();
  }

  private static Path corpus() throws URISyntaxException {
    return Path.of(HostileInputsTest.class.getResource(CORPUS).toURI());
  }

  @TestFactory
  Stream<DynamicTest> everyCaseOfTheCorpusEndsAsItStates() throws IOException, URISyntaxException {
    Path dir = corpus();
    List<Map<String, Object>> cases = new ObjectMapper(new YAMLFactory())
        .readValue(Files.readAllBytes(dir.resolve("cases.yaml")), new TypeReference<List<Map<String, Object>>>() {});
    assertThat(cases).as("the corpus holds its cases").hasSizeGreaterThanOrEqualTo(25);
    return cases.stream().map(c -> DynamicTest.dynamicTest("point " + c.get("point") + ": " + c.get("case"), () -> {
      @SuppressWarnings("unchecked")
      List<String> args = ((List<Object>) c.get("run")).stream().map(a -> String.valueOf(a).replace("{dir}", dir.toString())).toList();
      Run run = run(args.toArray(String[]::new));
      assertNoCrashAndNoPersonalData(run, dir);
      if (c.containsKey("refused")) {
        Path file = Path.of(args.get(args.size() - 1));
        assertRefused(run, file, (String) c.get("refused"));
      }
      if (c.containsKey("status")) {
        assertThat(run.status()).as(run.all()).isEqualTo(c.get("status"));
      }
      if (c.containsKey("out")) {
        assertThat(run.out()).contains((String) c.get("out"));
      }
      if (c.containsKey("err")) {
        assertThat(run.err()).contains((String) c.get("err"));
      }
    }));
  }

  @Test
  void aDatasetIsNotRewrittenInPlaceWithoutItsPersonalDataUnlessAskedTo(@TempDir Path dir) throws IOException, URISyntaxException {
    Path file = dir.resolve("people.yaml");
    Files.copy(corpus().resolve("p6-id-on-two-members.yaml"), file);
    // One member keeps the number: a file that holds one is a file that would lose it.
    String text = Files.readString(file).replaceFirst("nationalId: \"\\d+\", (?=category: teacher, unit: u1, branch: b1,\\s+history: \\[\\{type: transferred-in, date: 2010)", "");
    Files.writeString(file, text);
    byte[] before = Files.readAllBytes(file);
    Run refused = run("format", file.toString(), file.toString());
    assertNoCrashAndNoPersonalData(refused, dir);
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err()).contains("not rewritten: 1 members hold national ID or phone numbers")
        .contains("--include-personal-data").contains("--drop-personal-data");
    assertThat(Files.readAllBytes(file)).as("the file is unchanged").isEqualTo(before);
    assertThat(run("format", file.toString(), file.toString(), "--include-personal-data").status()).isZero();
    assertThat(Files.readString(file)).contains("nationalId");
    assertThat(run("format", file.toString(), file.toString(), "--drop-personal-data").status()).isZero();
    assertThat(Files.readString(file)).doesNotContain("nationalId");
    assertThat(dir).isDirectoryNotContaining("glob:**.part");
  }

  @Test
  void outputThatCannotBeWrittenIsAFailure(@TempDir Path dir) throws URISyntaxException {
    Writer full = new Writer() { // a disk that fills after a kilobyte
      private int written;

      @Override
      public void write(char[] chars, int offset, int length) throws IOException {
        written += length;
        if (written > 1024) {
          throw new IOException("No space left on device");
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Run run = run(full, "evaluate", "--format", "json");
    assertThat(run.status()).isEqualTo(Main.OUTPUT_FAILED);
    assertThat(run.err()).contains("cannot write the output");
    // A file that cannot be written leaves nothing behind.
    Path missing = dir.resolve("no-such-folder").resolve("out.json");
    Run format = run("format", corpus().resolve("valid.yaml").toString(), missing.toString());
    assertNoCrashAndNoPersonalData(format, dir);
    assertThat(format.status()).isEqualTo(1);
    assertThat(format.err()).contains("cannot write " + missing).contains("no such folder or file");
    assertThat(dir.resolve("no-such-folder")).doesNotExist();
  }

  @Test
  void onlyRegularFilesAreRead(@TempDir Path dir) throws IOException {
    Path zero = Files.createSymbolicLink(dir.resolve("endless.json"), Path.of("/dev/zero"));
    Path nothing = Files.createSymbolicLink(dir.resolve("nothing.yaml"), Path.of("/dev/null"));
    for (Path path : List.of(zero, nothing)) {
      Run run = run("validate", path.toString());
      assertNoCrashAndNoPersonalData(run, dir);
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.err()).contains(path + ": not a regular file");
    }
    Files.delete(zero); // the links, not what they point at
    Files.delete(nothing);
  }

  @Test
  void aYamlStringBeyondTheLimitIsRefusedOnOneLineOrMany(@TempDir Path dir) throws IOException, URISyntaxException {
    String base = Files.readString(corpus().resolve("valid.yaml"));
    Path oneLine = Files.writeString(dir.resolve("one-line.yaml"), base.replace("name: 测试县教育系统", "name: " + "长".repeat(2 << 20)));
    Path block = Files.writeString(dir.resolve("block.yaml"), base.replace("name: 测试县教育系统}", "name: 测试县}\nnote: |\n"
        + ("  " + "x".repeat(78) + "\n").repeat(30_000)));
    assertRefused(run("validate", oneLine.toString()), oneLine, "limit-exceeded");
    Run blockRun = run("validate", block.toString());
    assertNoCrashAndNoPersonalData(blockRun, dir);
    assertThat(blockRun.status()).isEqualTo(1);
  }

  @Test
  void hundredsOfThousandsOfProblemsArePrintedAsTheFirstThousandAndACount(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.jsonl");
    List<String> lines = new ArrayList<>();
    lines.add("{\"schema\":\"dangjian/dataset@1\",\"region\":{\"code\":\"x\",\"name\":\"测试\"}}");
    for (int i = 0; i < 300_000; i++) {
      lines.add("{\"ledgerEntry\":{\"date\":\"2024-03-05\",\"member\":\"m" + i + "\",\"category\":\"study\",\"points\":1}}");
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    Run run = run("validate", file.toString());
    assertNoCrashAndNoPersonalData(run, dir);
    assertThat(run.status()).isEqualTo(1);
    List<String> printed = run.err().lines().toList();
    assertThat(printed).hasSize(Options.PRINTED_PROBLEMS + 1);
    assertThat(printed.get(printed.size() - 1)).isEqualTo("… and 299000 more problems (300000 in all; the first 1000 are shown)");
  }

  @Test
  void runningOutOfMemorySaysHowMuchWasThereAndExits3() {
    StringWriter err = new StringWriter();
    int status = Main.failed(new OutOfMemoryError("Java heap space"), new PrintWriter(err), "validate", "province.jsonl");
    assertThat(status).isEqualTo(Main.OUT_OF_MEMORY);
    assertThat(err.toString()).matches("(?s)dangjian: out of memory: the input needs more than the \\d+ MiB this JVM may use; "
        + "run again with more, for example JAVA_TOOL_OPTIONS=-Xmx\\d+g\\n");
    StringWriter bug = new StringWriter();
    assertThat(Main.failed(new IllegalStateException("deep inside"), new PrintWriter(bug), "evaluate")).isEqualTo(Main.INTERNAL_ERROR);
    assertThat(bug.toString()).startsWith("dangjian: internal error while running 'evaluate' (a bug in dangjian")
        .doesNotContain("IllegalStateException").doesNotContain("deep inside");
  }
}
