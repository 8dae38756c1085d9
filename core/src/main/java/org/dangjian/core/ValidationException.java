package org.dangjian.core;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Input was rejected: it carries <em>every</em> problem found, each with its path and code, so one
 * round trip tells the author all there is to fix; its message lists the first {@value #MESSAGE_PROBLEMS}
 * and counts the rest. Nothing half-built escapes: the object that was
 * being built does not exist.
 */
public class ValidationException extends DangjianException {
  private static final long serialVersionUID = 1L;

  /** Problems are immutable values; the list is an unmodifiable copy. */
  @SuppressWarnings("serial")
  private final List<Problem> problems;

  /**
   * @param problems what is wrong; at least one
   */
  public ValidationException(List<Problem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * A single problem.
   *
   * @param path where, in the format's names; empty for the whole input
   * @param code the stable code
   * @param message what is wrong and what was expected
   * @return the exception, to be thrown
   */
  public static ValidationException of(String path, String code, String message) {
    return new ValidationException(List.of(Problem.of(path, code, message)));
  }

  /** @return every problem found, in the order of the input */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * @param change applied to each problem
   * @return a new exception with each problem changed, for example placed under a path or a source
   */
  public ValidationException map(UnaryOperator<Problem> change) {
    ValidationException mapped = new ValidationException(problems.stream().map(change).toList());
    mapped.setStackTrace(getStackTrace());
    return mapped;
  }

  /** The most problems the {@linkplain #getMessage() message} lists; {@link #problems()} holds them all. */
  public static final int MESSAGE_PROBLEMS = 100;

  private static String describe(List<Problem> problems) {
    java.util.Objects.requireNonNull(problems, "problems");
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    StringBuilder text = new StringBuilder().append(problems.size()).append(" problems:");
    for (Problem problem : problems.subList(0, Math.min(problems.size(), MESSAGE_PROBLEMS))) {
      text.append('\n').append("  - ").append(problem);
    }
    if (problems.size() > MESSAGE_PROBLEMS) {
      text.append('\n').append("  … and ").append(problems.size() - MESSAGE_PROBLEMS).append(" more");
    }
    return text.toString();
  }
}
