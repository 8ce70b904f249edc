package org.alumnisdk.consent.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The anonymised export against a brute-force oracle: for every non-empty subset of the
 * quasi-identifier columns and every row, count the rows agreeing with it on that subset; the export
 * must pass exactly when no count is below k, and the refusal must name exactly the full-tuple
 * combinations below k.
 */
class KAnonymityProperties {
  private static final long SEED = 20261125L;
  private static final TenantId T = TenantId.of("acme");
  private static final List<String> COLS = List.of("birthYear", "prefecture", "department", "departureYear");

  @Test
  void exportPassesExactlyWhenEveryCombinationOfEverySubsetIsSharedByAtLeastK() {
    qt().withFixedSeed(SEED).withExamples(600).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      int n = r.nextInt(13);
      int qn = 1 + r.nextInt(COLS.size());
      List<String> qis = COLS.subList(0, qn);
      int k = 1 + r.nextInt(4);
      List<ResearchRecord> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String c : COLS) {
          q.put(c, Integer.toString(r.nextInt(1 + r.nextInt(3))));
        }
        rows.add(new ResearchRecord(T, AlumnusId.of("a-" + i), q, Map.of()));
      }
      AnonymisedExport out = ResearchExport.anonymise(T, rows, new AnonymisationSpec(qis, k, Map.of(), List.of()));

      boolean bruteOk = true;
      for (int mask = 1; mask < (1 << qn); mask++) {
        for (ResearchRecord a : rows) {
          int count = 0;
          for (ResearchRecord b : rows) {
            boolean same = true;
            for (int j = 0; j < qn; j++) {
              if ((mask & (1 << j)) != 0 && !Objects.equals(a.quasi().get(qis.get(j)), b.quasi().get(qis.get(j)))) {
                same = false;
              }
            }
            if (same) {
              count++;
            }
          }
          if (count < k) {
            bruteOk = false;
          }
        }
      }
      assertThat(out instanceof AnonymisedExport.Exported).as("seed %s", seed).isEqualTo(bruteOk);
      if (out instanceof AnonymisedExport.Refused refused) {
        Set<List<String>> expected = new HashSet<>();
        for (ResearchRecord a : rows) {
          int count = 0;
          for (ResearchRecord b : rows) {
            if (qis.stream().allMatch(c -> a.quasi().get(c).equals(b.quasi().get(c)))) {
              count++;
            }
          }
          if (count < k) {
            expected.add(qis.stream().map(a.quasi()::get).toList());
          }
        }
        Set<List<String>> named = new HashSet<>();
        refused.violations().forEach(v -> named.add(List.copyOf(v.values().values())));
        assertThat(named).isEqualTo(expected);
      } else if (out instanceof AnonymisedExport.Exported e) {
        assertThat(e.rows()).hasSize(n);
        // The multiset of exported rows equals the multiset of input quasi-identifier tuples.
        List<List<String>> in = new ArrayList<>();
        rows.forEach(a -> in.add(qis.stream().map(a.quasi()::get).toList()));
        assertThat(e.rows()).containsExactlyInAnyOrderElementsOf(in);
      }
    });
  }
}
