package org.alumnisdk.matching.assignment;

import java.util.Arrays;
import org.alumnisdk.matching.NoSolutionException;
import org.alumnisdk.matching.Objective;
import org.alumnisdk.matching.Verification;

/**
 * The outcome of an optimal assignment: an optimal assignment with its dual certificate, or
 * infeasible (no assignment of every row uses allowed pairs only).
 *
 * @since 0.1.0
 */
public sealed interface AssignmentOutcome permits AssignmentOutcome.Optimal, AssignmentOutcome.Infeasible {

  /**
   * Returns the optimal assignment or throws.
   *
   * @return the optimal assignment
   * @throws NoSolutionException if infeasible
   */
  default Optimal orElseThrow() {
    if (this instanceof Optimal o) {
      return o;
    }
    throw new NoSolutionException(toString());
  }

  /**
   * An optimal assignment of every row to a distinct column (of every column to a distinct row
   * when there are more rows; other rows have column {@code -1}), with dual potentials.
   *
   * <p>Certificate (minimisation; signs flip for maximisation): {@code u[i] + v[j] <= c[i][j]} on
   * every allowed pair, with equality on assigned pairs; when there are more columns than rows,
   * {@code v[j] <= 0}, and {@code v[j] = 0} for every column left free (for more rows than columns, the same holds for {@code u} and the
   * rows). By LP duality this proves the total optimal; {@link #verify}
   * checks it independently of the solver.
   *
   * @param rowToColumn the column of each row
   * @param total the total cost or score
   * @param rowPotentials the row duals {@code u}
   * @param columnPotentials the column duals {@code v}
   * @param objective minimise or maximise
   */
  record Optimal(int[] rowToColumn, double total, double[] rowPotentials, double[] columnPotentials,
      Objective objective) implements AssignmentOutcome {
    /**
     * Copies the arrays.
     *
     * @param rowToColumn the column of each row
     * @param total the total cost or score
     * @param rowPotentials the row duals {@code u}
     * @param columnPotentials the column duals {@code v}
     * @param objective minimise or maximise
     */
    public Optimal {
      rowToColumn = rowToColumn.clone();
      rowPotentials = rowPotentials.clone();
      columnPotentials = columnPotentials.clone();
    }

    /**
     * The column of each row.
     *
     * @return a copy
     */
    @Override
    public int[] rowToColumn() {
      return rowToColumn.clone();
    }

    /**
     * The row duals.
     *
     * @return a copy
     */
    @Override
    public double[] rowPotentials() {
      return rowPotentials.clone();
    }

    /**
     * The column duals.
     *
     * @return a copy
     */
    @Override
    public double[] columnPotentials() {
      return columnPotentials.clone();
    }

    /**
     * The column assigned to a row.
     *
     * @param row the row
     * @return its column
     */
    public int columnOf(int row) {
      return rowToColumn[row];
    }

    /**
     * Re-checks this result against a dense matrix: a valid assignment on allowed cells, the
     * stated total, and the dual certificate (complementary slackness).
     *
     * @param matrix row-major values, forbidden cells infinite
     * @param rows rows
     * @param cols columns
     * @return the verification
     */
    public Verification verify(double[] matrix, int rows, int cols) {
      AssignmentChecker ck = new AssignmentChecker(rows, cols, this);
      if (!ck.shape(this, matrix.length == (long) rows * cols)) {
        return ck.done();
      }
      double scale = 1;
      for (double x : matrix) {
        if (Double.isFinite(x)) {
          scale = Math.max(scale, Math.abs(x));
        }
      }
      ck.eps = 1e-9 * scale * Math.max(1, rows);
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          double c = matrix[i * cols + j];
          if (Double.isFinite(c)) {
            ck.reduced(this, i, j, c);
          }
        }
      }
      double[] assigned = new double[rows];
      for (int i = 0; i < rows; i++) {
        assigned[i] = rowToColumn[i] < 0 ? 0 : matrix[i * cols + rowToColumn[i]];
      }
      return ck.finish(this, assigned);
    }

    /**
     * Re-checks this result against sparse values, as {@link #verify(double[], int, int)}.
     *
     * @param costs the allowed pairs and their values
     * @return the verification
     */
    public Verification verify(SparseCosts costs) {
      int rows = costs.rows();
      int cols = costs.cols();
      AssignmentChecker ck = new AssignmentChecker(rows, cols, this);
      if (!ck.shape(this, true)) {
        return ck.done();
      }
      double scale = 1;
      for (double x : costs.values()) {
        scale = Math.max(scale, Math.abs(x));
      }
      ck.eps = 1e-9 * scale * Math.max(1, rows);
      double[] assigned = new double[rows];
      Arrays.fill(assigned, Double.NaN);
      int[] st = costs.rowStarts();
      int[] cl = costs.columns();
      double[] vl = costs.values();
      for (int i = 0; i < rows; i++) {
        for (int k = st[i]; k < st[i + 1]; k++) {
          ck.reduced(this, i, cl[k], vl[k]);
          if (cl[k] == rowToColumn[i]) {
            assigned[i] = vl[k];
          }
        }
      }
      return ck.finish(this, assigned);
    }

    @Override
    public String toString() {
      return "Optimal[objective=" + objective + ", total=" + total + ", rows=" + rowToColumn.length
          + ", rowToColumn=" + (rowToColumn.length <= 20 ? Arrays.toString(rowToColumn) : "...") + "]";
    }
  }

  /**
   * No assignment of every row exists on the allowed pairs.
   *
   * @param row the first row found that cannot be assigned together with the rows before it
   * @param reason a sentence that says why
   */
  record Infeasible(int row, String reason) implements AssignmentOutcome {}
}
