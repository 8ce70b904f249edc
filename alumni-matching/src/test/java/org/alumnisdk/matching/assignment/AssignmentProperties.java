package org.alumnisdk.matching.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.alumnisdk.matching.Objective;
import org.alumnisdk.matching.TestData;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class AssignmentProperties {
  private static final long SEED = 20261125L;

  /** A random instance: rows, cols, costs with some forbidden cells, from one seed. */
  private record Instance(int rows, int cols, double[] cost) {}

  private static Instance random(long seed, boolean forbidden, boolean integer) {
    Random r = new Random(seed);
    int rows = 1 + r.nextInt(6);
    int cols = 1 + r.nextInt(6);
    double[] c = new double[rows * cols];
    for (int k = 0; k < c.length; k++) {
      c[k] = integer ? r.nextInt(5) : r.nextDouble() * 20 - 5;
      if (forbidden && r.nextInt(4) == 0) {
        c[k] = Double.POSITIVE_INFINITY;
      }
    }
    return new Instance(rows, cols, c);
  }

  private static double[] transpose(Instance x) {
    double[] t = new double[x.cost.length];
    for (int i = 0; i < x.rows; i++) {
      for (int j = 0; j < x.cols; j++) {
        t[j * x.rows + i] = x.cost[i * x.cols + j];
      }
    }
    return t;
  }

  @Test
  void denseEqualsBruteForceAndVerifies() {
    qt().withFixedSeed(SEED).withExamples(600).forAll(longs().all(), integers().between(0, 1))
        .checkAssert((s, ints) -> {
          Instance x = random(s, true, ints == 1);
          boolean wide = x.rows <= x.cols;
          double expect = wide ? TestData.bruteMin(x.cost, x.rows, x.cols)
              : TestData.bruteMin(transpose(x), x.cols, x.rows);
          AssignmentOutcome out = DenseAssignment.solve(x.cost, x.rows, x.cols, Objective.MINIMISE);
          if (expect == Double.POSITIVE_INFINITY) {
            assertThat(out).isInstanceOf(AssignmentOutcome.Infeasible.class);
          } else {
            AssignmentOutcome.Optimal o = out.orElseThrow();
            assertThat(o.total()).isCloseTo(expect, within(1e-9));
            assertThat(o.verify(x.cost, x.rows, x.cols).violations()).isEmpty();
          }
        });
  }

  @Test
  void squareWithoutForbiddenCellsUsesRowReductionAndStaysOptimal() {
    qt().withFixedSeed(SEED).withExamples(800).forAll(longs().all(), integers().between(1, 7), integers().between(1, 50))
        .checkAssert((s, n, range) -> {
          Random r = new Random(s);
          double[] c = new double[n * n];
          long[] l = new long[n * n];
          for (int k = 0; k < c.length; k++) {
            l[k] = r.nextInt(range) - range / 3;
            c[k] = l[k];
          }
          double expect = TestData.bruteMin(c, n, n);
          AssignmentOutcome.Optimal d = DenseAssignment.solve(c, n, n, Objective.MINIMISE).orElseThrow();
          AssignmentOutcome.Optimal lo = DenseAssignment.solve(l, n, n, Objective.MINIMISE).orElseThrow();
          assertThat(d.total()).isEqualTo(expect);
          assertThat(lo.total()).isEqualTo(expect);
          assertThat(d.verify(c, n, n).violations()).isEmpty();
          assertThat(lo.verify(c, n, n).violations()).isEmpty();
        });
  }

  @Test
  void longSolverEqualsBruteForce() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(longs().all()).checkAssert(s -> {
      Instance x = random(s, true, true);
      if (x.rows > x.cols) {
        return;
      }
      long[] c = new long[x.cost.length];
      for (int k = 0; k < c.length; k++) {
        c[k] = x.cost[k] == Double.POSITIVE_INFINITY ? Long.MAX_VALUE : (long) x.cost[k];
      }
      double expect = TestData.bruteMin(x.cost, x.rows, x.cols);
      AssignmentOutcome out = DenseAssignment.solve(c, x.rows, x.cols, Objective.MINIMISE);
      if (expect == Double.POSITIVE_INFINITY) {
        assertThat(out).isInstanceOf(AssignmentOutcome.Infeasible.class);
      } else {
        assertThat(out.orElseThrow().total()).isEqualTo(expect);
        assertThat(out.orElseThrow().verify(x.cost, x.rows, x.cols).ok()).isTrue();
      }
    });
  }

  @Test
  void sparseEqualsDenseAndVerifies() {
    qt().withFixedSeed(SEED).withExamples(600).forAll(longs().all(), integers().between(0, 1))
        .checkAssert((s, max) -> {
          Instance x = random(s, true, false);
          Objective obj = max == 1 ? Objective.MAXIMISE : Objective.MINIMISE;
          SparseCosts.Builder b = SparseCosts.builder(x.rows, x.cols);
          double[] dense = new double[x.cost.length];
          for (int k = 0; k < x.cost.length; k++) {
            boolean allowed = x.cost[k] != Double.POSITIVE_INFINITY;
            dense[k] = allowed ? x.cost[k] : (obj == Objective.MINIMISE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
            if (allowed) {
              b.add(k / x.cols, k % x.cols, x.cost[k]);
            }
          }
          SparseCosts sc = b.build();
          AssignmentOutcome sparse = SparseAssignment.solve(sc, obj);
          if (x.rows > x.cols) {
            assertThat(sparse).isInstanceOf(AssignmentOutcome.Infeasible.class);
            return;
          }
          AssignmentOutcome ref = DenseAssignment.solve(dense, x.rows, x.cols, obj);
          assertThat(sparse.getClass()).isEqualTo(ref.getClass());
          if (ref instanceof AssignmentOutcome.Optimal o) {
            assertThat(sparse.orElseThrow().total()).isCloseTo(o.total(), within(1e-9));
            assertThat(sparse.orElseThrow().verify(sc).violations()).isEmpty();
          }
        });
  }

  @Test
  void agreesWithJGraphTKuhnMunkresOnRandomSquareInstances() {
    qt().withFixedSeed(SEED).withExamples(60).forAll(longs().all(), integers().between(1, 25))
        .checkAssert((s, n) -> {
          Random r = new Random(s);
          double[] c = new double[n * n];
          Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
          Set<String> left = new HashSet<>();
          Set<String> right = new HashSet<>();
          for (int i = 0; i < n; i++) {
            g.addVertex("r" + i);
            g.addVertex("c" + i);
            left.add("r" + i);
            right.add("c" + i);
          }
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              c[i * n + j] = r.nextInt(100);
              g.setEdgeWeight(g.addEdge("r" + i, "c" + j), c[i * n + j]);
            }
          }
          MatchingAlgorithm.Matching<String, DefaultWeightedEdge> km =
              new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(g, left, right).getMatching();
          AssignmentOutcome.Optimal o = DenseAssignment.solve(c, n, n, Objective.MINIMISE).orElseThrow();
          assertThat(o.total()).isCloseTo(km.getWeight(), within(1e-9));
          assertThat(o.verify(c, n, n).ok()).isTrue();
        });
  }
}
