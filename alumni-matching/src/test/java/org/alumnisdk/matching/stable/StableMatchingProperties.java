package org.alumnisdk.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Deferred acceptance against brute-force enumeration of all matchings on tiny random
 * hospitals/residents instances with incomplete, non-reciprocal lists and capacities 0..2.
 */
class StableMatchingProperties {
  private static final long SEED = 20261125L;

  private record Inst(int[][] rp, int[][] hp, int[] cap) {}

  private static Inst random(long seed) {
    Random r = new Random(seed);
    int nr = 1 + r.nextInt(6);
    int nh = 1 + r.nextInt(3);
    int[][] rp = new int[nr][];
    for (int i = 0; i < nr; i++) {
      rp[i] = subset(r, nh);
    }
    int[][] hp = new int[nh][];
    int[] cap = new int[nh];
    for (int h = 0; h < nh; h++) {
      hp[h] = subset(r, nr);
      cap[h] = r.nextInt(3);
    }
    return new Inst(rp, hp, cap);
  }

  private static int[] subset(Random r, int n) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    java.util.Collections.shuffle(all, r);
    int k = r.nextInt(n + 1);
    return all.subList(0, k).stream().mapToInt(Integer::intValue).toArray();
  }

  private static int pos(int[] list, int x) {
    for (int k = 0; k < list.length; k++) {
      if (list[k] == x) {
        return k;
      }
    }
    return -1;
  }

  /** Blocking pairs by the textbook definition, on the raw lists (O(R·H), no shared code). */
  private static int bruteBlocking(Inst x, int[] match) {
    int nh = x.hp.length;
    int[] load = new int[nh];
    for (int h : match) {
      if (h >= 0) {
        load[h]++;
      }
    }
    int count = 0;
    for (int r = 0; r < match.length; r++) {
      for (int h = 0; h < nh; h++) {
        if (match[r] == h || pos(x.rp[r], h) < 0 || pos(x.hp[h], r) < 0 || x.cap[h] == 0) {
          continue;
        }
        boolean residentWants = match[r] < 0 || pos(x.rp[r], h) < pos(x.rp[r], match[r]);
        if (!residentWants) {
          continue;
        }
        boolean hospitalWants = load[h] < x.cap[h];
        for (int w = 0; w < match.length && !hospitalWants; w++) {
          if (match[w] == h && pos(x.hp[h], r) < pos(x.hp[h], w)) {
            hospitalWants = true;
          }
        }
        if (hospitalWants) {
          count++;
        }
      }
    }
    return count;
  }

  /** Every valid matching: mutually acceptable pairs within capacities. */
  private static List<int[]> allMatchings(Inst x) {
    List<int[]> out = new ArrayList<>();
    enumerate(x, 0, new int[x.rp.length], new int[x.hp.length], out);
    return out;
  }

  private static void enumerate(Inst x, int r, int[] match, int[] load, List<int[]> out) {
    if (r == match.length) {
      out.add(match.clone());
      return;
    }
    match[r] = -1;
    enumerate(x, r + 1, match, load, out);
    for (int h : x.rp[r]) {
      if (pos(x.hp[h], r) >= 0 && load[h] < x.cap[h]) {
        match[r] = h;
        load[h]++;
        enumerate(x, r + 1, match, load, out);
        load[h]--;
      }
    }
    match[r] = -1;
  }

  @Test
  void residentProposingIsStableAndResidentOptimalAndHospitalProposingIsHospitalOptimal() {
    qt().withFixedSeed(SEED).withExamples(800).forAll(longs().all()).checkAssert(s -> {
      Inst x = random(s);
      HrInstance in = HrInstance.of(x.rp, x.hp, x.cap);
      List<int[]> stable = allMatchings(x).stream().filter(m -> bruteBlocking(x, m) == 0).toList();
      assertThat(stable).isNotEmpty(); // Gale–Shapley: a stable matching always exists
      int[] ro = DeferredAcceptance.solve(in, Side.MENTEES).residentToHospital();
      int[] ho = DeferredAcceptance.solve(in, Side.MENTORS).residentToHospital();
      assertThat(bruteBlocking(x, ro)).isZero();
      assertThat(bruteBlocking(x, ho)).isZero();
      assertThat(stable).anyMatch(m -> Arrays.equals(m, ro)).anyMatch(m -> Arrays.equals(m, ho));
      for (int[] m : stable) {
        for (int r = 0; r < m.length; r++) {
          // resident-optimal: no stable matching gives r a better hospital; hospital-optimal: the worst
          if (m[r] >= 0) {
            assertThat(ro[r]).isNotNegative();
            assertThat(pos(x.rp[r], ro[r])).isLessThanOrEqualTo(pos(x.rp[r], m[r]));
            assertThat(pos(x.rp[r], ho[r])).isGreaterThanOrEqualTo(pos(x.rp[r], m[r]));
          }
        }
      }
      // rural hospitals theorem: same matched residents, and under-filled hospitals get the same set
      for (int[] m : stable) {
        assertThat(matchedSet(m)).isEqualTo(matchedSet(ro));
        for (int h = 0; h < x.hp.length; h++) {
          if (residentsOf(ro, h).size() < x.cap[h]) {
            assertThat(residentsOf(m, h)).isEqualTo(residentsOf(ro, h));
          }
        }
      }
    });
  }

  @Test
  void blockingPairCounterAgreesWithTheTextbookDefinitionOnArbitraryMatchings() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(longs().all()).checkAssert(s -> {
      Inst x = random(s);
      HrInstance in = HrInstance.of(x.rp, x.hp, x.cap);
      List<int[]> all = allMatchings(x);
      int[] m = all.get(new Random(s).nextInt(all.size()));
      HrMatching hm = new HrMatching(m, null);
      assertThat(hm.countBlockingPairs(in)).isEqualTo(bruteBlocking(x, m));
      assertThat(hm.verify(in).ok()).isEqualTo(bruteBlocking(x, m) == 0);
    });
  }

  @Test
  void resultDoesNotDependOnTheOrderOfResidents() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(longs().all()).checkAssert(s -> {
      Inst x = random(s);
      int nr = x.rp.length;
      int[] perm = subsetAll(new Random(~s), nr);
      int[][] rp2 = new int[nr][];
      for (int i = 0; i < nr; i++) {
        rp2[perm[i]] = x.rp[i];
      }
      int[][] hp2 = new int[x.hp.length][];
      for (int h = 0; h < x.hp.length; h++) {
        hp2[h] = Arrays.stream(x.hp[h]).map(r -> perm[r]).toArray();
      }
      int[] a = DeferredAcceptance.solve(HrInstance.of(x.rp, x.hp, x.cap), Side.MENTEES).residentToHospital();
      int[] b = DeferredAcceptance.solve(HrInstance.of(rp2, hp2, x.cap), Side.MENTEES).residentToHospital();
      for (int i = 0; i < nr; i++) {
        assertThat(b[perm[i]]).isEqualTo(a[i]);
      }
    });
  }

  private static int[] subsetAll(Random r, int n) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    java.util.Collections.shuffle(all, r);
    return all.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Set<Integer> matchedSet(int[] m) {
    Set<Integer> s = new HashSet<>();
    for (int r = 0; r < m.length; r++) {
      if (m[r] >= 0) {
        s.add(r);
      }
    }
    return s;
  }

  private static Set<Integer> residentsOf(int[] m, int h) {
    Set<Integer> s = new HashSet<>();
    for (int r = 0; r < m.length; r++) {
      if (m[r] == h) {
        s.add(r);
      }
    }
    return s;
  }
}
