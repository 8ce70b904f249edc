package org.alumnisdk.matching.internal;

import java.util.Arrays;

/**
 * Successive shortest paths with potentials for capacitated bipartite min-cost assignment.
 *
 * <p>Rows (mentees) are added one at a time; for each, Dijkstra with a binary heap runs over
 * reduced costs {@code c - u[row] - v[col]} from the new row until it settles a column with free
 * capacity, or until the optional bypass (leave the row unmatched at cost {@code bypass}) is
 * cheaper. Full columns pass the search on to the rows they hold. Potentials are then updated so
 * that every reduced cost stays non-negative and every used arc is tight: {@code (u, v)} is an
 * optimal dual solution and serves as the certificate. Input is assumed checked.
 */
public final class SspBipartite {
  private SspBipartite() {}

  /** Solution holder. */
  public static final class Solution {
    /** An empty solution; the solver fills it in. */
    public Solution() {}

    /** Column per row, -1 = bypass (unmatched). */
    public int[] rowToCol;
    /** Row potentials. */
    public double[] u;
    /** Column potentials (never positive). */
    public double[] v;
    /** Rows that could not be placed at all (no bypass and no augmenting path), in order. */
    public int[] unplaceable;
  }

  /**
   * Solves.
   *
   * @param nr rows
   * @param nc columns
   * @param start CSR row starts, length {@code nr + 1}
   * @param col CSR column per arc
   * @param cost CSR cost per arc, finite
   * @param capacity capacity per column, non-negative
   * @param bypass cost of leaving a row unmatched, or {@code +Infinity} for no bypass
   * @return the solution
   */
  public static Solution solve(
      int nr, int nc, int[] start, int[] col, double[] cost, int[] capacity, double bypass) {
    return solve(nr, nc, start, col, cost, capacity, bypass, null);
  }

  /**
   * Solves, with rows that share arc lists: row {@code r} uses the arcs of list {@code rowBase[r]}
   * (for example every place of one mentor).
   *
   * @param nr rows
   * @param nc columns
   * @param start CSR list starts
   * @param col CSR column per arc
   * @param cost CSR cost per arc, finite
   * @param capacity capacity per column, non-negative
   * @param bypass cost of leaving a row unmatched, or {@code +Infinity} for no bypass
   * @param rowBase the arc list of each row, or null for list {@code r}
   * @return the solution
   */
  public static Solution solve(int nr, int nc, int[] start, int[] col, double[] cost, int[] capacity,
      double bypass, int[] rowBase) {
    final double inf = Double.POSITIVE_INFINITY;
    double[] u = new double[nr];
    double[] v = new double[nc];
    int[] rowToCol = new int[nr];
    Arrays.fill(rowToCol, -1);
    // rows held by each column: flat slots by capacity
    int[] slotStart = new int[nc + 1];
    for (int j = 0; j < nc; j++) {
      slotStart[j + 1] = slotStart[j] + Math.min(capacity[j], nr);
    }
    int[] slots = new int[slotStart[nc]];
    int[] load = new int[nc];
    int[] slotOfRow = new int[nr];
    double[] dcol = new double[nc];
    Arrays.fill(dcol, inf);
    double[] drow = new double[nr];
    int[] predRow = new int[nc];
    boolean[] settled = new boolean[nc];
    int[] touchedCols = new int[nc];
    int[] settledCols = new int[nc];
    int[] treeRows = new int[nr];
    int[] unplaceable = new int[nr];
    int nUnplaceable = 0;
    DoubleIntHeap heap = new DoubleIntHeap(64);
    for (int cur = 0; cur < nr; cur++) {
      int nTouched = 0;
      int nSettled = 0;
      int nTree = 0;
      heap.clear();
      double bestBypass = inf;
      int bypassRow = -1;
      // relax the new row (its potential is still 0)
      drow[cur] = 0;
      treeRows[nTree++] = cur;
      int bc = rowBase == null ? cur : rowBase[cur];
      for (int k = start[bc], e = start[bc + 1]; k < e; k++) {
        int j = col[k];
        double nd = cost[k] - v[j];
        if (nd < dcol[j]) {
          if (dcol[j] == inf) {
            touchedCols[nTouched++] = j;
          }
          dcol[j] = nd;
          predRow[j] = cur;
          heap.push(nd, j);
        }
      }
      if (bypass < inf) {
        bestBypass = bypass;
        bypassRow = cur;
      }
      int sink = -1;
      double dist = inf;
      while (!heap.isEmpty()) {
        double d = heap.peekKey();
        int j = heap.pop();
        if (settled[j] || d > dcol[j]) {
          continue;
        }
        if (bestBypass < d) {
          break;
        }
        settled[j] = true;
        settledCols[nSettled++] = j;
        if (load[j] < capacity[j]) {
          sink = j;
          dist = d;
          break;
        }
        for (int s = slotStart[j], se = slotStart[j] + load[j]; s < se; s++) {
          int r = slots[s];
          drow[r] = d;
          treeRows[nTree++] = r;
          double base = d - u[r];
          int br = rowBase == null ? r : rowBase[r];
          for (int k = start[br], e = start[br + 1]; k < e; k++) {
            int c = col[k];
            if (settled[c]) {
              continue;
            }
            double nd = base + cost[k] - v[c];
            if (nd < dcol[c]) {
              if (dcol[c] == inf) {
                touchedCols[nTouched++] = c;
              }
              dcol[c] = nd;
              predRow[c] = r;
              heap.push(nd, c);
            }
          }
          if (bypass < inf) {
            double nb = base + bypass;
            if (nb < bestBypass) {
              bestBypass = nb;
              bypassRow = r;
            }
          }
        }
      }
      boolean toBypass = false;
      if (sink < 0) {
        if (bypassRow < 0) {
          unplaceable[nUnplaceable++] = cur;
          for (int k = 0; k < nSettled; k++) {
            settled[settledCols[k]] = false;
          }
          for (int k = 0; k < nTouched; k++) {
            dcol[touchedCols[k]] = inf;
          }
          continue;
        }
        toBypass = true;
        dist = bestBypass;
      }
      // potentials
      for (int k = 0; k < nTree; k++) {
        int r = treeRows[k];
        u[r] += dist - drow[r];
      }
      for (int k = 0; k < nSettled; k++) {
        int j = settledCols[k];
        if (j != sink) {
          v[j] -= dist - dcol[j];
        }
        settled[j] = false;
      }
      for (int k = 0; k < nTouched; k++) {
        dcol[touchedCols[k]] = inf;
      }
      // augment
      int r;
      int j;
      if (toBypass) {
        r = bypassRow;
        j = rowToCol[r];
        if (r != cur) {
          removeFromColumn(j, r, slots, slotStart, load, slotOfRow);
        }
        rowToCol[r] = -1;
        if (r == cur) {
          continue;
        }
        // column j lost r and must take predRow[j]
      } else {
        j = sink;
      }
      while (true) {
        r = predRow[j];
        int prev = rowToCol[r];
        if (prev >= 0) {
          removeFromColumn(prev, r, slots, slotStart, load, slotOfRow);
        }
        int s = slotStart[j] + load[j]++;
        slots[s] = r;
        slotOfRow[r] = s;
        rowToCol[r] = j;
        if (r == cur) {
          break;
        }
        j = prev;
      }
    }
    Solution out = new Solution();
    out.rowToCol = rowToCol;
    out.u = u;
    out.v = v;
    out.unplaceable = Arrays.copyOf(unplaceable, nUnplaceable);
    return out;
  }

  private static void removeFromColumn(
      int j, int r, int[] slots, int[] slotStart, int[] load, int[] slotOfRow) {
    int s = slotOfRow[r];
    int last = slotStart[j] + --load[j];
    int moved = slots[last];
    slots[s] = moved;
    slotOfRow[moved] = s;
  }
}
