package org.dangjian.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;

/** Runs a generated builder's {@code build()} and reports missing attributes as problems. Not API. */
public final class Builds {
  private static final Pattern MISSING = Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  private Builds() {}

  /**
   * @param build the generated build step
   * @return the built value
   * @throws ValidationException ({@code missing-field}) with one problem per attribute not set
   */
  public static <T> T build(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalStateException e) {
      String message = String.valueOf(e.getMessage());
      Matcher missing = MISSING.matcher(message);
      if (!missing.find()) {
        throw ValidationException.of("", "missing-field", message);
      }
      List<Problem> problems = new ArrayList<>();
      for (String attribute : missing.group(2).split(",\\s*")) {
        problems.add(Problem.of(attribute, "missing-field", "a " + missing.group(1) + " needs a value for '" + attribute + "'"));
      }
      throw new ValidationException(problems);
    }
  }

  /**
   * @param text a name or label
   * @param path its attribute name, for the problem
   * @throws ValidationException ({@code blank}) when it is empty or only white space
   */
  public static void requireText(String text, String path) {
    if (text.isBlank()) {
      throw ValidationException.of(path, "blank", "'" + path + "' must not be blank");
    }
  }

  /**
   * @param start the first day
   * @param end the last day, which may equal the first
   * @param path the end's attribute name, for the problem
   * @throws ValidationException ({@code end-before-start}) when the end comes first
   */
  public static void requireOrder(java.time.LocalDate start, java.time.LocalDate end, String path) {
    if (end.isBefore(start)) {
      throw ValidationException.of(path, "end-before-start", "'" + path + "' " + end + " is before the start " + start);
    }
  }

  /**
   * @param year a calendar year
   * @param path its attribute name, for the problem
   * @throws ValidationException ({@code invalid-value}) outside the supported years
   */
  public static void requireYear(int year, String path) {
    if (year < org.dangjian.core.time.ReportingPeriod.MIN_YEAR || year > org.dangjian.core.time.ReportingPeriod.MAX_YEAR) {
      throw ValidationException.of(path, "invalid-value", "year " + year + " is outside "
          + org.dangjian.core.time.ReportingPeriod.MIN_YEAR + "–" + org.dangjian.core.time.ReportingPeriod.MAX_YEAR);
    }
  }
}
