package org.alumnisdk.testkit.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.alumnisdk.consent.notice.NoticeChannel;
import org.alumnisdk.consent.notice.NoticeId;
import org.alumnisdk.consent.notice.NoticeShown;
import org.alumnisdk.consent.spi.NoticeShownStore;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.CodePointOrder;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link NoticeShownStore}: the highest version shown up to an instant equals a
 * brute-force maximum for appends in any time order (boundary inclusive, microseconds kept),
 * {@code shownTo} ordering, person and tenant scoping, appends seen by a second instance.
 *
 * @since 0.1.0
 */
public abstract class NoticeShownStoreContract {
  private static final TenantId A = TenantId.of("tenant-a");
  private static final TenantId B = TenantId.of("tenant-b");
  private static final AlumnusId P = AlumnusId.of("社員-0001");
  private static final AlumnusId Q = AlumnusId.of("a-2");
  private static final NoticeId N = NoticeId.of("purpose-notice");
  private static final NoticeId M = NoticeId.of("joint-use");
  private static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");

  /** Creates the contract. */
  protected NoticeShownStoreContract() {}

  /**
   * Creates a new, empty store under test.
   *
   * @return the store
   */
  protected abstract NoticeShownStore create();

  /**
   * A second instance over the same storage as {@code store}. The default returns {@code store}.
   *
   * @param store a store made by {@link #create()}
   * @return another instance over the same data
   */
  protected NoticeShownStore sameStorage(NoticeShownStore store) {
    return store;
  }

  private static final Comparator<NoticeShown> ORDER = Comparator.comparing(NoticeShown::shownAt)
      .thenComparing(s -> s.notice().value(), CodePointOrder.STRINGS)
      .thenComparingInt(NoticeShown::version);

  @Test
  void highestVersionShownMatchesABruteForceMaximum() {
    for (long seed = 1; seed <= 3; seed++) {
      Random rnd = new Random(seed);
      NoticeShownStore one = create();
      NoticeShownStore two = sameStorage(one);
      List<NoticeShown> all = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        Instant at = T0.plusSeconds(rnd.nextInt(60)).plusNanos(rnd.nextInt(3) * 1_000L);
        NoticeShown s = new NoticeShown(A, rnd.nextBoolean() ? P : Q, rnd.nextInt(4) == 0 ? M : N,
            1 + rnd.nextInt(5), "ja", at, NoticeChannel.values()[rnd.nextInt(NoticeChannel.values().length)]);
        (i % 2 == 0 ? one : two).append(s);
        all.add(s);
      }
      for (int q = -1; q <= 61; q++) {
        for (long micros : new long[] {0, 1, 2}) {
          Instant at = T0.plusSeconds(q).plusNanos(micros * 1_000L);
          for (AlumnusId who : List.of(P, Q)) {
            for (NoticeId notice : List.of(N, M)) {
              int expected = all.stream()
                  .filter(s -> s.alumnus().equals(who) && s.notice().equals(notice))
                  .filter(s -> !s.shownAt().isAfter(at))
                  .mapToInt(NoticeShown::version).max().orElse(0);
              assertThat(two.highestVersionShown(A, who, notice, at))
                  .as("seed %d, %s, %s at %s", seed, who, notice, at).isEqualTo(expected);
            }
          }
        }
      }
      for (AlumnusId who : List.of(P, Q)) {
        List<NoticeShown> expected = all.stream().filter(s -> s.alumnus().equals(who)).sorted(ORDER).toList();
        List<NoticeShown> actual = one.shownTo(A, who);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(actual).isSortedAccordingTo(ORDER);
      }
    }
  }

  @Test
  void anotherTenantOrPersonSeesNothing() {
    NoticeShownStore s = create();
    Instant at = T0.plusNanos(5_000);
    NoticeShown shown = new NoticeShown(A, P, N, 3, "en", at, NoticeChannel.WEB_FORM);
    s.append(shown);
    assertThat(s.highestVersionShown(A, P, N, at)).isEqualTo(3);
    assertThat(s.highestVersionShown(A, P, N, at.minusNanos(1_000))).isZero();
    assertThat(s.highestVersionShown(B, P, N, at.plusSeconds(1))).isZero();
    assertThat(s.highestVersionShown(A, Q, N, at.plusSeconds(1))).isZero();
    assertThat(s.shownTo(B, P)).isEmpty();
    assertThat(s.shownTo(A, P)).containsExactly(shown);
  }
}
