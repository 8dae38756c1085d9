package org.dangjian.cli;

import java.util.List;
import org.dangjian.core.ValidationException;
import org.dangjian.core.time.ReportingPeriod;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of option values that picocli cannot make itself; a bad value is a usage error (exit 2). */
final class Options {
  private Options() {}

  static ReportingPeriod period(CommandSpec spec, String option, String text) {
    try {
      return ReportingPeriod.parse(text);
    } catch (ValidationException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.problems().get(0).message());
    }
  }

  /** The most problems printed for one file: a broken export can hold hundreds of thousands. */
  static final int PRINTED_PROBLEMS = 1000;

  /**
   * Prints problems one per line, at most {@link #PRINTED_PROBLEMS}, then how many more there are.
   *
   * @param out where
   * @param problems the problems
   * @param indent put before each line
   */
  static void printProblems(java.io.PrintWriter out, List<org.dangjian.core.Problem> problems, String indent) {
    problems.stream().limit(PRINTED_PROBLEMS).forEach(p -> out.println(indent + p));
    if (problems.size() > PRINTED_PROBLEMS) {
      out.println(indent + "… and " + (problems.size() - PRINTED_PROBLEMS) + " more problems (" + problems.size()
          + " in all; the first " + PRINTED_PROBLEMS + " are shown)");
    }
  }

  static String oneOf(CommandSpec spec, String option, String value, String... allowed) {
    if (!List.of(allowed).contains(value)) {
      throw new ParameterException(spec.commandLine(), option + " is one of " + String.join(", ", allowed) + ", not " + value);
    }
    return value;
  }
}
