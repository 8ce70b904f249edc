package org.alumnisdk.metrics.rfm;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MidRankPercentileProperties {
  private static final long SEED = 20261127L;

  @Test
  void matchesABruteForceCount() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(integers().between(0, 8)).ofSizeBetween(1, 40))
        .check(values -> {
          double[] v = values.stream().mapToDouble(Integer::doubleValue).toArray();
          double[] p = MidRankPercentile.of(v);
          for (int i = 0; i < v.length; i++) {
            int less = 0;
            int equal = 0;
            for (double w : v) {
              less += w < v[i] ? 1 : 0;
              equal += w == v[i] ? 1 : 0;
            }
            if (Math.abs(p[i] - (less + equal / 2.0) / v.length * 100) > 1e-9) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void quintileScoresDoNotDependOnInputOrderAndTiesShare() {
    qt().withFixedSeed(SEED).withExamples(200)
        .forAll(lists().of(integers().between(0, 30)).ofSizeBetween(1, 60))
        .check(values -> {
          RfmScorer s = new RfmScorer(new RfmConfig(365, 1, RfmBands.defaults(), RfmSegmentRule.cranExample()));
          int n = values.size();
          long[] r = new long[n];
          long[] f = new long[n];
          double[] m = new double[n];
          for (int i = 0; i < n; i++) {
            r[i] = values.get(i);
            f[i] = values.get(i);
            m[i] = values.get(i);
          }
          RfmScore[] a = s.score(r, f, m);
          List<Integer> idx = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            idx.add(i);
          }
          Collections.reverse(idx);
          long[] r2 = new long[n];
          long[] f2 = new long[n];
          double[] m2 = new double[n];
          for (int i = 0; i < n; i++) {
            r2[i] = r[idx.get(i)];
            f2[i] = f[idx.get(i)];
            m2[i] = m[idx.get(i)];
          }
          RfmScore[] b = s.score(r2, f2, m2);
          for (int i = 0; i < n; i++) {
            if (!a[idx.get(i)].equals(b[i])) {
              return false;
            }
            for (int j = 0; j < n; j++) {
              if (values.get(i).equals(values.get(j)) && !a[i].equals(a[j])) {
                return false;
              }
              // more recent (fewer days) never scores lower on R; more activity never lower on F
              if (r[i] < r[j] && a[i].recency() < a[j].recency()) {
                return false;
              }
              if (f[i] > f[j] && a[i].frequency() < a[j].frequency()) {
                return false;
              }
            }
          }
          return true;
        });
  }
}
