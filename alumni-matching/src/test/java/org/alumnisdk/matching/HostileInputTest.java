package org.alumnisdk.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.matching.assignment.AssignmentOutcome;
import org.alumnisdk.matching.assignment.DenseAssignment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Nulls and impossible shapes at the public entry points give typed SDK errors, never a bare NPE. */
class HostileInputTest {

  @Test
  @DisplayName("a null matrix names the parameter")
  void nullMatrix() {
    assertThatThrownBy(() -> Matching.assign(null, Objective.MINIMISE))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("matrix"));
    assertThatThrownBy(() -> DenseAssignment.solve((double[]) null, 1, 1, Objective.MINIMISE))
        .isInstanceOf(org.alumnisdk.core.AlumniException.class);
  }

  @Test
  @DisplayName("a null row, first or later, is an inconsistent row")
  void nullRows() {
    for (double[][] m : new double[][][] {{null, {1, 2}}, {{1, 2}, null}}) {
      assertThatThrownBy(() -> Matching.assign(m, Objective.MINIMISE))
          .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.problems())
              .anySatisfy(p -> assertThat(p.kind()).isEqualTo(InputProblem.Kind.INCONSISTENT)));
    }
  }

  @Test
  @DisplayName("orElseThrow on an infeasible outcome throws the SDK's NoSolutionException")
  void infeasibleOrElseThrow() {
    double inf = Double.POSITIVE_INFINITY;
    AssignmentOutcome o = Matching.assign(new double[][] {{inf, inf}, {1, 2}}, Objective.MINIMISE);
    assertThat(o).isInstanceOf(AssignmentOutcome.Infeasible.class);
    assertThatThrownBy(o::orElseThrow).isInstanceOf(NoSolutionException.class);
  }
}
