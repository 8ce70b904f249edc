package org.alumnisdk.matching;

import org.alumnisdk.core.Checks;

/**
 * One offending item in the input of a matching method: which item, which field, and what is wrong.
 *
 * <p>Carries identifiers and indexes only, never names or free text about a person.
 *
 * @param item the offending item, for example {@code mentor m7}, {@code cost[3][4]} or {@code pair
 *     (e1, m2)}
 * @param kind the kind of problem
 * @param detail what is wrong, in a sentence that says what to do next
 * @since 0.1.0
 */
public record InputProblem(String item, Kind kind, String detail) {
  /** The kinds of bad input every matching method checks before it runs. */
  public enum Kind {
    /** A score or cost is NaN or infinite where a finite number is required. */
    NOT_FINITE,
    /** A capacity is negative or zero. */
    BAD_CAPACITY,
    /** The same identifier appears twice on one side, or in one preference list. */
    DUPLICATE,
    /** An identifier or index refers to nobody in the problem. */
    UNKNOWN_PARTICIPANT,
    /** The problem has nobody to match on one side. */
    EMPTY,
    /** Preference lists, pinned and forbidden pairs or quotas contradict each other. */
    INCONSISTENT,
    /** A number is out of the supported range (for example a cost that could overflow). */
    OUT_OF_RANGE
  }

  /**
   * Validates the problem record.
   *
   * @param item the offending item, for example {@code mentor m7}, {@code cost[3][4]} or {@code pair
   *     (e1, m2)}
   * @param kind the kind of problem
   * @param detail what is wrong, in a sentence that says what to do next
   * @throws NullPointerException if any component is null
   */
  public InputProblem {
    Checks.notNull(item, "item");
    Checks.notNull(kind, "kind");
    Checks.notNull(detail, "detail");
  }

  /**
   * Creates a problem.
   *
   * @param item the offending item
   * @param kind the kind
   * @param detail what is wrong
   * @return the problem
   */
  public static InputProblem of(String item, Kind kind, String detail) {
    return new InputProblem(item, kind, detail);
  }

  @Override
  public String toString() {
    return item + " [" + kind + "]: " + detail;
  }
}
