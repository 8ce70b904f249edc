package org.alumnisdk.matching.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alumnisdk.matching.InputProblem;
import org.alumnisdk.matching.InvalidMatchingInputException;
import org.alumnisdk.matching.Objective;
import org.alumnisdk.matching.assignment.SparseCosts;
import org.junit.jupiter.api.Test;

class FlowInputTest {
  @Test
  void everyBadArcIsListedTogether() {
    FlowNetwork net = FlowNetwork.withNodes(3);
    net.addArc(0, 5, 1, 1);
    net.addArc(0, 1, -2, 1);
    net.addArc(1, 2, 1, Double.NaN);
    net.setSupply(0, 1);
    assertThatThrownBy(() -> MinCostFlow.solve(net))
        .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.problems())
            .extracting(InputProblem::kind)
            .containsExactly(InputProblem.Kind.UNKNOWN_PARTICIPANT, InputProblem.Kind.BAD_CAPACITY,
                InputProblem.Kind.NOT_FINITE, InputProblem.Kind.INCONSISTENT));
  }

  @Test
  void negativeCycleIsRejectedAsInput() {
    FlowNetwork net = FlowNetwork.withNodes(3);
    net.addArc(0, 1, 1, -5);
    net.addArc(1, 0, 1, 1);
    net.addArc(1, 2, 1, 0);
    net.setSupply(0, 1).setSupply(2, -1);
    assertThatThrownBy(() -> MinCostFlow.solve(net)).isInstanceOf(InvalidMatchingInputException.class)
        .hasMessageContaining("negative-cost cycle");
  }

  @Test
  void infeasibleSupplyIsAValue() {
    FlowNetwork net = FlowNetwork.withNodes(2);
    net.addArc(0, 1, 1, 3);
    net.setSupply(0, 2).setSupply(1, -2);
    assertThat(MinCostFlow.solve(net)).isEqualTo(new FlowOutcome.Infeasible(1, 2,
        "only 1 of 2 units of supply can reach a demand node"));
  }

  @Test
  void negativeArcCostsWithoutCyclesAreSolvedAndCertified() {
    FlowNetwork net = FlowNetwork.withNodes(4);
    net.addArc(0, 1, 2, -3);
    net.addArc(0, 2, 2, 1);
    net.addArc(1, 3, 1, 0);
    net.addArc(2, 3, 2, 0);
    net.setSupply(0, 2).setSupply(3, -2);
    FlowOutcome.Optimal o = MinCostFlow.solve(net).orElseThrow();
    assertThat(o.totalCost()).isEqualTo(-2.0);
    assertThat(o.verify(net).ok()).isTrue();
    long[] flow = o.flow();
    flow[0] = 0;
    assertThat(new FlowOutcome.Optimal(flow, o.totalCost(), o.potentials()).verify(net).ok()).isFalse();
  }

  @Test
  void capacitatedAssignmentChecksCapacitiesAndUnmatchedValue() {
    SparseCosts c = SparseCosts.builder(2, 2).add(0, 0, 1).add(1, 1, 2).build();
    assertThatThrownBy(() -> CapacitatedAssignment.solve(c, new int[] {-1, 1}, Objective.MAXIMISE, Double.NaN))
        .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.problems()).hasSize(2));
    assertThatThrownBy(() -> SparseCosts.builder(2, 2).add(0, 0, 1).add(0, 0, 2).add(3, 0, 1).build())
        .isInstanceOf(InvalidMatchingInputException.class).hasMessageContaining("arc (3, 0)");
  }
}
