package org.dangjian.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Progress of long work (reading a dataset, generating a region, evaluating, scoring) as lines on the error
 * stream, so that a person at a terminal sees that a city's run is going on; nothing is written when the
 * command's output goes to a file or another program. {@code DANGJIAN_PROGRESS=1} turns it on anywhere,
 * {@code DANGJIAN_PROGRESS=0} off.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean on;

  Progress(PrintWriter err, boolean on) {
    this.err = err;
    this.on = on;
  }

  /**
   * @param spec the running command
   * @return its progress, on when the setting says so or, unset, when the JVM has a console
   */
  static Progress of(picocli.CommandLine.Model.CommandSpec spec) {
    return new Progress(spec.commandLine().getErr(), enabled(System.getenv("DANGJIAN_PROGRESS"), System.console() != null));
  }

  /**
   * @param setting {@code DANGJIAN_PROGRESS}: "1" on, "0" off, anything else (or unset) by the console
   * @param console whether the JVM has a console (standard input and output are a terminal)
   * @return whether progress is shown
   */
  static boolean enabled(@org.jspecify.annotations.Nullable String setting, boolean console) {
    if ("1".equals(setting)) {
      return true;
    }
    if ("0".equals(setting)) {
      return false;
    }
    return console;
  }

  /**
   * @param what the step, in words: "reading city.jsonl"
   * @param work the step's work
   * @return what it gave
   */
  <T> T step(String what, Supplier<T> work) {
    if (!on) {
      return work.get();
    }
    err.println("dangjian: " + what + "…");
    err.flush();
    long start = System.nanoTime();
    T result = work.get();
    err.println("dangjian: " + what + ": done in " + String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9));
    err.flush();
    return result;
  }
}
