package org.alumnisdk.testkit.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.notice.NoticeId;
import org.alumnisdk.consent.notice.NoticeType;
import org.alumnisdk.consent.spi.NoticeStore;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link NoticeStore}: exact texts (Japanese, characters outside the BMP, line
 * breaks), insert never overwrites, versions ordered by version then language in code-point order,
 * tenant scoping, inserts seen by a second instance over the same storage.
 *
 * @since 0.1.0
 */
public abstract class NoticeStoreContract {
  private static final TenantId A = TenantId.of("tenant-a");
  private static final TenantId B = TenantId.of("tenant-b");
  private static final NoticeId N = NoticeId.of("purpose-notice");
  private static final Instant T0 = Instant.parse("2026-04-01T00:00:00.000001Z");
  private static final String TEXT_JA =
      "利用目的：再雇用のご案内。\r\n共同利用先：𠮷田グループ各社 🍣\n\t末尾の空白 ";

  /** Creates the contract. */
  protected NoticeStoreContract() {}

  /**
   * Creates a new, empty store under test.
   *
   * @return the store
   */
  protected abstract NoticeStore create();

  /**
   * A second instance over the same storage as {@code store}. The default returns {@code store}.
   *
   * @param store a store made by {@link #create()}
   * @return another instance over the same data
   */
  protected NoticeStore sameStorage(NoticeStore store) {
    return store;
  }

  private static Notice notice(TenantId t, int version, String language, String text) {
    return Notice.of(t, N, version, NoticeType.COLLECTION_PURPOSE_NOTICE, language, text,
        List.of(PurposeId.REHIRE_OUTREACH, PurposeId.MENTORING), T0.plusSeconds(version));
  }

  @Test
  void textsRoundTripExactly() {
    NoticeStore s = create();
    Notice ja = notice(A, 1, "ja", TEXT_JA);
    String optOut = "第三者提供（オプトアウト）";
    Notice filed = new Notice(A, NoticeId.of("opt-out"), 1, NoticeType.OPT_OUT_NOTICE, "ja-JP", optOut,
        Notice.sha256Hex(optOut), List.of(PurposeId.REFERRAL_OUTREACH), T0,
        java.util.Optional.of(T0.plusSeconds(99)), java.util.Optional.of("PPC-2026-0001"));
    s.insert(ja);
    s.insert(filed);
    assertThat(s.find(A, N, 1, "ja")).contains(ja);
    assertThat(s.find(A, N, 1, "ja").orElseThrow().text()).isEqualTo(TEXT_JA);
    assertThat(s.find(A, NoticeId.of("opt-out"), 1, "ja-JP")).contains(filed);
    assertThat(s.find(A, N, 1, "en")).isEmpty();
    assertThat(s.find(A, N, 2, "ja")).isEmpty();
  }

  @Test
  void aSecondInsertOfOneKeyConflictsAndKeepsTheFirst() {
    NoticeStore s = create();
    Notice first = notice(A, 1, "ja", TEXT_JA);
    s.insert(first);
    assertThatThrownBy(() -> s.insert(notice(A, 1, "ja", "別の本文")))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(s.find(A, N, 1, "ja")).contains(first);
    assertThat(s.versions(A, N)).containsExactly(first);
  }

  @Test
  void versionsAreOrderedByVersionThenLanguage() {
    NoticeStore s = create();
    Notice v2ja = notice(A, 2, "ja", "二");
    Notice v1en = notice(A, 1, "en", "one");
    Notice v2en = notice(A, 2, "en", "two");
    Notice v1ja = notice(A, 1, "ja", "一");
    Notice v10en = notice(A, 10, "en", "ten");
    Notice v1enGB = notice(A, 1, "en-GB", "one (GB)");
    for (Notice n : List.of(v2ja, v10en, v1en, v2en, v1ja, v1enGB)) {
      s.insert(n);
    }
    assertThat(s.versions(A, N)).containsExactly(v1en, v1enGB, v1ja, v2en, v2ja, v10en);
    assertThat(s.versions(A, NoticeId.of("other"))).isEmpty();
  }

  @Test
  void tenantsAreApartAndASecondInstanceSeesInserts() {
    NoticeStore one = create();
    NoticeStore two = sameStorage(one);
    Notice a = notice(A, 1, "ja", "A社");
    Notice b = notice(B, 1, "ja", "B社");
    one.insert(a);
    two.insert(b);
    assertThat(two.find(A, N, 1, "ja")).contains(a);
    assertThat(one.find(B, N, 1, "ja")).contains(b);
    assertThat(one.versions(A, N)).containsExactly(a);
    assertThat(two.versions(B, N)).containsExactly(b);
    assertThatThrownBy(() -> two.insert(notice(A, 1, "ja", "late"))).isInstanceOf(ConcurrentUpdateException.class);
  }
}
