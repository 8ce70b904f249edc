package org.alumnisdk.matching.stable.spa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * SPA-student against brute force on random small instances (at most 5 students, 4 projects, 3
 * supervisors; incomplete student lists; supervisor lists that may leave out students; project
 * capacities 1..2 and supervisor capacities 1..3, so a supervisor may be smaller than a project).
 * The oracle enumerates every valid matching and tests stability with its own reading of the
 * blocking-pair definition of matching.md §1.2 (SA row, conditions a, b, c), sharing no code with
 * the library.
 */
class SpaStudentProperties {
  private static final long SEED = 20261125L;

  /** Raw instance: lists of indexes, most preferred first. */
  private record Inst(int[][] sp, int[] pcap, int[] psup, int[] lcap, int[][] lp) {
    int ns() {
      return sp.length;
    }

    int np() {
      return pcap.length;
    }

    int nl() {
      return lcap.length;
    }
  }

  private static Inst random(long seed) {
    Random r = new Random(seed);
    // "tight" instances (3..5 students, 3..4 single-place projects, complete student lists, 3
    // supervisors with room for all their projects) are close to stable marriage and often have
    // several stable matchings, which gives the student-optimality check something to compare
    boolean tight = r.nextBoolean();
    int np = tight ? 3 + r.nextInt(2) : 1 + r.nextInt(4);
    int ns = tight ? np + r.nextInt(2) : 1 + r.nextInt(5);
    int nl = tight ? 3 : 1 + r.nextInt(3);
    int[][] sp = new int[ns][];
    for (int s = 0; s < ns; s++) {
      sp[s] = subset(r, np, tight ? np : 1 + r.nextInt(np));
    }
    int[] pcap = new int[np];
    int[] psup = new int[np];
    int[] offered = new int[nl];
    for (int p = 0; p < np; p++) {
      pcap[p] = tight ? 1 : 1 + r.nextInt(2);
      psup[p] = tight && p < nl ? p : r.nextInt(nl);
      offered[psup[p]]++;
    }
    int[] lcap = new int[nl];
    int[][] lp = new int[nl][];
    for (int l = 0; l < nl; l++) {
      lcap[l] = tight ? offered[l] : 1 + r.nextInt(3);
      lp[l] = subset(r, ns, !tight && r.nextInt(4) == 0 ? r.nextInt(ns + 1) : ns);
    }
    return new Inst(sp, pcap, psup, lcap, lp);
  }

  /** A random ordered subset of {@code 0..n-1} of size {@code k}. */
  private static int[] subset(Random r, int n, int k) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    Collections.shuffle(all, r);
    return all.subList(0, k).stream().mapToInt(Integer::intValue).toArray();
  }

  private static SpaInstance toInstance(Inst x, int[] studentOrder) {
    List<SpaInstance.Student> students = new ArrayList<>();
    for (int s : studentOrder) {
      students.add(new SpaInstance.Student("s" + s, Arrays.stream(x.sp[s]).mapToObj(p -> "p" + p).toList()));
    }
    List<SpaInstance.Project> projects = new ArrayList<>();
    for (int p = 0; p < x.np(); p++) {
      projects.add(SpaInstance.project("p" + p, x.pcap[p], "l" + x.psup[p]));
    }
    List<SpaInstance.Supervisor> supervisors = new ArrayList<>();
    for (int l = 0; l < x.nl(); l++) {
      supervisors.add(new SpaInstance.Supervisor("l" + l, x.lcap[l],
          Arrays.stream(x.lp[l]).mapToObj(s -> "s" + s).toList()));
    }
    return SpaInstance.of(students, projects, supervisors);
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  private static int pos(int[] list, int v) {
    for (int k = 0; k < list.length; k++) {
      if (list[k] == v) {
        return k;
      }
    }
    return -1;
  }

  private static boolean acceptable(Inst x, int s, int p) {
    return pos(x.sp[s], p) >= 0 && pos(x.lp[x.psup[p]], s) >= 0;
  }

  /** Every matching of acceptable pairs within project and supervisor capacities. */
  private static List<int[]> allMatchings(Inst x) {
    List<int[]> out = new ArrayList<>();
    int[] m = new int[x.ns()];
    enumerate(x, 0, m, new int[x.np()], new int[x.nl()], out);
    return out;
  }

  private static void enumerate(Inst x, int s, int[] m, int[] loadP, int[] loadL, List<int[]> out) {
    if (s == m.length) {
      out.add(m.clone());
      return;
    }
    m[s] = -1;
    enumerate(x, s + 1, m, loadP, loadL, out);
    for (int p = 0; p < x.np(); p++) {
      int l = x.psup[p];
      if (acceptable(x, s, p) && loadP[p] < x.pcap[p] && loadL[l] < x.lcap[l]) {
        m[s] = p;
        loadP[p]++;
        loadL[l]++;
        enumerate(x, s + 1, m, loadP, loadL, out);
        loadP[p]--;
        loadL[l]--;
      }
    }
    m[s] = -1;
  }

  /** Blocking pairs as "s p condition" strings, straight from the definition. */
  private static Set<String> bruteBlocking(Inst x, int[] m) {
    Set<String> out = new HashSet<>();
    for (int s = 0; s < x.ns(); s++) {
      for (int p = 0; p < x.np(); p++) {
        if (!acceptable(x, s, p) || m[s] == p) {
          continue;
        }
        boolean studentWants = m[s] < 0 || pos(x.sp[s], p) < pos(x.sp[s], m[s]);
        if (!studentWants) {
          continue;
        }
        int l = x.psup[p];
        int rankS = pos(x.lp[l], s);
        List<Integer> onP = new ArrayList<>();
        List<Integer> onL = new ArrayList<>();
        for (int t = 0; t < x.ns(); t++) {
          if (m[t] == p) {
            onP.add(t);
          }
          if (m[t] >= 0 && x.psup[m[t]] == l) {
            onL.add(t);
          }
        }
        boolean pUnder = onP.size() < x.pcap[p];
        boolean lUnder = onL.size() < x.lcap[l];
        boolean beatsWorstOfL = onL.stream().anyMatch(t -> pos(x.lp[l], t) > rankS);
        boolean beatsWorstOfP = onP.stream().anyMatch(t -> pos(x.lp[l], t) > rankS);
        String c = null;
        if (pUnder && lUnder) {
          c = "A";
        } else if (pUnder && (onL.contains(s) || beatsWorstOfL)) {
          c = "B";
        } else if (!pUnder && beatsWorstOfP) {
          c = "C";
        }
        if (c != null) {
          out.add(s + " " + p + " " + c);
        }
      }
    }
    return out;
  }

  /** The library's matching as an index array. */
  private static int[] asArray(Inst x, SpaMatching m) {
    int[] out = new int[x.ns()];
    for (int s = 0; s < x.ns(); s++) {
      out[s] = m.projectOf("s" + s).map(p -> Integer.parseInt(p.substring(1))).orElse(-1);
    }
    return out;
  }

  private static Set<String> libraryBlocking(SpaMatching m) {
    Set<String> out = new HashSet<>();
    for (SpaBlockingPair b : m.blockingPairs()) {
      out.add(b.student().substring(1) + " " + b.project().substring(1) + " " + b.condition().name().charAt(0));
    }
    return out;
  }

  @Test
  void resultIsValidStableAndStudentOptimal() {
    AtomicInteger severalStable = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      Inst x = random(seed);
      SpaMatching result = SpaStudent.solve(toInstance(x, identity(x.ns())));
      int[] res = asArray(x, result);
      // valid: acceptable pairs, capacities respected
      int[] loadP = new int[x.np()];
      int[] loadL = new int[x.nl()];
      for (int s = 0; s < x.ns(); s++) {
        if (res[s] >= 0) {
          assertThat(acceptable(x, s, res[s])).isTrue();
          loadP[res[s]]++;
          loadL[x.psup[res[s]]]++;
        }
      }
      for (int p = 0; p < x.np(); p++) {
        assertThat(loadP[p]).isLessThanOrEqualTo(x.pcap[p]);
      }
      for (int l = 0; l < x.nl(); l++) {
        assertThat(loadL[l]).isLessThanOrEqualTo(x.lcap[l]);
      }
      // stable by the independent check, and the library agrees
      assertThat(bruteBlocking(x, res)).isEmpty();
      assertThat(result.blockingPairs()).isEmpty();
      assertThat(result.verify().ok()).isTrue();
      // student-optimal: no stable matching gives any student a better project
      List<int[]> stable = allMatchings(x).stream().filter(m -> bruteBlocking(x, m).isEmpty()).toList();
      assertThat(stable).anyMatch(m -> Arrays.equals(m, res));
      if (stable.size() > 1) {
        severalStable.incrementAndGet();
      }
      for (int[] m : stable) {
        for (int s = 0; s < x.ns(); s++) {
          if (m[s] >= 0) {
            assertThat(res[s]).as("student %d is matched in some stable matching", s).isNotNegative();
            assertThat(pos(x.sp[s], res[s])).isLessThanOrEqualTo(pos(x.sp[s], m[s]));
          }
        }
        // Abraham, Irving & Manlove 2007: the same students are unassigned in every stable matching,
        // and each supervisor has the same number of students
        for (int s = 0; s < x.ns(); s++) {
          assertThat(m[s] >= 0).isEqualTo(res[s] >= 0);
        }
        for (int l = 0; l < x.nl(); l++) {
          int sup = l;
          assertThat(Arrays.stream(m).filter(p -> p >= 0 && x.psup[p] == sup).count())
              .isEqualTo(loadL[l]);
        }
      }
    });
    // the optimality check above is only a test where there is a choice of stable matchings
    assertThat(severalStable.get()).isGreaterThan(250);
  }

  @Test
  void blockingPairsAgreeWithTheDefinitionOnEveryValidMatching() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Inst x = random(seed);
      SpaInstance in = toInstance(x, identity(x.ns()));
      for (int[] m : allMatchings(x)) {
        Map<String, String> assignment = new LinkedHashMap<>();
        for (int s = 0; s < x.ns(); s++) {
          if (m[s] >= 0) {
            assignment.put("s" + s, "p" + m[s]);
          }
        }
        SpaMatching sm = SpaMatching.of(in, assignment);
        Set<String> expected = bruteBlocking(x, m);
        assertThat(libraryBlocking(sm)).isEqualTo(expected);
        assertThat(sm.blockingPairs()).hasSize(expected.size());
        assertThat(sm.verify().ok()).isEqualTo(expected.isEmpty());
      }
    });
  }

  @Test
  void resultDoesNotDependOnTheOrderOfStudents() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      Inst x = random(seed);
      int[] order = subset(new Random(~seed), x.ns(), x.ns());
      SpaMatching a = SpaStudent.solve(toInstance(x, identity(x.ns())));
      SpaMatching b = SpaStudent.solve(toInstance(x, order));
      assertThat(asArray(x, b)).containsExactly(asArray(x, a));
    });
  }
}
