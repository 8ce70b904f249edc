package org.alumnisdk.matching;

import java.util.List;

/**
 * The outcome of checking a result against its input: either it holds, or the list of violations.
 *
 * <p>Returned by every {@code verify(...)} method of the module, which re-checks a result
 * independently of the algorithm that produced it (capacities, forbidden pairs, complementary
 * slackness of the dual certificate).
 *
 * @param violations what does not hold; empty when the result is verified
 * @since 0.1.0
 */
public record Verification(List<String> violations) {
  private static final int MAX = 50;

  /**
   * Copies the list.
   *
   * @param violations what does not hold; empty when the result is verified
   */
  public Verification {
    violations = List.copyOf(violations);
  }

  /**
   * Whether every check held.
   *
   * @return true if there are no violations
   */
  public boolean ok() {
    return violations.isEmpty();
  }

  /**
   * A verification that held.
   *
   * @return the value
   */
  public static Verification passed() {
    return new Verification(List.of());
  }

  /**
   * Builds a verification from a list that may be longer than is useful; keeps the first 50.
   *
   * @param violations the violations found
   * @param total how many violations there were in all
   * @return the value
   */
  public static Verification of(List<String> violations, int total) {
    if (total > violations.size() || violations.size() > MAX) {
      List<String> kept = new java.util.ArrayList<>(violations.subList(0, Math.min(MAX, violations.size())));
      kept.add("... " + (total - kept.size()) + " more");
      return new Verification(kept);
    }
    return new Verification(violations);
  }

  /**
   * Returns a limit for collectors of violations.
   *
   * @return how many violations are kept
   */
  public static int limit() {
    return MAX;
  }
}
