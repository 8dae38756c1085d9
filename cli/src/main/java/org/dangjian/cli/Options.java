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

  static String oneOf(CommandSpec spec, String option, String value, String... allowed) {
    if (!List.of(allowed).contains(value)) {
      throw new ParameterException(spec.commandLine(), option + " is one of " + String.join(", ", allowed) + ", not " + value);
    }
    return value;
  }
}
