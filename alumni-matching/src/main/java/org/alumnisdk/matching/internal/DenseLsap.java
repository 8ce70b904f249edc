package org.alumnisdk.matching.internal;

import java.util.Arrays;

/**
 * Shortest augmenting path solver for dense rectangular linear sum assignment ({@code rows <= columns}).
 *
 * <p>Jonker–Volgenant style, following Crouse (IEEE TAES 52(4), 2016) and SciPy's
 * {@code rectangular_lsap}: one Dijkstra-like scan per row over the still unscanned columns, with
 * row and column dual potentials kept so that every reduced cost stays non-negative. Forbidden
 * cells are {@code +Infinity} (double) or {@link #FORBIDDEN} (long). Input is assumed checked.
 * Not thread-safe; one instance per call.
 */
public final class DenseLsap {
  /** The long cost that marks a forbidden cell. */
  public static final long FORBIDDEN = Long.MAX_VALUE;

  private DenseLsap() {}

  /** Solution holder: column per row, duals. {@code rowToCol == null} means infeasible. */
  public static final class Solution {
    /** An empty solution; the solver fills it in. */
    public Solution() {}

    /** Column for each row, or null when infeasible. */
    public int[] rowToCol;
    /** Row potentials. */
    public double[] u;
    /** Column potentials. */
    public double[] v;
    /** The first row that could not be assigned, or -1. */
    public int infeasibleRow = -1;
  }

  /**
   * Minimises over a row-major {@code nr x nc} matrix with {@code nr <= nc}.
   *
   * @param cost the costs, {@code +Infinity} for forbidden cells
   * @param nr rows
   * @param nc columns
   * @return the solution
   */
  public static Solution solve(double[] cost, int nr, int nc) {
    boolean finite = true;
    for (double c : cost) {
      if (c == Double.POSITIVE_INFINITY) {
        finite = false;
        break;
      }
    }
    return solve(cost, nr, nc, finite);
  }

  /**
   * As {@link #solve(double[], int, int)}, telling whether every cell is finite (then square
   * problems also get Jonker–Volgenant augmenting row reduction before the augmentation phase).
   *
   * @param cost the costs
   * @param nr rows
   * @param nc columns
   * @param allFinite whether no cell is forbidden
   * @return the solution
   */
  public static Solution solve(double[] cost, int nr, int nc, boolean allFinite) {
    double[] u = new double[nr];
    double[] v = new double[nc];
    double[] spc = new double[nc];
    int[] path = new int[nc];
    int[] col4row = new int[nr];
    int[] row4col = new int[nc];
    int[] remaining = new int[nc];
    int[] srList = new int[nr];
    int[] scList = new int[nc];
    Arrays.fill(col4row, -1);
    Arrays.fill(row4col, -1);
    Solution s = new Solution();
    if (nr == nc) {
      columnReduction(cost, nr, v, col4row, row4col);
      if (allFinite && nr > 1) {
        augmentingRowReduction(cost, nr, v, col4row, row4col);
        augmentingRowReduction(cost, nr, v, col4row, row4col);
        for (int i = 0; i < nr; i++) {
          if (col4row[i] >= 0) {
            u[i] = cost[i * nc + col4row[i]] - v[col4row[i]];
          }
        }
      }
    }
    for (int cur = 0; cur < nr; cur++) {
      if (col4row[cur] >= 0) {
        continue;
      }
      int nsr = 0;
      int nsc = 0;
      double minVal = 0;
      int numRemaining = nc;
      for (int it = 0; it < nc; it++) {
        remaining[it] = nc - it - 1;
      }
      Arrays.fill(spc, Double.POSITIVE_INFINITY);
      int i = cur;
      int sink = -1;
      while (sink == -1) {
        int index = -1;
        double lowest = Double.POSITIVE_INFINITY;
        srList[nsr++] = i;
        int base = i * nc;
        double ui = u[i];
        for (int it = 0; it < numRemaining; it++) {
          int j = remaining[it];
          double r = minVal + cost[base + j] - ui - v[j];
          if (r < spc[j]) {
            path[j] = i;
            spc[j] = r;
          }
          double sj = spc[j];
          if (sj < lowest || (sj == lowest && row4col[j] == -1)) {
            lowest = sj;
            index = it;
          }
        }
        minVal = lowest;
        if (minVal == Double.POSITIVE_INFINITY) {
          s.infeasibleRow = cur;
          return s;
        }
        int j = remaining[index];
        if (row4col[j] == -1) {
          sink = j;
        } else {
          i = row4col[j];
        }
        scList[nsc++] = j;
        remaining[index] = remaining[--numRemaining];
      }
      u[cur] += minVal;
      for (int k = 0; k < nsr; k++) {
        int r = srList[k];
        if (r != cur) {
          u[r] += minVal - spc[col4row[r]];
        }
      }
      for (int k = 0; k < nsc; k++) {
        int c = scList[k];
        v[c] -= minVal - spc[c];
      }
      int j = sink;
      while (true) {
        int r = path[j];
        row4col[j] = r;
        int tmp = col4row[r];
        col4row[r] = j;
        j = tmp;
        if (r == cur) {
          break;
        }
      }
    }
    s.rowToCol = col4row;
    s.u = u;
    s.v = v;
    return s;
  }

  /**
   * Minimises over a row-major {@code nr x nc} long matrix with {@code nr <= nc}, in exact integer
   * arithmetic.
   *
   * @param cost the costs, {@link #FORBIDDEN} for forbidden cells; magnitudes at most 2^52 / (nr+1)
   * @param nr rows
   * @param nc columns
   * @return the solution; potentials converted to double (exact below 2^53)
   */
  public static Solution solve(long[] cost, int nr, int nc) {
    final long inf = Long.MAX_VALUE;
    boolean allFinite = true;
    for (long c : cost) {
      if (c == FORBIDDEN) {
        allFinite = false;
        break;
      }
    }
    long[] u = new long[nr];
    long[] v = new long[nc];
    long[] spc = new long[nc];
    int[] path = new int[nc];
    int[] col4row = new int[nr];
    int[] row4col = new int[nc];
    int[] remaining = new int[nc];
    int[] srList = new int[nr];
    int[] scList = new int[nc];
    Arrays.fill(col4row, -1);
    Arrays.fill(row4col, -1);
    Solution s = new Solution();
    if (nr == nc) {
      columnReduction(cost, nr, v, col4row, row4col);
      if (allFinite && nr > 1) {
        augmentingRowReduction(cost, nr, v, col4row, row4col);
        augmentingRowReduction(cost, nr, v, col4row, row4col);
        for (int i = 0; i < nr; i++) {
          if (col4row[i] >= 0) {
            u[i] = cost[i * nc + col4row[i]] - v[col4row[i]];
          }
        }
      }
    }
    for (int cur = 0; cur < nr; cur++) {
      if (col4row[cur] >= 0) {
        continue;
      }
      int nsr = 0;
      int nsc = 0;
      long minVal = 0;
      int numRemaining = nc;
      for (int it = 0; it < nc; it++) {
        remaining[it] = nc - it - 1;
      }
      Arrays.fill(spc, inf);
      int i = cur;
      int sink = -1;
      while (sink == -1) {
        int index = -1;
        long lowest = inf;
        srList[nsr++] = i;
        int base = i * nc;
        long ui = u[i];
        for (int it = 0; it < numRemaining; it++) {
          int j = remaining[it];
          long c = cost[base + j];
          if (c != FORBIDDEN) {
            long r = minVal + c - ui - v[j];
            if (r < spc[j]) {
              path[j] = i;
              spc[j] = r;
            }
          }
          long sj = spc[j];
          if (sj < lowest || (sj == lowest && row4col[j] == -1)) {
            lowest = sj;
            index = it;
          }
        }
        minVal = lowest;
        if (minVal == inf) {
          s.infeasibleRow = cur;
          return s;
        }
        int j = remaining[index];
        if (row4col[j] == -1) {
          sink = j;
        } else {
          i = row4col[j];
        }
        scList[nsc++] = j;
        remaining[index] = remaining[--numRemaining];
      }
      u[cur] += minVal;
      for (int k = 0; k < nsr; k++) {
        int r = srList[k];
        if (r != cur) {
          u[r] += minVal - spc[col4row[r]];
        }
      }
      for (int k = 0; k < nsc; k++) {
        int c = scList[k];
        v[c] -= minVal - spc[c];
      }
      int j = sink;
      while (true) {
        int r = path[j];
        row4col[j] = r;
        int tmp = col4row[r];
        col4row[r] = j;
        j = tmp;
        if (r == cur) {
          break;
        }
      }
    }
    s.rowToCol = col4row;
    s.u = new double[nr];
    s.v = new double[nc];
    for (int r = 0; r < nr; r++) {
      s.u[r] = u[r];
    }
    for (int c = 0; c < nc; c++) {
      s.v[c] = v[c];
    }
    return s;
  }

  /**
   * Jonker–Volgenant column reduction for square problems: {@code v[j]} = column minimum, and each
   * column whose minimum lies in a still free row is assigned to it. Keeps every reduced cost
   * non-negative with {@code u = 0} and every assigned pair tight. Forbidden columns with no finite
   * cell keep {@code v = 0} and stay free (the search then reports infeasibility).
   */
  private static void columnReduction(double[] cost, int n, double[] v, int[] col4row, int[] row4col) {
    for (int j = n - 1; j >= 0; j--) {
      double min = Double.POSITIVE_INFINITY;
      int imin = -1;
      for (int i = 0, k = j; i < n; i++, k += n) {
        if (cost[k] < min) {
          min = cost[k];
          imin = i;
        }
      }
      if (imin < 0) {
        continue;
      }
      v[j] = min;
      if (col4row[imin] < 0) {
        col4row[imin] = j;
        row4col[j] = imin;
      }
    }
  }

  private static void columnReduction(long[] cost, int n, long[] v, int[] col4row, int[] row4col) {
    for (int j = n - 1; j >= 0; j--) {
      long min = Long.MAX_VALUE;
      int imin = -1;
      for (int i = 0, k = j; i < n; i++, k += n) {
        if (cost[k] != FORBIDDEN && cost[k] < min) {
          min = cost[k];
          imin = i;
        }
      }
      if (imin < 0) {
        continue;
      }
      v[j] = min;
      if (col4row[imin] < 0) {
        col4row[imin] = j;
        row4col[j] = imin;
      }
    }
  }

  /**
   * Jonker–Volgenant augmenting row reduction (square, all finite): each free row takes its
   * cheapest column under {@code c - v}, lowering that column's price to the row's second-best
   * value so that the column stays the row's minimum; a displaced row becomes free again. Keeps
   * the invariant that every assigned row sits on a minimum of {@code c[i][j] - v[j]}, so {@code
   * u[i] = c[i][x[i]] - v[x[i]]} is dual feasible afterwards. Bounded by {@code n} passes per row.
   */
  private static void augmentingRowReduction(double[] cost, int n, double[] v, int[] col4row, int[] row4col) {
    int[] free = new int[n];
    int nFree = 0;
    for (int i = 0; i < n; i++) {
      if (col4row[i] < 0) {
        free[nFree++] = i;
      }
    }
    int current = 0;
    int newFree = 0;
    long rrCount = 0;
    while (current < nFree) {
      rrCount++;
      int i = free[current++];
      int base = i * n;
      int j1 = 0;
      double v1 = cost[base] - v[0];
      int j2 = -1;
      double v2 = Double.POSITIVE_INFINITY;
      for (int j = 1; j < n; j++) {
        double c = cost[base + j] - v[j];
        if (c < v2) {
          if (c >= v1) {
            v2 = c;
            j2 = j;
          } else {
            v2 = v1;
            v1 = c;
            j2 = j1;
            j1 = j;
          }
        }
      }
      int i0 = row4col[j1];
      double v1New = v[j1] - (v2 - v1);
      boolean lowers = v1New < v[j1];
      if (rrCount < (long) current * n) {
        if (lowers) {
          v[j1] = v1New;
        } else if (i0 >= 0 && j2 >= 0) {
          j1 = j2;
          i0 = row4col[j2];
        }
        if (i0 >= 0) {
          col4row[i0] = -1;
          if (lowers) {
            free[--current] = i0;
          } else {
            free[newFree++] = i0;
          }
        }
      } else if (i0 >= 0) {
        col4row[i0] = -1;
        free[newFree++] = i0;
      }
      col4row[i] = j1;
      row4col[j1] = i;
    }
  }

  private static void augmentingRowReduction(long[] cost, int n, long[] v, int[] col4row, int[] row4col) {
    int[] free = new int[n];
    int nFree = 0;
    for (int i = 0; i < n; i++) {
      if (col4row[i] < 0) {
        free[nFree++] = i;
      }
    }
    int current = 0;
    int newFree = 0;
    long rrCount = 0;
    while (current < nFree) {
      rrCount++;
      int i = free[current++];
      int base = i * n;
      int j1 = 0;
      long v1 = cost[base] - v[0];
      int j2 = -1;
      long v2 = Long.MAX_VALUE;
      for (int j = 1; j < n; j++) {
        long c = cost[base + j] - v[j];
        if (c < v2) {
          if (c >= v1) {
            v2 = c;
            j2 = j;
          } else {
            v2 = v1;
            v1 = c;
            j2 = j1;
            j1 = j;
          }
        }
      }
      int i0 = row4col[j1];
      long v1New = v[j1] - (v2 - v1);
      boolean lowers = v1New < v[j1];
      if (rrCount < (long) current * n) {
        if (lowers) {
          v[j1] = v1New;
        } else if (i0 >= 0 && j2 >= 0) {
          j1 = j2;
          i0 = row4col[j2];
        }
        if (i0 >= 0) {
          col4row[i0] = -1;
          if (lowers) {
            free[--current] = i0;
          } else {
            free[newFree++] = i0;
          }
        }
      } else if (i0 >= 0) {
        col4row[i0] = -1;
        free[newFree++] = i0;
      }
      col4row[i] = j1;
      row4col[j1] = i;
    }
  }}
