package org.alumnisdk.matching.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.alumnisdk.matching.Objective;
import org.alumnisdk.matching.assignment.SparseCosts;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.junit.jupiter.api.Test;

class FlowProperties {
  private static final long SEED = 20261125L;

  private record Bip(int rows, int cols, double[][] value, int[] cap) {}

  private static Bip bipartite(long seed) {
    Random r = new Random(seed);
    int rows = 1 + r.nextInt(5);
    int cols = 1 + r.nextInt(3);
    double[][] v = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        v[i][j] = r.nextInt(3) == 0 ? Double.NaN : r.nextInt(21) - 5;
      }
    }
    int[] cap = new int[cols];
    for (int j = 0; j < cols; j++) {
      cap[j] = r.nextInt(3);
    }
    return new Bip(rows, cols, v, cap);
  }

  private static SparseCosts costs(Bip b) {
    SparseCosts.Builder sb = SparseCosts.builder(b.rows, b.cols);
    for (int i = 0; i < b.rows; i++) {
      for (int j = 0; j < b.cols; j++) {
        if (!Double.isNaN(b.value[i][j])) {
          sb.add(i, j, b.value[i][j]);
        }
      }
    }
    return sb.build();
  }

  /** Best objective over every assignment (each row unmatched or on an allowed column within capacity). */
  private static double brute(Bip b, int sign, double unmatched, int i, int[] load) {
    if (i == b.rows) {
      return 0;
    }
    double best = sign * unmatched + brute(b, sign, unmatched, i + 1, load);
    for (int j = 0; j < b.cols; j++) {
      if (!Double.isNaN(b.value[i][j]) && load[j] < b.cap[j]) {
        load[j]++;
        best = Math.min(best, sign * b.value[i][j] + brute(b, sign, unmatched, i + 1, load));
        load[j]--;
      }
    }
    return best;
  }

  @Test
  void capacitatedAssignmentEqualsBruteForceAndVerifies() {
    qt().withFixedSeed(SEED).withExamples(800).forAll(longs().all(), integers().between(0, 1), integers().between(-8, 8))
        .checkAssert((s, max, unmatched) -> {
          Bip b = bipartite(s);
          Objective obj = max == 1 ? Objective.MAXIMISE : Objective.MINIMISE;
          CapacitatedAssignment.Result res = CapacitatedAssignment.solve(costs(b), b.cap, obj, unmatched);
          double expect = obj.sign() * brute(b, obj.sign(), unmatched, 0, new int[b.cols]);
          assertThat(res.objectiveValue()).isCloseTo(expect, within(1e-9));
          assertThat(res.verify(costs(b), b.cap).violations()).isEmpty();
        });
  }

  @Test
  void generalMinCostFlowAgreesWithCapacitatedAssignment() {
    qt().withFixedSeed(SEED).withExamples(400).forAll(longs().all(), integers().between(-8, 8)).checkAssert((s, unmatched) -> {
      Bip b = bipartite(s);
      int sink = b.rows + b.cols;
      FlowNetwork net = FlowNetwork.withNodes(sink + 1);
      for (int i = 0; i < b.rows; i++) {
        net.setSupply(i, 1);
        net.addArc(i, sink, 1, unmatched);
        for (int j = 0; j < b.cols; j++) {
          if (!Double.isNaN(b.value[i][j])) {
            net.addArc(i, b.rows + j, 1, b.value[i][j]);
          }
        }
      }
      for (int j = 0; j < b.cols; j++) {
        net.addArc(b.rows + j, sink, b.cap[j], 0);
      }
      net.setSupply(sink, -b.rows);
      FlowOutcome.Optimal f = MinCostFlow.solve(net).orElseThrow();
      CapacitatedAssignment.Result a = CapacitatedAssignment.solve(costs(b), b.cap, Objective.MINIMISE, unmatched);
      assertThat(f.totalCost()).isCloseTo(a.objectiveValue(), within(1e-9));
      assertThat(f.verify(net).violations()).isEmpty();
    });
  }

  @Test
  void minCostFlowAgreesWithJGraphTCapacityScaling() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(longs().all()).checkAssert(s -> {
      Random r = new Random(s);
      int n = 2 + r.nextInt(6);
      int supply = 1 + r.nextInt(6);
      FlowNetwork net = FlowNetwork.withNodes(n);
      Graph<Integer, DefaultWeightedEdge> g = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
      for (int v = 0; v < n; v++) {
        g.addVertex(v);
      }
      Map<DefaultWeightedEdge, Integer> cap = new HashMap<>();
      int arcs = r.nextInt(3 * n);
      for (int k = 0; k <= arcs; k++) {
        int u = k == arcs ? 0 : r.nextInt(n);
        int v = k == arcs ? n - 1 : r.nextInt(n);
        if (u == v) {
          continue;
        }
        int c = k == arcs ? supply : r.nextInt(5);
        int w = k == arcs ? 100 : r.nextInt(10);
        net.addArc(u, v, c, w);
        DefaultWeightedEdge e = g.addEdge(u, v);
        g.setEdgeWeight(e, w);
        cap.put(e, c);
      }
      net.setSupply(0, supply).setSupply(n - 1, -supply);
      MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
          new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(g,
              v -> v == 0 ? supply : v == n - 1 ? -supply : 0, cap::get);
      MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> ref =
          new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem);
      FlowOutcome.Optimal ours = MinCostFlow.solve(net).orElseThrow();
      assertThat(ours.totalCost()).isCloseTo(ref.getCost(), within(1e-6));
      assertThat(ours.verify(net).violations()).isEmpty();
    });
  }
}
