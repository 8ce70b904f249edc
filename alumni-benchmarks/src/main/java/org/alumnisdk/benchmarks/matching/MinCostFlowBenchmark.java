package org.alumnisdk.benchmarks.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.matching.Objective;
import org.alumnisdk.matching.assignment.SparseCosts;
import org.alumnisdk.matching.flow.CapacitatedAssignment;
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
 * Capacitated min-cost assignment: 20,000 mentees, 2,000 mentors, 1,000,000 candidate arcs (50
 * distinct random mentors per mentee), integer scores 0..99, maximised; a mentee may stay unmatched
 * at score {@code unmatched}. Capacity profiles: {@code all10} (every mentor 10: supply = places)
 * and {@code 1to10} (uniform 1..10: about 11,000 places for 20,000 mentees). Peer: OR-Tools
 * {@code SimpleMinCostFlow} (cost scaling, native) on the same network, solve only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MinCostFlowBenchmark {
  static final int MENTEES = 20_000;
  static final int MENTORS = 2_000;
  static final int ARCS_PER_MENTEE = 50;

  @Param({"all10", "1to10"})
  public String capacities;

  /** Score of leaving a mentee unmatched: 0 (score only) or -1,000,000 (coverage first). */
  @Param({"0", "-1000000"})
  public int unmatched;

  SparseCosts costs;
  int[] capacity;
  int[] tail;
  int[] head;
  int[] score;
  MinCostFlow ortools;

  /** Generates the instance from a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    Loader.loadNativeLibraries();
    SplittableRandom r = new SplittableRandom(11L);
    capacity = new int[MENTORS];
    for (int m = 0; m < MENTORS; m++) {
      capacity[m] = "all10".equals(capacities) ? 10 : 1 + r.nextInt(10);
    }
    SparseCosts.Builder b = SparseCosts.builder(MENTEES, MENTORS);
    tail = new int[MENTEES * ARCS_PER_MENTEE];
    head = new int[tail.length];
    score = new int[tail.length];
    int a = 0;
    int[] stamp = new int[MENTORS];
    java.util.Arrays.fill(stamp, -1);
    for (int e = 0; e < MENTEES; e++) {
      for (int k = 0; k < ARCS_PER_MENTEE; k++) {
        int m;
        do {
          m = r.nextInt(MENTORS);
        } while (stamp[m] == e);
        stamp[m] = e;
        int s = r.nextInt(100);
        b.add(e, m, s);
        tail[a] = e;
        head[a] = m;
        score[a] = s;
        a++;
      }
    }
    costs = b.build();
    CapacitatedAssignment.Result res = CapacitatedAssignment.solve(costs, capacity, Objective.MAXIMISE, unmatched);
    if (!res.verify(costs, capacity).ok()) {
      throw new IllegalStateException("certificate does not verify: " + res.verify(costs, capacity));
    }
  }

  /** OR-Tools network with every arc, outside the timed region: mentee -> mentor, mentee -> sink, mentor -> sink. */
  @Setup(Level.Invocation)
  public void buildOrTools() {
    ortools = new MinCostFlow();
    int sink = MENTEES + MENTORS;
    for (int k = 0; k < tail.length; k++) {
      ortools.addArcWithCapacityAndUnitCost(tail[k], MENTEES + head[k], 1, -score[k]);
    }
    for (int e = 0; e < MENTEES; e++) {
      ortools.addArcWithCapacityAndUnitCost(e, sink, 1, -unmatched);
      ortools.setNodeSupply(e, 1);
    }
    for (int m = 0; m < MENTORS; m++) {
      ortools.addArcWithCapacityAndUnitCost(MENTEES + m, sink, capacity[m], 0);
    }
    ortools.setNodeSupply(sink, -MENTEES);
  }

  /** Frees the native instance. */
  @TearDown(Level.Invocation)
  public void dropOrTools() {
    ortools.delete();
  }

  /** The SDK: successive shortest paths, one early-stopping Dijkstra per mentee. */
  @Benchmark
  public double alumniCapacitatedAssignment() {
    return CapacitatedAssignment.solve(costs, capacity, Objective.MAXIMISE, unmatched).objectiveValue();
  }

  /** OR-Tools SimpleMinCostFlow, solve only. */
  @Benchmark
  public long ortoolsMinCostFlow() {
    if (ortools.solve() != MinCostFlow.Status.OPTIMAL) {
      throw new IllegalStateException("OR-Tools did not solve");
    }
    return -ortools.getOptimalCost();
  }
}
