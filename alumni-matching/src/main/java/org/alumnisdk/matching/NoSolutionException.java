package org.alumnisdk.matching;

import org.alumnisdk.core.AlumniException;

/**
 * Thrown by {@code orElseThrow()} of an assignment or flow outcome that has no optimum (the
 * problem is infeasible). The outcome itself is a value: check it with {@code instanceof} or a
 * {@code switch} to handle infeasibility without an exception.
 *
 * @since 0.1.0
 */
public class NoSolutionException extends AlumniException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param outcome the outcome without an optimum, described without personal data
   */
  public NoSolutionException(String outcome) {
    super("no optimal solution: " + outcome);
  }
}
