package org.dangjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress lines go to the error stream at a terminal (or when asked for), and nowhere otherwise. */
class ProgressTest {

  @Test
  void theSettingDecidesAndUnsetTheConsoleDoes() {
    assertThat(Progress.enabled("1", false)).isTrue();
    assertThat(Progress.enabled("0", true)).isFalse();
    assertThat(Progress.enabled(null, true)).isTrue();
    assertThat(Progress.enabled(null, false)).isFalse();
    assertThat(Progress.enabled("yes", false)).as("only 1 and 0 are settings").isFalse();
  }

  @Test
  void aStepSaysWhenItStartsAndHowLongItTookAndGivesItsResult() {
    StringWriter err = new StringWriter();
    assertThat(new Progress(new PrintWriter(err), true).step("reading city.jsonl", () -> 42)).isEqualTo(42);
    assertThat(err.toString()).matches("dangjian: reading city\\.jsonl…\\R"
        + "dangjian: reading city\\.jsonl: done in \\d+\\.\\d s\\R");
    StringWriter quiet = new StringWriter();
    assertThat(new Progress(new PrintWriter(quiet), false).step("reading", () -> "x")).isEqualTo("x");
    assertThat(quiet.toString()).isEmpty();
  }

  @Test
  void commandsWriteProgressOnlyWhereItIsOn() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), "evaluate", "--window", "2024-Q4");
    assertThat(status).isIn(0, 1);
    boolean shown = Progress.enabled(System.getenv("DANGJIAN_PROGRESS"), System.console() != null);
    assertThat(err.toString().contains("dangjian: reading the sample county…")).as("progress shown as the setting says").isEqualTo(shown);
    assertThat(err.toString().contains("dangjian: evaluating 2024-Q4 under cn-national…")).isEqualTo(shown);
  }
}
