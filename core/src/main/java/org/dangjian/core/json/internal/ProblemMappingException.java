package org.dangjian.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.dangjian.core.Problem;

/** A value the library rejected while Jackson was binding it; carries the library's problem. Not API. */
public final class ProblemMappingException extends JsonMappingException {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  /**
   * @param parser the parser, for the location
   * @param problem the problem, with a path relative to the value
   */
  public ProblemMappingException(JsonParser parser, Problem problem) {
    super(parser, problem.message());
    this.problem = problem;
  }

  /** @return the problem, with a path relative to the value */
  public Problem problem() {
    return problem;
  }
}
