package org.alumnisdk.consent.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordBookProperties {
  private static final long SEED = 20261125L;
  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  @DisplayName("Art. 29/30: after any purges, exactly the records whose retention ended are gone")
  void purgeDeletesExactlyTheExpired() {
    qt().withFixedSeed(SEED).withExamples(200)
        .forAll(lists().of(integers().between(0, 2000)).ofSizeBetween(1, 20),
            lists().of(integers().between(0, 2000)).ofSizeBetween(1, 4),
            lists().of(integers().between(0, 2)).ofSizeBetween(20, 20))
        .checkAssert((days, purgeDays, methods) -> {
          MutableClock clock = new MutableClock(T0);
          RecordBook book = new RecordBook(new InMemoryStatutoryRecordStore(), RecordRetention.appi2022(), clock);
          List<String> ids = new ArrayList<>();
          List<Instant> until = new ArrayList<>();
          for (int i = 0; i < days.size(); i++) {
            Instant at = T0.plusSeconds(86_400L * days.get(i));
            RecordingMethod m = RecordingMethod.values()[methods.get(i)];
            book.keep(RecordBookTest.provision("p" + i, m, at, AlumnusId.of("a" + (i % 3))));
            ids.add("p" + i);
            // oracle: the law's periods written out, 1 year for contract records, else 3
            int years = m == RecordingMethod.CONTRACT_WITH_PERSON ? 1 : 3;
            until.add(at.atOffset(ZoneOffset.UTC).plusYears(years).toInstant());
          }
          Instant latestPurge = T0;
          for (int d : purgeDays) {
            Instant now = T0.plusSeconds(86_400L * 365 + 86_400L * d);
            if (now.isAfter(latestPurge)) {
              latestPurge = now;
            }
            clock.set(now);
            book.purge(RecordBookTest.T);
          }
          Set<String> remaining = new HashSet<>();
          book.all(RecordBookTest.T).forEach(k -> remaining.add(k.record().recordId()));
          for (int i = 0; i < ids.size(); i++) {
            boolean expired = !latestPurge.isBefore(until.get(i));
            assertThat(remaining.contains(ids.get(i))).as("record %s until %s, purged at %s", i, until.get(i), latestPurge)
                .isEqualTo(!expired);
          }
        });
  }
}
