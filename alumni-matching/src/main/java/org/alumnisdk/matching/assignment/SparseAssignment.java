package org.alumnisdk.matching.assignment;

import org.alumnisdk.core.Checks;
import org.alumnisdk.matching.Objective;
import org.alumnisdk.matching.internal.SspBipartite;

/**
 * Optimal assignment on sparse allowed pairs: every row gets a distinct column, using only the
 * pairs present in a {@link SparseCosts}.
 *
 * <p>Successive shortest paths with potentials and a binary heap (the idea of LAPJVsp): one
 * Dijkstra search per row over reduced costs, stopping at the first free column. O(n · E log n)
 * worst case, close to O(E log n) on typical instances. The result carries the dual certificate
 * ({@link AssignmentOutcome.Optimal#verify(SparseCosts)}). Deterministic.
 *
 * @since 0.1.0
 */
public final class SparseAssignment {
  private SparseAssignment() {}

  /**
   * Solves.
   *
   * @param costs allowed pairs and their costs or scores (already checked when built)
   * @param objective minimise cost or maximise score
   * @return the optimal assignment with certificate, or infeasible when some row cannot be given a
   *     column (including when there are more rows than columns)
   */
  public static AssignmentOutcome solve(SparseCosts costs, Objective objective) {
    Checks.notNull(costs, "costs");
    Checks.notNull(objective, "objective");
    int rows = costs.rows();
    int cols = costs.cols();
    if (rows > cols) {
      return new AssignmentOutcome.Infeasible(cols,
          rows + " rows cannot each get a distinct column out of " + cols);
    }
    double[] work = costs.values();
    if (objective == Objective.MAXIMISE) {
      work = work.clone();
      for (int k = 0; k < work.length; k++) {
        work[k] = -work[k];
      }
    }
    int[] cap = new int[cols];
    java.util.Arrays.fill(cap, 1);
    SspBipartite.Solution s = SspBipartite.solve(rows, cols, costs.rowStarts(), costs.columns(), work,
        cap, Double.POSITIVE_INFINITY);
    if (s.unplaceable.length > 0) {
      return new AssignmentOutcome.Infeasible(s.unplaceable[0],
          "row " + s.unplaceable[0] + " cannot be assigned together with the rows before it: "
              + "its allowed columns are all needed elsewhere");
    }
    int sign = objective.sign();
    double[] u = new double[rows];
    double[] v = new double[cols];
    double total = 0;
    for (int i = 0; i < rows; i++) {
      u[i] = sign * s.u[i];
      total += costs.valueOf(i, s.rowToCol[i]);
    }
    for (int j = 0; j < cols; j++) {
      v[j] = sign * s.v[j];
    }
    return new AssignmentOutcome.Optimal(s.rowToCol, total, u, v, objective);
  }
}
