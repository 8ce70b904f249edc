package org.alumnisdk.consent.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryNoticeShownStoreTest {
  static final TenantId T = TenantId.of("acme");
  static final AlumnusId A = AlumnusId.of("a-1");
  static final NoticeId N = StandardPurposes.PURPOSE_NOTICE;
  static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");

  @Test
  @DisplayName("highest version shown up to an instant matches a brute-force maximum, for appends in any time order")
  void highestVersionMatchesBruteForce() {
    for (long seed = 1; seed <= 10; seed++) {
      Random rnd = new Random(seed);
      InMemoryNoticeShownStore store = new InMemoryNoticeShownStore();
      List<NoticeShown> all = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        Instant at = T0.plusSeconds(rnd.nextInt(200)).plusNanos(rnd.nextInt(2) * 1000L);
        NoticeShown s = new NoticeShown(T, A, N, 1 + rnd.nextInt(6), "ja", at, NoticeChannel.EMAIL);
        store.append(s);
        all.add(s);
      }
      for (int q = -1; q <= 201; q++) {
        Instant at = T0.plusSeconds(q);
        int expected = all.stream().filter(s -> !s.shownAt().isAfter(at))
            .mapToInt(NoticeShown::version).max().orElse(0);
        assertThat(store.highestVersionShown(T, A, N, at)).as("seed %d at %d", seed, q)
            .isEqualTo(expected);
      }
      assertThat(store.highestVersionShown(TenantId.of("globex"), A, N, T0.plusSeconds(300))).isZero();
      assertThat(store.shownTo(T, A)).hasSize(300)
          .isSortedAccordingTo((x, y) -> x.shownAt().compareTo(y.shownAt()));
    }
  }
}
