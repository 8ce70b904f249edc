package org.alumnisdk.matching.assignment;

import java.util.ArrayList;
import java.util.List;
import org.alumnisdk.matching.Verification;

/** Shared verification logic for {@link AssignmentOutcome.Optimal}. */
final class AssignmentChecker {
  private final int rows;
  private final int cols;
  private final int sign;
  private final List<String> out = new ArrayList<>();
  private int total;
  double eps = 1e-9;

  private final int[] r2c;
  private final double[] u;
  private final double[] v;

  AssignmentChecker(int rows, int cols, AssignmentOutcome.Optimal o) {
    this.rows = rows;
    this.cols = cols;
    this.sign = o.objective().sign();
    this.r2c = o.rowToColumn();
    this.u = o.rowPotentials();
    this.v = o.columnPotentials();
  }

  private void add(String s) {
    total++;
    if (out.size() < Verification.limit()) {
      out.add(s);
    }
  }

  boolean shape(AssignmentOutcome.Optimal o, boolean matrixOk) {
    if (!matrixOk || r2c.length != rows || u.length != rows || v.length != cols) {
      add("result does not fit a " + rows + "x" + cols + " problem");
      return false;
    }
    boolean[] used = new boolean[cols];
    int unassigned = 0;
    for (int i = 0; i < rows; i++) {
      int j = r2c[i];
      if (j == -1 && rows > cols) {
        unassigned++;
        continue;
      }
      if (j < 0 || j >= cols) {
        add("row " + i + ": column " + j + " out of range");
        return false;
      }
      if (used[j]) {
        add("column " + j + " assigned twice");
      }
      used[j] = true;
    }
    if (unassigned != Math.max(0, rows - cols)) {
      add(unassigned + " rows unassigned, expected " + Math.max(0, rows - cols));
    }
    return true;
  }

  void reduced(AssignmentOutcome.Optimal o, int i, int j, double c) {
    double rc = sign * (c - u[i] - v[j]);
    if (rc < -eps) {
      add("pair (" + i + ", " + j + "): reduced cost " + rc + " < 0, dual infeasible");
    }
    if (r2c[i] == j && Math.abs(rc) > eps) {
      add("pair (" + i + ", " + j + "): assigned but reduced cost " + rc + " != 0");
    }
  }

  Verification finish(AssignmentOutcome.Optimal o, double[] assigned) {
    double sum = 0;
    boolean[] used = new boolean[cols];
    for (int i = 0; i < rows; i++) {
      if (r2c[i] < 0) {
        double ui = sign * u[i];
        if (ui > eps) {
          add("row " + i + ": potential " + u[i] + " has the wrong sign");
        }
        if (Math.abs(ui) > eps) {
          add("row " + i + ": free but potential " + u[i] + " != 0");
        }
        continue;
      }
      if (!Double.isFinite(assigned[i])) {
        add("row " + i + ": assigned to forbidden column " + r2c[i]);
      } else {
        sum += assigned[i];
      }
      used[r2c[i]] = true;
    }
    if (rows > cols) {
      for (int i = 0; i < rows; i++) {
        if (r2c[i] >= 0 && sign * u[i] > eps) {
          add("row " + i + ": potential " + u[i] + " has the wrong sign");
        }
      }
    } else if (rows < cols) {
      // square problems: every column is used, column constraints are equalities, no sign condition
      for (int j = 0; j < cols; j++) {
        double vj = sign * v[j];
        if (vj > eps) {
          add("column " + j + ": potential " + v[j] + " has the wrong sign");
        }
        if (!used[j] && Math.abs(vj) > eps) {
          add("column " + j + ": free but potential " + v[j] + " != 0");
        }
      }
    }
    if (Math.abs(sum - o.total()) > eps * Math.max(1, rows)) {
      add("total " + o.total() + " != sum of assigned values " + sum);
    }
    return done();
  }

  Verification done() {
    return Verification.of(out, total);
  }
}
