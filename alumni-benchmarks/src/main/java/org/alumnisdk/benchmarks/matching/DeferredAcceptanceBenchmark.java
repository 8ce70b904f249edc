package org.alumnisdk.benchmarks.matching;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.matching.stable.DeferredAcceptance;
import org.alumnisdk.matching.stable.HrInstance;
import org.alumnisdk.matching.stable.HrMatching;
import org.alumnisdk.matching.stable.Side;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Deferred acceptance at programme scale: 100,000 mentees x 10,000 mentors (capacity 10 each),
 * every mentee lists 50 distinct random mentors; each mentor ranks the mentees that listed it in a
 * random order (so lists are consistent, 5,000,000 pairs). Run with {@code -Xmx512m}. No peer: JGraphT
 * and OR-Tools have no stable matching (matching.md §2).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-Xms512m"})
public class DeferredAcceptanceBenchmark {
  static final int MENTEES = 100_000;
  static final int MENTORS = 10_000;
  static final int LIST = 50;
  static final int CAPACITY = 10;

  int[][] menteeLists;
  int[][] mentorLists;
  int[] capacity;
  HrInstance instance;
  HrMatching menteeOptimal;

  /** Generates the lists from a fixed seed and builds the instance, outside the timed region. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(7L);
    menteeLists = new int[MENTEES][LIST];
    int[] count = new int[MENTORS];
    for (int e = 0; e < MENTEES; e++) {
      int[] l = menteeLists[e];
      for (int k = 0; k < LIST; k++) {
        int m;
        boolean dup;
        do {
          m = r.nextInt(MENTORS);
          dup = false;
          for (int q = 0; q < k; q++) {
            dup |= l[q] == m;
          }
        } while (dup);
        l[k] = m;
        count[m]++;
      }
    }
    mentorLists = new int[MENTORS][];
    for (int m = 0; m < MENTORS; m++) {
      mentorLists[m] = new int[count[m]];
    }
    int[] fill = new int[MENTORS];
    for (int e = 0; e < MENTEES; e++) {
      for (int m : menteeLists[e]) {
        mentorLists[m][fill[m]++] = e;
      }
    }
    for (int[] l : mentorLists) {
      for (int i = l.length - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        int t = l[i];
        l[i] = l[j];
        l[j] = t;
      }
    }
    capacity = new int[MENTORS];
    java.util.Arrays.fill(capacity, CAPACITY);
    instance = HrInstance.of(menteeLists, mentorLists, capacity);
    menteeOptimal = DeferredAcceptance.solve(instance, Side.MENTEES);
    if (menteeOptimal.countBlockingPairs(instance) != 0) {
      throw new IllegalStateException("unstable result");
    }
  }

  /** Mentee-proposing deferred acceptance. */
  @Benchmark
  public HrMatching solveMenteeOptimal() {
    return DeferredAcceptance.solve(instance, Side.MENTEES);
  }

  /** Mentor-proposing deferred acceptance. */
  @Benchmark
  public HrMatching solveMentorOptimal() {
    return DeferredAcceptance.solve(instance, Side.MENTORS);
  }

  /** Blocking-pair verification of the mentee-optimal result, O(total list length). */
  @Benchmark
  public long verifyBlockingPairs() {
    return menteeOptimal.countBlockingPairs(instance);
  }

  /** Building the instance (checks, mutual-acceptability join, rank tables) from the raw lists. */
  @Benchmark
  public HrInstance buildInstance() {
    return HrInstance.of(menteeLists, mentorLists, capacity);
  }
}
