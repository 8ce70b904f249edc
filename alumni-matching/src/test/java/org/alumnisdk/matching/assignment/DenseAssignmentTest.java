package org.alumnisdk.matching.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;
import org.alumnisdk.matching.Matching;
import org.alumnisdk.matching.Objective;
import org.alumnisdk.matching.TestData;
import org.junit.jupiter.api.Test;

class DenseAssignmentTest {
  private static final double INF = Double.POSITIVE_INFINITY;
  /** OR-Tools linear assignment guide, matching.md §5.2: optimum 265. */
  private static final double[] OR_TOOLS_4X4 = {
    90, 76, 75, 70,
    35, 85, 55, 65,
    125, 95, 90, 105,
    45, 110, 95, 115};

  @Test
  void orToolsExampleHasOptimum265WithThePublishedAssignment() {
    AssignmentOutcome.Optimal o = DenseAssignment.solve(OR_TOOLS_4X4, 4, 4, Objective.MINIMISE).orElseThrow();
    assertThat(o.total()).isEqualTo(265.0);
    assertThat(o.rowToColumn()).containsExactly(3, 2, 1, 0);
    assertThat(o.verify(OR_TOOLS_4X4, 4, 4).ok()).isTrue();
  }

  @Test
  void orToolsExampleInLongArithmetic() {
    long[] c = new long[16];
    for (int k = 0; k < 16; k++) {
      c[k] = (long) OR_TOOLS_4X4[k];
    }
    AssignmentOutcome.Optimal o = DenseAssignment.solve(c, 4, 4, Objective.MINIMISE).orElseThrow();
    assertThat(o.total()).isEqualTo(265.0);
    assertThat(o.verify(OR_TOOLS_4X4, 4, 4).ok()).isTrue();
  }

  @Test
  void assign100FromOrLibraryHasOptimum305() {
    long[] t = TestData.orLibrary("/assignment/assign100.txt");
    int n = (int) t[0];
    assertThat(n).isEqualTo(100);
    assertThat(t).hasSize(1 + n * n);
    long[] c = java.util.Arrays.copyOfRange(t, 1, t.length);
    double[] d = new double[c.length];
    for (int k = 0; k < c.length; k++) {
      d[k] = c[k];
    }
    AssignmentOutcome.Optimal viaLong = DenseAssignment.solve(c, n, n, Objective.MINIMISE).orElseThrow();
    AssignmentOutcome.Optimal viaDouble = DenseAssignment.solve(d, n, n, Objective.MINIMISE).orElseThrow();
    assertThat(viaLong.total()).isEqualTo(305.0);
    assertThat(viaDouble.total()).isEqualTo(305.0);
    assertThat(viaDouble.verify(d, n, n).violations()).isEmpty();
    assertThat(viaLong.verify(d, n, n).violations()).isEmpty();
  }

  @Test
  void maximisationOfTheNegatedMatrixGivesMinusTheMinimum() {
    double[] neg = new double[16];
    for (int k = 0; k < 16; k++) {
      neg[k] = -OR_TOOLS_4X4[k];
    }
    AssignmentOutcome.Optimal o = DenseAssignment.solve(neg, 4, 4, Objective.MAXIMISE).orElseThrow();
    assertThat(o.total()).isEqualTo(-265.0);
    assertThat(o.verify(neg, 4, 4).ok()).isTrue();
  }

  @Test
  void rectangularBothWaysAgreeWithBruteForce() {
    double[] wide = {4, 1, 3, 9, 2, 0, 5, 8, 3, 2, 2, 7}; // 3 x 4
    double expect = TestData.bruteMin(wide, 3, 4);
    AssignmentOutcome.Optimal a = DenseAssignment.solve(wide, 3, 4, Objective.MINIMISE).orElseThrow();
    assertThat(a.total()).isEqualTo(expect);
    assertThat(a.verify(wide, 3, 4).ok()).isTrue();
    double[] tall = new double[12];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        tall[j * 3 + i] = wide[i * 4 + j];
      }
    }
    AssignmentOutcome.Optimal b = DenseAssignment.solve(tall, 4, 3, Objective.MINIMISE).orElseThrow();
    assertThat(b.total()).isEqualTo(expect);
    assertThat(b.rowToColumn()).containsOnlyOnce(-1);
    assertThat(b.verify(tall, 4, 3).violations()).isEmpty();
  }

  @Test
  void forbiddenCellsAreAvoidedAndInfeasibilityIsAValue() {
    double[] c = {1, INF, INF, 5};
    assertThat(DenseAssignment.solve(c, 2, 2, Objective.MINIMISE).orElseThrow().total()).isEqualTo(6.0);
    double[] none = {1, INF, 2, INF};
    assertThat(DenseAssignment.solve(none, 2, 2, Objective.MINIMISE))
        .isInstanceOf(AssignmentOutcome.Infeasible.class);
  }

  @Test
  void badCellsAreAllListedBeforeSolving() {
    double[] c = {1, Double.NaN, Double.NEGATIVE_INFINITY, 4};
    assertThatThrownBy(() -> DenseAssignment.solve(c, 2, 2, Objective.MINIMISE))
        .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> {
          assertThat(e.problems()).extracting(InputProblem::item).containsExactly("cell[0][1]", "cell[1][0]");
          assertThat(e.problems()).allMatch(p -> p.kind() == InputProblem.Kind.NOT_FINITE);
        });
    assertThatThrownBy(() -> DenseAssignment.solve(new double[3], 2, 2, Objective.MINIMISE))
        .isInstanceOf(InvalidMatchingInputException.class).hasMessageContaining("length 3");
    assertThatThrownBy(() -> DenseAssignment.solve(new double[0], 0, 0, Objective.MINIMISE))
        .isInstanceOfSatisfying(InvalidMatchingInputException.class,
            e -> assertThat(e.problems().get(0).kind()).isEqualTo(InputProblem.Kind.EMPTY));
    assertThatThrownBy(() -> DenseAssignment.solve(new long[] {1, 1L << 50, 3, 4}, 2, 2, Objective.MINIMISE))
        .isInstanceOf(InvalidMatchingInputException.class).hasMessageContaining("cell[0][1]");
  }

  @Test
  void aTamperedCertificateFailsVerification() {
    AssignmentOutcome.Optimal o = DenseAssignment.solve(OR_TOOLS_4X4, 4, 4, Objective.MINIMISE).orElseThrow();
    double[] u = o.rowPotentials();
    u[0] += 1;
    AssignmentOutcome.Optimal bad = new AssignmentOutcome.Optimal(o.rowToColumn(), o.total(), u,
        o.columnPotentials(), Objective.MINIMISE);
    assertThat(bad.verify(OR_TOOLS_4X4, 4, 4).ok()).isFalse();
    AssignmentOutcome.Optimal wrong = new AssignmentOutcome.Optimal(new int[] {0, 1, 2, 3}, 90 + 85 + 90 + 115,
        o.rowPotentials(), o.columnPotentials(), Objective.MINIMISE);
    assertThat(wrong.verify(OR_TOOLS_4X4, 4, 4).ok()).isFalse();
  }

  @Test
  void jshellEntryPointTakesATwoDimensionalMatrix() {
    double[][] m = {{90, 76, 75, 70}, {35, 85, 55, 65}, {125, 95, 90, 105}, {45, 110, 95, 115}};
    assertThat(Matching.assign(m, Objective.MINIMISE).orElseThrow().total()).isEqualTo(265.0);
    assertThatThrownBy(() -> Matching.assign(new double[][] {{1, 2}, {3}}, Objective.MINIMISE))
        .isInstanceOf(InvalidMatchingInputException.class).hasMessageContaining("row 1");
  }
}
