package org.alumnisdk.benchmarks.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.matching.Objective;
import org.alumnisdk.matching.assignment.AssignmentOutcome;
import org.alumnisdk.matching.assignment.DenseAssignment;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Dense assignment (linear sum assignment): the SDK's shortest augmenting path solver against
 * OR-Tools {@code LinearSumAssignment} (cost scaling, native) in the same run, on n x n integer
 * cost matrices. Generators: {@code uniform} = integers uniform in [0, n); {@code int100} =
 * integers uniform in 1..100 (many ties). OR-Tools arcs are added in a per-invocation setup, so only
 * its {@code solve()} is timed. JGraphT is measured in {@link AssignmentJGraphTBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AssignmentBenchmark {
  @Param({"500", "1000", "2000"})
  public int n;

  @Param({"uniform", "int100"})
  public String costs;

  long[] longCosts;
  double[] doubleCosts;
  LinearSumAssignment ortools;

  /** Builds the matrices from a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    Loader.loadNativeLibraries();
    longCosts = AssignmentBenchmark.matrix(n, costs, 42L);
    doubleCosts = new double[longCosts.length];
    for (int k = 0; k < longCosts.length; k++) {
      doubleCosts[k] = longCosts[k];
    }
  }

  static long[] matrix(int n, String kind, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] c = new long[n * n];
    for (int k = 0; k < c.length; k++) {
      c[k] = "uniform".equals(kind) ? r.nextInt(n) : 1 + r.nextInt(100);
    }
    return c;
  }

  /** A fresh OR-Tools instance with every arc, outside the timed region. */
  @Setup(Level.Invocation)
  public void buildOrTools() {
    ortools = new LinearSumAssignment();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        ortools.addArcWithCost(i, j, longCosts[i * n + j]);
      }
    }
  }

  /** Frees the native instance. */
  @TearDown(Level.Invocation)
  public void dropOrTools() {
    ortools.delete();
  }

  /** The SDK on {@code double[]}. */
  @Benchmark
  public double alumniDenseDouble() {
    return ((AssignmentOutcome.Optimal) DenseAssignment.solve(doubleCosts, n, n, Objective.MINIMISE)).total();
  }

  /** The SDK on {@code long[]} (exact integer arithmetic). */
  @Benchmark
  public double alumniDenseLong() {
    return ((AssignmentOutcome.Optimal) DenseAssignment.solve(longCosts, n, n, Objective.MINIMISE)).total();
  }

  /** OR-Tools LinearSumAssignment, solve only. */
  @Benchmark
  public long ortoolsLinearSumAssignment() {
    if (ortools.solve() != LinearSumAssignment.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools did not solve");
    }
    return ortools.getOptimalCost();
  }

  /** JGraphT Kuhn–Munkres at the sizes where it finishes in reasonable time. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(value = 1, jvmArgs = {"-Xmx3g"})
  public static class AssignmentJGraphTBenchmark {
    @Param({"500", "1000"})
    public int n;

    @Param({"uniform", "int100"})
    public String costs;

    Graph<Integer, DefaultWeightedEdge> graph;
    Set<Integer> left;
    Set<Integer> right;

    /** Builds the complete bipartite graph, outside the timed region. */
    @Setup(Level.Trial)
    public void setUp() {
      long[] c = matrix(n, costs, 42L);
      graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
      left = new HashSet<>();
      right = new HashSet<>();
      for (int i = 0; i < n; i++) {
        graph.addVertex(i);
        graph.addVertex(n + i);
        left.add(i);
        right.add(n + i);
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          graph.setEdgeWeight(graph.addEdge(i, n + j), c[i * n + j]);
        }
      }
    }

    /** JGraphT's Hungarian algorithm. */
    @Benchmark
    public double jgraphtKuhnMunkres() {
      return new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching().getWeight();
    }
  }
}
