package org.alumnisdk.matching;

import java.util.List;
import org.alumnisdk.core.AlumniException;

/**
 * Thrown before any algorithm runs when the input of a matching method is bad; lists every
 * offending item, not just the first.
 *
 * <p>Every matching, assignment and flow method checks its whole input first and throws this one
 * exception type, so no error ever comes from deep inside an algorithm. The mentor problem model
 * also offers a repair mode that fixes what it can and reports the changes instead.
 *
 * @since 0.1.0
 */
public class InvalidMatchingInputException extends AlumniException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  /** The offending items; a plain list so that the exception stays serializable. */
  private final transient List<InputProblem> problems;

  /**
   * Creates the exception.
   *
   * @param what what was being checked, for example {@code "dense assignment"}
   * @param problems every offending item; must not be empty
   * @throws org.alumnisdk.core.InvalidValueException if {@code problems} is empty
   */
  public InvalidMatchingInputException(String what, List<InputProblem> problems) {
    super(message(what, problems));
    if (problems.isEmpty()) {
      throw new org.alumnisdk.core.InvalidValueException("problems", "must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every offending item, in the order found.
   *
   * @return the problems; never empty
   */
  public List<InputProblem> problems() {
    return problems;
  }

  private static String message(String what, List<InputProblem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append("invalid input for ").append(what).append(": ").append(problems.size());
    sb.append(problems.size() == 1 ? " problem" : " problems");
    int shown = 0;
    for (InputProblem p : problems) {
      if (shown++ == SHOWN) {
        sb.append("; ... ").append(problems.size() - SHOWN).append(" more (see problems())");
        break;
      }
      sb.append("; ").append(p);
    }
    return sb.toString();
  }
}
