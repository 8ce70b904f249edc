package org.alumnisdk.consent.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordBookTest {
  static final TenantId T = TenantId.of("acme");
  static final AlumnusId A = AlumnusId.of("a-1");
  static final AlumnusId B = AlumnusId.of("b-2");
  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  final MutableClock clock = new MutableClock(T0);
  final RecordBook book =
      new RecordBook(new InMemoryStatutoryRecordStore(), RecordRetention.appi2022(), clock);

  static ProvisionRecord provision(String id, RecordingMethod method, Instant at, AlumnusId... who) {
    return new ProvisionRecord(T, id, List.of(who), ProvisionBasis.CONSENT_ART_27_1, "Acme Group Staffing KK",
        Optional.empty(), "JP", List.of("pd:Name", "pd:EmailAddress", "pd:EmploymentHistory"),
        List.of("ev-1"), at, at, method, at);
  }

  static ReceiptRecord receipt(String id, Instant at, AlumnusId who) {
    return new ReceiptRecord(T, id, List.of(who), ReceiptBasis.PROVIDER_CONSENT, "Globex KK",
        "1-1 Marunouchi, Chiyoda-ku, Tokyo", Optional.of("Representative Director"),
        "collected from the person with consent to provide", List.of("pd:Name"), at, at,
        RecordingMethod.PER_EVENT, at);
  }

  @Test
  @DisplayName("Art. 29(2) + Rules Art. 14: a per-provision record is kept 3 years from when it was made")
  void perEventThreeYears() {
    KeptRecord k = book.keep(provision("p1", RecordingMethod.PER_EVENT, T0, A));
    assertThat(k.retainUntil()).isEqualTo(Instant.parse("2029-03-01T00:00:00Z"));
    assertThat(k.ruleSet()).isEqualTo("APPI@2022-04-01");
  }

  @Test
  @DisplayName("Art. 29(2) + Rules Art. 14: a record kept in the contract with the person lasts 1 year from the last provision")
  void contractOneYear() {
    book.keep(provision("p2", RecordingMethod.CONTRACT_WITH_PERSON, T0, A));
    KeptRecord k = book.furtherProvision(T, "p2", Instant.parse("2026-09-01T00:00:00Z"));
    assertThat(k.retainUntil()).isEqualTo(Instant.parse("2027-09-01T00:00:00Z"));
  }

  @Test
  @DisplayName("Art. 30(4) + Rules Art. 18: receipt records follow the same configurable periods")
  void receiptRetentionConfigurable() {
    RecordRetention custom = new RecordRetention(Map.of(
        RecordingMethod.PER_EVENT, Period.ofYears(5),
        RecordingMethod.CONTINUOUS, Period.ofYears(3),
        RecordingMethod.CONTRACT_WITH_PERSON, Period.ofYears(1)), "APPI@2022-04-01+counsel");
    RecordBook b = new RecordBook(new InMemoryStatutoryRecordStore(), custom, clock);
    KeptRecord k = b.keep(receipt("r1", T0, A));
    assertThat(k.retainUntil()).isEqualTo(Instant.parse("2031-03-01T00:00:00Z"));
    assertThat(k.record().type().article()).isEqualTo("APPI@2022-04-01:Art.30");
    assertThatThrownBy(() -> new RecordRetention(Map.of(RecordingMethod.PER_EVENT, Period.ofYears(3)), "x"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("CONTINUOUS");
  }

  @Test
  @DisplayName("Art. 29: a purge never deletes a record before its retention ends, even after the profile is deleted")
  void purgeRespectsRetention() {
    book.keep(provision("p1", RecordingMethod.PER_EVENT, T0, A));
    book.keep(provision("p2", RecordingMethod.CONTRACT_WITH_PERSON, T0, A));
    assertThat(book.onProfileDeleted(T, A)).hasSize(2);
    clock.set(Instant.parse("2027-02-28T23:59:59Z"));
    assertThat(book.purge(T).deleted()).isEmpty();
    clock.set(Instant.parse("2027-03-01T00:00:00Z"));
    PurgeReport r = book.purge(T);
    assertThat(r.deleted()).containsExactly("p2");
    assertThat(r.kept()).isEqualTo(1);
    assertThat(r.nextDeletableAt()).contains(Instant.parse("2029-03-01T00:00:00Z"));
    assertThat(book.provisionsAbout(T, A)).extracting(k -> k.record().recordId()).containsExactly("p1");
  }

  @Test
  @DisplayName("Art. 33(5): provision records about a person are read by person, and only in their tenant")
  void readByPerson() {
    book.keep(provision("p1", RecordingMethod.PER_EVENT, T0, A, B));
    book.keep(provision("p2", RecordingMethod.PER_EVENT, T0, B));
    book.keep(receipt("r1", T0, A));
    assertThat(book.provisionsAbout(T, A)).extracting(k -> k.record().recordId()).containsExactly("p1");
    assertThat(book.provisionsAbout(T, B)).hasSize(2);
    assertThat(book.receiptsAbout(T, A)).extracting(k -> k.record().recordId()).containsExactly("r1");
    assertThat(book.provisionsAbout(TenantId.of("globex"), A)).isEmpty();
  }

  @Test
  @DisplayName("Art. 29: records are never overwritten; a consent-based record must name its consents")
  void integrity() {
    book.keep(provision("p1", RecordingMethod.PER_EVENT, T0, A));
    assertThatThrownBy(() -> book.keep(provision("p1", RecordingMethod.PER_EVENT, T0, B)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("not overwritten");
    assertThatThrownBy(() -> new ProvisionRecord(T, "p3", List.of(A), ProvisionBasis.CONSENT_ART_27_1,
        "X KK", Optional.empty(), "JP", List.of("pd:Name"), List.of(), T0, T0, RecordingMethod.PER_EVENT, T0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("consentEventIds");
  }

  @Test
  @DisplayName("Art. 27(2) + Art. 29: an opt-out provision record needs the recipient's address")
  void optOutNeedsAddress() {
    assertThatThrownBy(() -> new ProvisionRecord(T, "p4", List.of(A), ProvisionBasis.OPT_OUT_ART_27_2,
        "Broker KK", Optional.empty(), "JP", List.of("pd:Name"), List.of(), T0, T0,
        RecordingMethod.PER_EVENT, T0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("recipientAddress");
  }

  @Test
  @DisplayName("Art. 30(1): the receipt record's text form omits the representative's name")
  void receiptToStringOmitsRepresentative() {
    assertThat(receipt("r1", T0, A).toString()).doesNotContain("Representative Director");
  }
}
