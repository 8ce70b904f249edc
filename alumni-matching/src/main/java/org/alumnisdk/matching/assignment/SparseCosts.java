package org.alumnisdk.matching.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;

/**
 * Allowed (row, column) pairs with their costs or scores, stored row by row (CSR); absent pairs are
 * forbidden.
 *
 * <p>Build with {@link #builder(int, int)}; {@link Builder#build()} checks every arc at once and
 * throws one {@link InvalidMatchingInputException} listing all non-finite values, out-of-range
 * indexes and duplicate pairs. Immutable once built; accessors expose the shared arrays for speed
 * and callers must not modify them.
 *
 * @since 0.1.0
 */
public final class SparseCosts {
  private final int rows;
  private final int cols;
  private final int[] start;
  private final int[] col;
  private final double[] value;

  private SparseCosts(int rows, int cols, int[] start, int[] col, double[] value) {
    this.rows = rows;
    this.cols = cols;
    this.start = start;
    this.col = col;
    this.value = value;
  }

  /**
   * Starts a builder.
   *
   * @param rows number of rows (left side, for example mentees)
   * @param cols number of columns (right side, for example mentors)
   * @return the builder
   */
  public static Builder builder(int rows, int cols) {
    return new Builder(rows, cols);
  }

  /**
   * Number of rows.
   *
   * @return rows
   */
  public int rows() {
    return rows;
  }

  /**
   * Number of columns.
   *
   * @return columns
   */
  public int cols() {
    return cols;
  }

  /**
   * Number of allowed pairs.
   *
   * @return the arc count
   */
  public int arcCount() {
    return col.length;
  }

  /**
   * CSR row starts, length {@code rows + 1}; shared, do not modify.
   *
   * @return the array
   */
  public int[] rowStarts() {
    return start;
  }

  /**
   * Column of each arc; shared, do not modify.
   *
   * @return the array
   */
  public int[] columns() {
    return col;
  }

  /**
   * Cost or score of each arc; shared, do not modify.
   *
   * @return the array
   */
  public double[] values() {
    return value;
  }

  /**
   * Looks up the value of a pair.
   *
   * @param row the row
   * @param column the column
   * @return the value, or NaN when the pair is not allowed
   */
  public double valueOf(int row, int column) {
    for (int k = start[row]; k < start[row + 1]; k++) {
      if (col[k] == column) {
        return value[k];
      }
    }
    return Double.NaN;
  }

  @Override
  public String toString() {
    return "SparseCosts[" + rows + "x" + cols + ", arcs=" + col.length + "]";
  }

  /** Collects arcs; not thread-safe. */
  public static final class Builder {
    private final int rows;
    private final int cols;
    private int[] r = new int[64];
    private int[] c = new int[64];
    private double[] w = new double[64];
    private int n;

    private Builder(int rows, int cols) {
      this.rows = rows;
      this.cols = cols;
    }

    /**
     * Adds an allowed pair; checked on {@link #build()}.
     *
     * @param row the row
     * @param column the column
     * @param costOrScore its cost (minimise) or score (maximise); must be finite
     * @return this builder
     */
    public Builder add(int row, int column, double costOrScore) {
      if (n == r.length) {
        r = Arrays.copyOf(r, n * 2);
        c = Arrays.copyOf(c, n * 2);
        w = Arrays.copyOf(w, n * 2);
      }
      r[n] = row;
      c[n] = column;
      w[n] = costOrScore;
      n++;
      return this;
    }

    /**
     * Checks every arc and builds the CSR structure.
     *
     * @return the costs
     * @throws InvalidMatchingInputException listing every bad arc, or if there are no rows
     */
    public SparseCosts build() {
      List<InputProblem> problems = new ArrayList<>();
      if (rows < 1 || cols < 1) {
        problems.add(InputProblem.of("size", InputProblem.Kind.EMPTY,
            "need at least one row and one column, was " + rows + "x" + cols));
        throw new InvalidMatchingInputException("sparse costs", problems);
      }
      int[] start = new int[rows + 1];
      for (int k = 0; k < n; k++) {
        String item = "arc (" + r[k] + ", " + c[k] + ")";
        if (r[k] < 0 || r[k] >= rows || c[k] < 0 || c[k] >= cols) {
          problems.add(InputProblem.of(item, InputProblem.Kind.UNKNOWN_PARTICIPANT,
              "row must be in 0.." + (rows - 1) + " and column in 0.." + (cols - 1)));
          continue;
        }
        if (!Double.isFinite(w[k])) {
          problems.add(InputProblem.of(item, InputProblem.Kind.NOT_FINITE,
              "value must be finite, was " + w[k] + "; leave a forbidden pair out instead"));
        }
        start[r[k] + 1]++;
      }
      if (!problems.isEmpty()) {
        throw new InvalidMatchingInputException("sparse costs", problems);
      }
      for (int i = 0; i < rows; i++) {
        start[i + 1] += start[i];
      }
      int[] fill = Arrays.copyOf(start, rows);
      int[] col = new int[n];
      double[] val = new double[n];
      for (int k = 0; k < n; k++) {
        int p = fill[r[k]]++;
        col[p] = c[k];
        val[p] = w[k];
      }
      int[] stamp = new int[cols];
      Arrays.fill(stamp, -1);
      for (int i = 0; i < rows; i++) {
        for (int k = start[i]; k < start[i + 1]; k++) {
          if (stamp[col[k]] == i) {
            problems.add(InputProblem.of("arc (" + i + ", " + col[k] + ")", InputProblem.Kind.DUPLICATE,
                "pair given twice; give each pair once"));
          }
          stamp[col[k]] = i;
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidMatchingInputException("sparse costs", problems);
      }
      return new SparseCosts(rows, cols, start, col, val);
    }
  }
}
