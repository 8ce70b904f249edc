package org.alumnisdk.matching.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Irving's algorithm against brute-force enumeration of every matching, n <= 8, incomplete lists. */
class StableRoommatesProperties {
  private static final long SEED = 20261125L;

  private static int[][] random(long seed) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(8);
    boolean complete = r.nextBoolean();
    int[][] p = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Integer> others = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (j != i) {
          others.add(j);
        }
      }
      Collections.shuffle(others, r);
      int k = complete ? others.size() : r.nextInt(others.size() + 1);
      p[i] = others.subList(0, k).stream().mapToInt(Integer::intValue).toArray();
    }
    return p;
  }

  private static int pos(int[] l, int x) {
    for (int k = 0; k < l.length; k++) {
      if (l[k] == x) {
        return k;
      }
    }
    return -1;
  }

  private static boolean acceptable(int[][] p, int a, int b) {
    return pos(p[a], b) >= 0 && pos(p[b], a) >= 0;
  }

  private static boolean stable(int[][] p, int[] partner) {
    int n = p.length;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (partner[a] == b || !acceptable(p, a, b)) {
          continue;
        }
        boolean aw = partner[a] < 0 || pos(p[a], b) < pos(p[a], partner[a]);
        boolean bw = partner[b] < 0 || pos(p[b], a) < pos(p[b], partner[b]);
        if (aw && bw) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean anyStable(int[][] p, int[] partner, int i) {
    int n = p.length;
    while (i < n && partner[i] != -2) {
      i++;
    }
    if (i == n) {
      return stable(p, partner);
    }
    partner[i] = -1;
    if (anyStable(p, partner, i + 1)) {
      return true;
    }
    for (int j = i + 1; j < n; j++) {
      if (partner[j] == -2 && acceptable(p, i, j)) {
        partner[i] = j;
        partner[j] = i;
        if (anyStable(p, partner, i + 1)) {
          return true;
        }
        partner[j] = -2;
      }
    }
    partner[i] = -2;
    return false;
  }

  @Test
  void irvingFindsAStableMatchingExactlyWhenOneExists() {
    qt().withFixedSeed(SEED).withExamples(2000).forAll(longs().all()).checkAssert(s -> {
      int[][] p = random(s);
      int[] blank = new int[p.length];
      java.util.Arrays.fill(blank, -2);
      boolean exists = anyStable(p, blank, 0);
      RoommatesOutcome out = StableRoommates.solve(p);
      if (out instanceof RoommatesOutcome.Stable st) {
        int[] partner = st.partner();
        for (int i = 0; i < p.length; i++) {
          if (partner[i] >= 0) {
            assertThat(partner[partner[i]]).isEqualTo(i);
            assertThat(acceptable(p, i, partner[i])).isTrue();
          }
        }
        assertThat(stable(p, partner)).isTrue();
      } else {
        assertThat(exists).as("Irving says none exists").isFalse();
      }
    });
  }
}
