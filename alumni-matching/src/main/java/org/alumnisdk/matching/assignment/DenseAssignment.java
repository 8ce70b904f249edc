package org.alumnisdk.matching.assignment;

import java.util.ArrayList;
import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;
import org.alumnisdk.matching.Objective;
import org.alumnisdk.matching.internal.DenseLsap;

/**
 * Optimal assignment on a dense rectangular matrix (linear sum assignment).
 *
 * <p>A shortest augmenting path solver in the Jonker–Volgenant family (Crouse 2016, the method of
 * SciPy's {@code linear_sum_assignment}) working on a flat row-major {@code double[]} or {@code
 * long[]}: O(n² m) worst case, much faster in practice. Every row gets a distinct column (when
 * {@code rows > cols}, every column gets a distinct row). Forbidden cells are {@code +Infinity}
 * when minimising and {@code -Infinity} when maximising ({@code Long.MAX_VALUE} / {@code
 * Long.MIN_VALUE} for {@code long[]}). The result carries dual potentials that {@link
 * AssignmentOutcome.Optimal#verify(double[], int, int)} checks. Deterministic; does not modify the
 * input.
 *
 * <pre>{@code
 * double[] cost = {90, 76, 75, 70,  35, 85, 55, 65,  125, 95, 90, 105,  45, 110, 95, 115};
 * var best = DenseAssignment.solve(cost, 4, 4, Objective.MINIMISE).orElseThrow();
 * best.total();   // 265.0
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DenseAssignment {
  private static final int MAX_LISTED = 1000;
  /** Largest supported magnitude of a {@code long} cost. */
  public static final long MAX_LONG_COST = 1L << 40;

  private DenseAssignment() {}

  /**
   * Solves a dense problem given as a row-major {@code double[]}.
   *
   * @param matrix row-major values, length {@code rows * cols}
   * @param rows number of rows, at least 1
   * @param cols number of columns, at least 1
   * @param objective minimise cost or maximise score
   * @return the optimal assignment with certificate, or infeasible when forbidden cells leave no
   *     full assignment
   * @throws InvalidMatchingInputException listing every NaN or wrong-signed infinite cell, or a bad
   *     shape
   */
  public static AssignmentOutcome solve(double[] matrix, int rows, int cols, Objective objective) {
    Checks.notNull(matrix, "matrix");
    Checks.notNull(objective, "objective");
    List<InputProblem> problems = shape(matrix.length, rows, cols);
    if (problems.isEmpty()) {
      double forbidden = objective == Objective.MINIMISE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      int bad = 0;
      for (int k = 0; k < matrix.length; k++) {
        double x = matrix[k];
        if (!Double.isFinite(x) && x != forbidden) {
          if (bad++ < MAX_LISTED) {
            problems.add(InputProblem.of("cell[" + (k / cols) + "][" + (k % cols) + "]", InputProblem.Kind.NOT_FINITE,
                "is " + x + "; use a finite value, or " + forbidden + " for a forbidden pair when you "
                    + objective.name().toLowerCase(java.util.Locale.ROOT)));
          }
        }
      }
      if (bad > MAX_LISTED) {
        problems.add(InputProblem.of("matrix", InputProblem.Kind.NOT_FINITE, (bad - MAX_LISTED) + " more cells not listed"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidMatchingInputException("dense assignment", problems);
    }
    boolean transpose = rows > cols;
    int nr = transpose ? cols : rows;
    int nc = transpose ? rows : cols;
    double[] work = matrix;
    if (transpose || objective == Objective.MAXIMISE) {
      work = new double[matrix.length];
      int sign = objective.sign();
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          double x = sign * matrix[i * cols + j];
          work[transpose ? j * rows + i : i * cols + j] = x;
        }
      }
    }
    DenseLsap.Solution s = DenseLsap.solve(work, nr, nc);
    return finish(s, rows, cols, transpose, objective, (i, j) -> matrix[i * cols + j]);
  }

  /**
   * Solves a dense problem given as a row-major {@code long[]}, in exact integer arithmetic.
   *
   * @param matrix row-major values, length {@code rows * cols}; magnitudes at most {@link
   *     #MAX_LONG_COST}, forbidden cells {@code Long.MAX_VALUE} (minimise) or {@code Long.MIN_VALUE}
   *     (maximise)
   * @param rows number of rows, at least 1
   * @param cols number of columns, at least 1
   * @param objective minimise cost or maximise score
   * @return the optimal assignment with certificate, or infeasible
   * @throws InvalidMatchingInputException listing every out-of-range cell, or a bad shape
   */
  public static AssignmentOutcome solve(long[] matrix, int rows, int cols, Objective objective) {
    Checks.notNull(matrix, "matrix");
    Checks.notNull(objective, "objective");
    List<InputProblem> problems = shape(matrix.length, rows, cols);
    long forbidden = objective == Objective.MINIMISE ? Long.MAX_VALUE : Long.MIN_VALUE;
    if (problems.isEmpty()) {
      int bad = 0;
      for (int k = 0; k < matrix.length; k++) {
        long x = matrix[k];
        if (x != forbidden && (x > MAX_LONG_COST || x < -MAX_LONG_COST)) {
          if (bad++ < MAX_LISTED) {
            problems.add(InputProblem.of("cell[" + (k / cols) + "][" + (k % cols) + "]", InputProblem.Kind.OUT_OF_RANGE,
                "is " + x + "; magnitudes up to 2^40 are supported, or " + forbidden + " for a forbidden pair"));
          }
        }
      }
      if (bad > MAX_LISTED) {
        problems.add(InputProblem.of("matrix", InputProblem.Kind.OUT_OF_RANGE, (bad - MAX_LISTED) + " more cells not listed"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidMatchingInputException("dense assignment", problems);
    }
    boolean transpose = rows > cols;
    int nr = transpose ? cols : rows;
    int nc = transpose ? rows : cols;
    long[] work = matrix;
    if (transpose || objective == Objective.MAXIMISE) {
      work = new long[matrix.length];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          long x = matrix[i * cols + j];
          long y = x == forbidden ? DenseLsap.FORBIDDEN : objective == Objective.MINIMISE ? x : -x;
          work[transpose ? j * rows + i : i * cols + j] = y;
        }
      }
    }
    DenseLsap.Solution s = DenseLsap.solve(work, nr, nc);
    return finish(s, rows, cols, transpose, objective, (i, j) -> matrix[i * cols + j]);
  }

  /** Looks up an original cell. */
  @FunctionalInterface
  private interface Cell {
    double at(int i, int j);
  }

  private static List<InputProblem> shape(int length, int rows, int cols) {
    List<InputProblem> problems = new ArrayList<>();
    if (rows < 1 || cols < 1) {
      problems.add(InputProblem.of("shape", InputProblem.Kind.EMPTY,
          "need at least one row and one column, was " + rows + "x" + cols));
    } else if ((long) rows * cols != length) {
      problems.add(InputProblem.of("matrix", InputProblem.Kind.INCONSISTENT,
          "length " + length + " != rows x cols = " + ((long) rows * cols)));
    }
    return problems;
  }

  private static AssignmentOutcome finish(DenseLsap.Solution s, int rows, int cols, boolean transpose,
      Objective objective, Cell cell) {
    if (s.rowToCol == null) {
      String side = transpose ? "column" : "row";
      return new AssignmentOutcome.Infeasible(s.infeasibleRow,
          side + " " + s.infeasibleRow + " cannot be assigned together with the " + side
              + "s before it: forbidden pairs leave no complete assignment");
    }
    int sign = objective.sign();
    int[] rowToCol = new int[rows];
    double[] u = new double[rows];
    double[] v = new double[cols];
    if (!transpose) {
      System.arraycopy(s.rowToCol, 0, rowToCol, 0, rows);
      for (int i = 0; i < rows; i++) {
        u[i] = sign * s.u[i];
      }
      for (int j = 0; j < cols; j++) {
        v[j] = sign * s.v[j];
      }
    } else {
      // solved the transpose: its rows are our columns
      java.util.Arrays.fill(rowToCol, -1);
      for (int j = 0; j < cols; j++) {
        rowToCol[s.rowToCol[j]] = j;
        v[j] = sign * s.u[j];
      }
      for (int i = 0; i < rows; i++) {
        u[i] = sign * s.v[i];
      }
    }
    double total = 0;
    for (int i = 0; i < rows; i++) {
      if (rowToCol[i] >= 0) {
        total += cell.at(i, rowToCol[i]);
      }
    }
    return new AssignmentOutcome.Optimal(rowToCol, total, u, v, objective);
  }
}
