package org.alumnisdk.matching.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;
import org.alumnisdk.matching.Objective;
import org.alumnisdk.matching.Verification;
import org.alumnisdk.matching.assignment.SparseCosts;
import org.alumnisdk.matching.internal.SspBipartite;

/**
 * Capacitated optimal assignment: rows (mentees) to columns (mentors) that each take up to a given
 * number of rows, on sparse allowed pairs, with a stated value for leaving a row unmatched.
 *
 * <p>This is the min-cost flow {@code source -> mentee -(1, c)-> mentor -(k_j, 0)-> sink} plus a
 * bypass arc {@code mentee -> sink} priced at the unmatched value, solved by successive shortest
 * paths with potentials: one Dijkstra search per mentee, stopping at the first mentor with a free
 * place (or at the bypass). The result is optimal over all ways to choose who stays unmatched and
 * carries the dual certificate that {@link Result#verify} checks. Deterministic.
 *
 * @since 0.1.0
 */
public final class CapacitatedAssignment {
  private CapacitatedAssignment() {}

  /**
   * Solves.
   *
   * @param costs allowed pairs and their costs (minimise) or scores (maximise)
   * @param capacity places per column, each at least 0
   * @param objective minimise cost or maximise score
   * @param unmatchedValue the cost (minimise) or score (maximise) of leaving one row unmatched; finite.
   *     A very bad value (large cost, very negative score) favours coverage over quality.
   * @return the optimal result with certificate
   * @throws InvalidMatchingInputException listing every bad capacity, or a non-finite unmatched value
   */
  public static Result solve(SparseCosts costs, int[] capacity, Objective objective, double unmatchedValue) {
    Checks.notNull(costs, "costs");
    Checks.notNull(capacity, "capacity");
    Checks.notNull(objective, "objective");
    List<InputProblem> problems = new ArrayList<>();
    if (capacity.length != costs.cols()) {
      problems.add(InputProblem.of("capacity", InputProblem.Kind.INCONSISTENT,
          "has " + capacity.length + " entries for " + costs.cols() + " columns"));
    } else {
      for (int j = 0; j < capacity.length; j++) {
        if (capacity[j] < 0) {
          problems.add(InputProblem.of("capacity[" + j + "]", InputProblem.Kind.BAD_CAPACITY,
              "must be >= 0, was " + capacity[j]));
        }
      }
    }
    if (!Double.isFinite(unmatchedValue)) {
      problems.add(InputProblem.of("unmatchedValue", InputProblem.Kind.NOT_FINITE,
          "must be finite, was " + unmatchedValue));
    }
    if (!problems.isEmpty()) {
      throw new InvalidMatchingInputException("capacitated assignment", problems);
    }
    int sign = objective.sign();
    double[] work = costs.values();
    if (sign < 0) {
      work = work.clone();
      for (int k = 0; k < work.length; k++) {
        work[k] = -work[k];
      }
    }
    int rows = costs.rows();
    int cols = costs.cols();
    long places = 0;
    for (int k : capacity) {
      places += Math.min(k, rows);
    }
    int[] rowToCol;
    double[] u;
    double[] v;
    if (places < rows) {
      // fewer places than rows: search from each place instead (most searches end at once on a free row)
      double[][] duals = new double[2][];
      rowToCol = fromPlaces(costs, capacity, work, sign * unmatchedValue, (int) places, duals);
      u = duals[0];
      v = duals[1];
    } else {
      SspBipartite.Solution s = SspBipartite.solve(rows, cols, costs.rowStarts(), costs.columns(), work,
          capacity, sign * unmatchedValue);
      rowToCol = s.rowToCol;
      u = s.u;
      v = s.v;
    }
    for (int i = 0; i < u.length; i++) {
      u[i] *= sign;
    }
    for (int j = 0; j < v.length; j++) {
      v[j] *= sign;
    }
    double total = 0;
    int unmatched = 0;
    for (int i = 0; i < rowToCol.length; i++) {
      if (rowToCol[i] < 0) {
        unmatched++;
      } else {
        total += costs.valueOf(i, rowToCol[i]);
      }
    }
    return new Result(rowToCol, total, unmatched, unmatchedValue, u, v, objective);
  }

  /**
   * The transposed formulation for over-demand: one row per place of each column (sharing that
   * column's arc list), the original rows as unit-capacity columns, arc cost {@code c - P}, an empty
   * place costing 0. Its optimum is the original optimum (the objective differs by the constant
   * {@code rows * P}); the original duals are {@code u[i] = P + v'[i]} and {@code v[j] = max over
   * the places t of j of u'[j, t]} (places of one column are interchangeable, so all used places of
   * a column share the largest potential).
   */
  private static int[] fromPlaces(SparseCosts costs, int[] capacity, double[] work, double bypass,
      int places, double[][] duals) {
    int rows = costs.rows();
    int cols = costs.cols();
    int[] st = costs.rowStarts();
    int[] cl = costs.columns();
    int[] tStart = new int[cols + 1];
    for (int k = 0; k < cl.length; k++) {
      tStart[cl[k] + 1]++;
    }
    for (int j = 0; j < cols; j++) {
      tStart[j + 1] += tStart[j];
    }
    int[] fill = Arrays.copyOf(tStart, cols);
    int[] tCol = new int[cl.length];
    double[] tCost = new double[cl.length];
    for (int i = 0; i < rows; i++) {
      for (int k = st[i]; k < st[i + 1]; k++) {
        int p = fill[cl[k]]++;
        tCol[p] = i;
        tCost[p] = work[k] - bypass;
      }
    }
    int[] rowBase = new int[places];
    int r = 0;
    for (int j = 0; j < cols; j++) {
      for (int t = 0; t < Math.min(capacity[j], rows); t++) {
        rowBase[r++] = j;
      }
    }
    int[] unit = new int[rows];
    Arrays.fill(unit, 1);
    SspBipartite.Solution s = SspBipartite.solve(places, rows, tStart, tCol, tCost, unit, 0.0, rowBase);
    int[] rowToCol = new int[rows];
    Arrays.fill(rowToCol, -1);
    double[] v = new double[cols];
    Arrays.fill(v, Double.NEGATIVE_INFINITY);
    for (int p = 0; p < places; p++) {
      int j = rowBase[p];
      v[j] = Math.max(v[j], s.u[p]);
      if (s.rowToCol[p] >= 0) {
        rowToCol[s.rowToCol[p]] = j;
      }
    }
    double[] u = new double[rows];
    for (int i = 0; i < rows; i++) {
      u[i] = bypass + s.v[i];
    }
    for (int j = 0; j < cols; j++) {
      if (v[j] == Double.NEGATIVE_INFINITY) {
        // capacity 0: always full, so any v[j] <= 0 low enough to keep its arcs dual feasible will do
        double low = 0;
        for (int p = tStart[j]; p < tStart[j + 1]; p++) {
          low = Math.min(low, tCost[p] + bypass - u[tCol[p]]);
        }
        v[j] = low;
      }
    }
    duals[0] = u;
    duals[1] = v;
    return rowToCol;
  }

  /**
   * An optimal capacitated assignment and its certificate.
   *
   * <p>Certificate (minimisation; signs flip for maximisation): with {@code P} the unmatched value,
   * {@code u[i] + v[j] <= c[i][j]} on every allowed pair and {@code u[i] <= P}, with equality on
   * used pairs and for unmatched rows; {@code v[j] <= 0}, and {@code v[j] < 0} only for full
   * columns.
   *
   * @param rowToColumn column per row, {@code -1} when unmatched
   * @param total total cost or score of the matched pairs (the unmatched value not included)
   * @param unmatched number of unmatched rows
   * @param unmatchedValue the value charged per unmatched row
   * @param rowPotentials {@code u}
   * @param columnPotentials {@code v}
   * @param objective minimise or maximise
   */
  public record Result(int[] rowToColumn, double total, int unmatched, double unmatchedValue,
      double[] rowPotentials, double[] columnPotentials, Objective objective) {
    /**
     * Copies the arrays.
     *
     * @param rowToColumn column per row, {@code -1} when unmatched
     * @param total total cost or score of the matched pairs (the unmatched value not included)
     * @param unmatched number of unmatched rows
     * @param unmatchedValue the value charged per unmatched row
     * @param rowPotentials {@code u}
     * @param columnPotentials {@code v}
     * @param objective minimise or maximise
     */
    public Result {
      rowToColumn = rowToColumn.clone();
      rowPotentials = rowPotentials.clone();
      columnPotentials = columnPotentials.clone();
    }

    /**
     * Column per row.
     *
     * @return a copy
     */
    @Override
    public int[] rowToColumn() {
      return rowToColumn.clone();
    }

    /**
     * Row duals.
     *
     * @return a copy
     */
    @Override
    public double[] rowPotentials() {
      return rowPotentials.clone();
    }

    /**
     * Column duals.
     *
     * @return a copy
     */
    @Override
    public double[] columnPotentials() {
      return columnPotentials.clone();
    }

    /**
     * The objective including the unmatched value of every unmatched row.
     *
     * @return {@code total + unmatched * unmatchedValue}
     */
    public double objectiveValue() {
      return total + unmatched * unmatchedValue;
    }

    /**
     * Re-checks the result: capacities, allowed pairs, total, and the dual certificate.
     *
     * @param costs the pairs it was computed for
     * @param capacity the capacities it was computed for
     * @return the verification
     */
    public Verification verify(SparseCosts costs, int[] capacity) {
      List<String> out = new ArrayList<>();
      int[] count = {0};
      int rows = costs.rows();
      int cols = costs.cols();
      if (rowToColumn.length != rows || capacity.length != cols || columnPotentials.length != cols) {
        return new Verification(List.of("result does not fit the problem"));
      }
      int sign = objective.sign();
      double scale = Math.max(1, Math.abs(unmatchedValue));
      for (double x : costs.values()) {
        scale = Math.max(scale, Math.abs(x));
      }
      double eps = 1e-9 * scale * Math.max(1, rows);
      int[] load = new int[cols];
      double sum = 0;
      int[] st = costs.rowStarts();
      int[] cl = costs.columns();
      double[] vl = costs.values();
      int unmatchedSeen = 0;
      for (int i = 0; i < rows; i++) {
        int a = rowToColumn[i];
        boolean found = a < 0;
        for (int k = st[i]; k < st[i + 1]; k++) {
          double rc = sign * (vl[k] - rowPotentials[i] - columnPotentials[cl[k]]);
          if (rc < -eps) {
            note(out, count, "pair (" + i + ", " + cl[k] + "): reduced cost " + rc + " < 0");
          }
          if (cl[k] == a) {
            found = true;
            sum += vl[k];
            if (Math.abs(rc) > eps) {
              note(out, count, "pair (" + i + ", " + a + "): used but reduced cost " + rc + " != 0");
            }
          }
        }
        double rb = sign * (unmatchedValue - rowPotentials[i]);
        if (rb < -eps) {
          note(out, count, "row " + i + ": potential exceeds the unmatched value");
        }
        if (a < 0) {
          unmatchedSeen++;
          if (Math.abs(rb) > eps) {
            note(out, count, "row " + i + ": unmatched but potential != unmatched value");
          }
        } else if (a >= cols) {
          note(out, count, "row " + i + ": column " + a + " out of range");
          continue;
        } else {
          load[a]++;
        }
        if (!found) {
          note(out, count, "row " + i + ": assigned to column " + a + ", which is not an allowed pair");
        }
      }
      for (int j = 0; j < cols; j++) {
        if (load[j] > capacity[j]) {
          note(out, count, "column " + j + ": " + load[j] + " rows over capacity " + capacity[j]);
        }
        double vj = sign * columnPotentials[j];
        if (vj > eps) {
          note(out, count, "column " + j + ": potential has the wrong sign");
        }
        if (vj < -eps && load[j] < capacity[j]) {
          note(out, count, "column " + j + ": priced but not full");
        }
      }
      if (unmatchedSeen != unmatched) {
        note(out, count, "unmatched count " + unmatched + " != " + unmatchedSeen);
      }
      if (Math.abs(sum - total) > eps * Math.max(1, rows)) {
        note(out, count, "total " + total + " != sum of used pairs " + sum);
      }
      return Verification.of(out, count[0]);
    }

    private static void note(List<String> out, int[] count, String s) {
      count[0]++;
      if (out.size() < Verification.limit()) {
        out.add(s);
      }
    }

    @Override
    public String toString() {
      return "Result[objective=" + objective + ", total=" + total + ", unmatched=" + unmatched
          + ", rows=" + rowToColumn.length + ", rowToColumn="
          + (rowToColumn.length <= 20 ? Arrays.toString(rowToColumn) : "...") + "]";
    }
  }
}
