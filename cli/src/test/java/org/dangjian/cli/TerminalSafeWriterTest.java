package org.dangjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalSafeWriterTest {

  private static String safe(String... pieces) throws IOException {
    StringWriter out = new StringWriter();
    try (TerminalSafeWriter writer = new TerminalSafeWriter(out)) {
      for (String piece : pieces) {
        writer.write(piece);
      }
    }
    return out.toString();
  }

  @Test
  void controlsAreShownNotObeyed() throws IOException {
    assertThat(safe("某县\u001B[2J教育局\u0007\u0000")).isEqualTo("某县\\u001B[2J教育局\\u0007\\u0000");
    assertThat(safe("a\u202Eb\u2066c\u200Fd\u009Be\u007Ff")).isEqualTo("a\\u202Eb\\u2066c\\u200Fd\\u009Be\\u007Ff");
    assertThat(safe("tab\tand\nline")).isEqualTo("tab\tand\nline");
  }

  @Test
  void aCarriageReturnEndingALineStaysAndOneThatDoesNotIsShown() throws IOException {
    assertThat(safe("a,b\r\nc,d\r\n")).isEqualTo("a,b\r\nc,d\r\n");
    assertThat(safe("a,b\r", "\nc")).as("split between writes").isEqualTo("a,b\r\nc");
    assertThat(safe("done\rFORGED")).isEqualTo("done\\u000DFORGED");
    assertThat(safe("at the end\r")).isEqualTo("at the end\\u000D");
    assertThat(safe("\r\r\n")).isEqualTo("\\u000D\r\n");
  }
}
