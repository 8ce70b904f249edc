package org.alumnisdk.testkit.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.consent.records.KeptRecord;
import org.alumnisdk.consent.records.ProvisionBasis;
import org.alumnisdk.consent.records.ProvisionRecord;
import org.alumnisdk.consent.records.ReceiptBasis;
import org.alumnisdk.consent.records.ReceiptRecord;
import org.alumnisdk.consent.records.RecordingMethod;
import org.alumnisdk.consent.spi.StatutoryRecordStore;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link StatutoryRecordStore}: both record kinds round trip exactly, {@code put}
 * replaces by id, {@code all} keeps insertion order, {@code delete} reports what it removed,
 * tenant scoping, and writes seen by a second instance over the same storage.
 *
 * @since 0.1.0
 */
public abstract class StatutoryRecordStoreContract {
  private static final TenantId A = TenantId.of("tenant-a");
  private static final TenantId B = TenantId.of("tenant-b");
  private static final AlumnusId P = AlumnusId.of("社員-0001");
  private static final AlumnusId Q = AlumnusId.of("a-2");
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.000123Z");

  /** Creates the contract. */
  protected StatutoryRecordStoreContract() {}

  /**
   * Creates a new, empty store under test.
   *
   * @return the store
   */
  protected abstract StatutoryRecordStore create();

  /**
   * A second instance over the same storage as {@code store}. The default returns {@code store}.
   *
   * @param store a store made by {@link #create()}
   * @return another instance over the same data
   */
  protected StatutoryRecordStore sameStorage(StatutoryRecordStore store) {
    return store;
  }

  private static KeptRecord provision(TenantId t, String id, Instant at) {
    return new KeptRecord(new ProvisionRecord(t, id, List.of(P, Q), ProvisionBasis.CONSENT_ART_27_1,
        "株式会社𠮷田人材", Optional.empty(), "JP", List.of("pd:Name", "pd:EmploymentHistory"),
        List.of("ev-1", "ev-2"), at, at.plusSeconds(30), RecordingMethod.PER_EVENT, at.plusSeconds(31)),
        at.plusSeconds(3L * 365 * 86_400), "APPI@2022-04-01");
  }

  private static KeptRecord receipt(TenantId t, String id, Instant at) {
    return new KeptRecord(new ReceiptRecord(t, id, List.of(P), ReceiptBasis.PROVIDER_CONSENT, "Globex KK",
        "東京都千代田区丸の内1-1", Optional.of("代表取締役"), "collected from the person with consent to provide",
        List.of("pd:Name"), at, at, RecordingMethod.PER_EVENT, at), at.plusSeconds(86_400), "APPI@2022-04-01");
  }

  @Test
  void bothKindsRoundTripExactly() {
    StatutoryRecordStore s = create();
    KeptRecord p = provision(A, "p-1", T0);
    KeptRecord r = receipt(A, "rc-1", T0.plusSeconds(5));
    s.put(p);
    s.put(r);
    assertThat(s.find(A, "p-1")).contains(p);
    assertThat(s.find(A, "rc-1")).contains(r);
    assertThat(s.find(A, "absent")).isEmpty();
  }

  @Test
  void putReplacesByIdAndAllKeepsInsertionOrder() {
    StatutoryRecordStore s = create();
    KeptRecord b = provision(A, "b", T0);
    KeptRecord a = receipt(A, "a", T0);
    KeptRecord c = provision(A, "c", T0);
    s.put(b);
    s.put(a);
    s.put(c);
    KeptRecord b2 = provision(A, "b", T0.plusSeconds(60));
    s.put(b2);
    assertThat(s.find(A, "b")).contains(b2);
    assertThat(s.all(A)).containsExactly(b2, a, c);
  }

  @Test
  void deleteReportsWhatItRemovedAndOnlyInItsTenant() {
    StatutoryRecordStore s = create();
    s.put(provision(A, "p-1", T0));
    s.put(provision(B, "p-1", T0));
    assertThat(s.delete(A, "p-1")).isTrue();
    assertThat(s.delete(A, "p-1")).isFalse();
    assertThat(s.find(A, "p-1")).isEmpty();
    assertThat(s.find(B, "p-1")).contains(provision(B, "p-1", T0));
    assertThat(s.all(A)).isEmpty();
  }

  @Test
  void aSecondInstanceSeesEveryWrite() {
    StatutoryRecordStore one = create();
    StatutoryRecordStore two = sameStorage(one);
    one.put(provision(A, "p-1", T0));
    assertThat(two.find(A, "p-1")).contains(provision(A, "p-1", T0));
    assertThat(two.delete(A, "p-1")).isTrue();
    assertThat(one.find(A, "p-1")).isEmpty();
    assertThat(one.all(B)).isEmpty();
  }
}
