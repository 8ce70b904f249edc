package org.alumnisdk.matching.mentor;

import org.alumnisdk.core.Checks;
import org.alumnisdk.matching.InputProblem;

/**
 * One change made by the repair mode of {@link MentorProblem.Builder#buildRepaired()}.
 *
 * @param problem the problem that was found
 * @param change what was done about it
 * @since 0.1.0
 */
public record Repair(InputProblem problem, String change) {
  /**
   * Validates the record.
   *
   * @param problem the problem that was found
   * @param change what was done about it
   * @throws NullPointerException if a component is null
   */
  public Repair {
    Checks.notNull(problem, "problem");
    Checks.notNull(change, "change");
  }

  @Override
  public String toString() {
    return problem + " -> " + change;
  }
}
