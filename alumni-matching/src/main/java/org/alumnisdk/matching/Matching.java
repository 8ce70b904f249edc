package org.alumnisdk.matching;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.matching.assignment.AssignmentOutcome;
import org.alumnisdk.matching.assignment.DenseAssignment;
import org.alumnisdk.matching.mentor.MentorMatcher;
import org.alumnisdk.matching.mentor.MentorProblem;

/**
 * Entry point of the matching module: one import, then {@code Matching.mentoring()}, {@code
 * Matching.mentorProblem("tenant")} or {@code Matching.assign(matrix, Objective.MINIMISE)}.
 *
 * <pre>{@code
 * MentorProblem p = Matching.mentorProblem("acme")
 *     .mentor("m1", 2).mentor("m2", 1)
 *     .mentee("e1").mentee("e2").mentee("e3")
 *     .score("e1", "m1", 0.9).score("e2", "m1", 0.4).score("e2", "m2", 0.8).score("e3", "m1", 0.7)
 *     .build();
 * MentorMatching stable = Matching.mentoring().withConsent(consent.gate(), clock).stable(p);
 * MentorMatching best = Matching.mentoring().withConsent(consent.gate(), clock).optimal(p);
 * }</pre>
 *
 * <p>Lower-level algorithms on primitive arrays live in {@code matching.stable} (deferred
 * acceptance, Irving's stable roommates), {@code matching.assignment} (dense and sparse optimal
 * assignment) and {@code matching.flow} (capacitated assignment, min-cost flow).
 *
 * @since 0.1.0
 */
public final class Matching {
  private Matching() {}

  /**
   * A mentor matcher with default settings (documented seed, coverage first) and no purpose gate
   * yet: set one with {@code withConsent(gate, clock)}, or {@code withoutConsentCheck(why)}.
   *
   * @return the matcher
   */
  public static MentorMatcher mentoring() {
    return MentorMatcher.defaults();
  }

  /**
   * Starts building a mentor problem for a tenant.
   *
   * @param tenant the tenant id text
   * @return the builder
   */
  public static MentorProblem.Builder mentorProblem(String tenant) {
    return MentorProblem.builder(TenantId.of(tenant));
  }

  /**
   * Solves a dense assignment given as a rectangular {@code double[][]} (convenient in jshell).
   *
   * @param matrix rows of equal length; forbidden cells {@code +Infinity} (minimise) or {@code
   *     -Infinity} (maximise)
   * @param objective minimise or maximise
   * @return the optimal assignment with certificate, or infeasible
   * @throws InvalidMatchingInputException if the rows have different lengths, or cells are NaN
   */
  public static AssignmentOutcome assign(double[][] matrix, Objective objective) {
    Checks.notNull(matrix, "matrix");
    int rows = matrix.length;
    int cols = rows == 0 || matrix[0] == null ? 0 : matrix[0].length;
    if ((long) rows * cols > Integer.MAX_VALUE - 8) {
      throw new InvalidMatchingInputException("dense assignment", java.util.List.of(InputProblem.of("matrix",
          InputProblem.Kind.OUT_OF_RANGE, rows + " x " + cols + " cells exceed one Java array")));
    }
    double[] flat = new double[rows * cols];
    java.util.List<InputProblem> problems = new java.util.ArrayList<>();
    for (int i = 0; i < rows; i++) {
      if (matrix[i] == null || matrix[i].length != cols) {
        problems.add(InputProblem.of("row " + i, InputProblem.Kind.INCONSISTENT,
            "has " + (matrix[i] == null ? "no" : matrix[i].length) + " cells, row 0 has " + cols));
        continue;
      }
      System.arraycopy(matrix[i], 0, flat, i * cols, cols);
    }
    if (!problems.isEmpty()) {
      throw new InvalidMatchingInputException("dense assignment", problems);
    }
    return DenseAssignment.solve(flat, rows, cols, objective);
  }
}
