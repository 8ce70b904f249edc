package org.alumnisdk.consent.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.alumnisdk.core.PurposeId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own JVM with a 256 MB heap (surefire execution {@code bounded-heap} of this module):
 * a backfill in reverse time order must use O(n) memory, where the old array-doubling index ran
 * out of a 1 GiB heap after 23 such appends.
 */
@Tag("bounded-heap")
class ReverseBackfillHeapTest {
  static final int N = 100_000;

  @Test
  @DisplayName("100,000 events for one alumnus and purpose, appended newest first, fit in 256 MB and fold correctly")
  void reverseBackfillInBoundedHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThanOrEqualTo(256L << 20);
    ConsentLedger ledger = ConsentLedger.inMemory();
    for (int i = N - 1; i >= 0; i--) {
      Instant at = ConsentLedgerTest.T0.plusSeconds(i);
      ledger.append(i % 2 == 0 ? ConsentLedgerTest.given("g" + i, at)
          : ConsentLedgerTest.ev("w" + i, ConsentEventType.WITHDRAWN, at));
    }
    // the event at second i is a GIVEN when i is even, a WITHDRAWN when i is odd
    for (int i = 0; i < N; i += 997) {
      Instant at = ConsentLedgerTest.T0.plusSeconds(i).plusMillis(500);
      assertThat(ledger.stateAt(ConsentLedgerTest.T, ConsentLedgerTest.A, PurposeId.MENTORING, at))
          .as("at second %d", i).isEqualTo(i % 2 == 0 ? ConsentState.GIVEN : ConsentState.WITHDRAWN);
    }
    assertThat(ledger.stateAt(ConsentLedgerTest.T, ConsentLedgerTest.A, PurposeId.MENTORING,
        ConsentLedgerTest.T0.minusSeconds(1))).isEqualTo(ConsentState.UNKNOWN);
    assertThat(ledger.history(ConsentLedgerTest.T, ConsentLedgerTest.A, PurposeId.MENTORING)).hasSize(N);
    assertThat(ledger.verify(ConsentLedgerTest.T).intact()).isTrue();
  }
}
