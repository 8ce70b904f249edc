package org.alumnisdk.consent.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.notice.NoticeType;
import org.alumnisdk.consent.purpose.Purpose;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentLedgerTest {
  static final TenantId T = TenantId.of("acme");
  static final AlumnusId A = AlumnusId.of("a-1");
  static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");
  static final NoticeRef REF = NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja");

  static ConsentEvent given(String id, Instant at) {
    return ConsentEvent.given(T, id, A, PurposeId.MENTORING, at, ConsentMethod.CHECKBOX, "form", REF);
  }

  static ConsentEvent ev(String id, ConsentEventType type, Instant at) {
    return ConsentEvent.of(T, id, A, PurposeId.MENTORING, type, at, ConsentActor.SELF,
        ConsentMethod.CHECKBOX, "form");
  }

  @Test
  @DisplayName("27560 6.3.7: state as of an instant follows requested -> given -> withdrawn -> renewed")
  void stateAsOf() {
    ConsentLedger l = ConsentLedger.inMemory();
    l.append(ev("1", ConsentEventType.REQUESTED, T0));
    l.append(given("2", T0.plusSeconds(10)));
    l.append(ev("3", ConsentEventType.REQUESTED, T0.plusSeconds(15)));
    l.append(ev("4", ConsentEventType.WITHDRAWN, T0.plusSeconds(20)));
    l.append(ConsentEvent.given(T, "5", A, PurposeId.MENTORING, T0.plusSeconds(30),
        ConsentMethod.PAPER, "scan-7", REF).withActor(ConsentActor.LEGAL_REPRESENTATIVE));
    PurposeId m = PurposeId.MENTORING;
    assertThat(l.stateAt(T, A, m, T0.minusSeconds(1))).isEqualTo(ConsentState.UNKNOWN);
    assertThat(l.stateAt(T, A, m, T0)).isEqualTo(ConsentState.REQUESTED);
    assertThat(l.stateAt(T, A, m, T0.plusSeconds(10))).isEqualTo(ConsentState.GIVEN);
    assertThat(l.stateAt(T, A, m, T0.plusSeconds(16))).as("a new request does not end a consent held")
        .isEqualTo(ConsentState.GIVEN);
    assertThat(l.stateAt(T, A, m, T0.plusSeconds(20))).isEqualTo(ConsentState.WITHDRAWN);
    assertThat(l.stateAt(T, A, m, T0.plusSeconds(99))).isEqualTo(ConsentState.GIVEN);
    ConsentStatus s = l.statusAt(T, A, m, T0.plusSeconds(25));
    assertThat(s.decidingEvent()).map(ConsentEvent::eventId).contains("4");
    assertThat(l.history(T, A, m)).extracting(ConsentEvent::eventId).containsExactly("1", "2", "3", "4", "5");
  }

  @Test
  @DisplayName("Back-dated events (a paper form entered later) are folded at their own instant")
  void backDated() {
    ConsentLedger l = ConsentLedger.inMemory();
    l.append(ev("w", ConsentEventType.WITHDRAWN, T0.plusSeconds(100)));
    l.append(given("g", T0));
    assertThat(l.stateAt(T, A, PurposeId.MENTORING, T0.plusSeconds(50))).isEqualTo(ConsentState.GIVEN);
    assertThat(l.stateAt(T, A, PurposeId.MENTORING, T0.plusSeconds(100))).isEqualTo(ConsentState.WITHDRAWN);
  }

  @Test
  @DisplayName("Fail closed: a grant and a withdrawal at the same instant leave the consent withdrawn")
  void sameInstantTie() {
    ConsentLedger l = ConsentLedger.inMemory();
    l.append(ev("z-w", ConsentEventType.WITHDRAWN, T0));
    l.append(given("a-g", T0));
    assertThat(l.stateAt(T, A, PurposeId.MENTORING, T0)).isEqualTo(ConsentState.WITHDRAWN);
  }

  @Test
  @DisplayName("Append-only: an event id cannot be written twice; a grant must name the notice shown")
  void appendOnly() {
    ConsentLedger l = ConsentLedger.inMemory();
    l.append(given("1", T0));
    assertThatThrownBy(() -> l.append(ev("1", ConsentEventType.WITHDRAWN, T0.plusSeconds(1))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("append-only");
    assertThat(l.anchor(T).size()).isEqualTo(1);
    assertThatThrownBy(() -> new ConsentEvent(T, "x", A, PurposeId.MENTORING, ConsentEventType.GIVEN, T0,
        ConsentActor.SELF, ConsentMethod.CHECKBOX, "f", Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("event.notice");
    assertThatThrownBy(() -> given("y", T0).withActor(ConsentActor.OPERATOR))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("event.actor");
  }

  @Test
  @DisplayName("The canonical encoding round-trips every field")
  void codecRoundTrip() {
    ConsentEvent e = given("r", T0).withValidUntil(T0.plusSeconds(3600)).withActor(ConsentActor.AGENT);
    assertThat(EventCodec.decode(EventCodec.encode(e))).isEqualTo(e);
    ConsentEvent w = ev("q", ConsentEventType.INVALIDATED, T0.plusNanos(7));
    assertThat(EventCodec.decode(EventCodec.encode(w))).isEqualTo(w);
  }

  @Test
  @DisplayName("Hash chain: deletion, insertion and reordering are each detected at the first bad position")
  void structuralTampering() {
    for (String attack : List.of("delete", "insert", "swap")) {
      TamperableStore store = new TamperableStore(T);
      ConsentLedger l = new ConsentLedger(store);
      for (int i = 0; i < 6; i++) {
        l.append(i % 2 == 0 ? given("e" + i, T0.plusSeconds(i)) : ev("e" + i, ConsentEventType.WITHDRAWN, T0.plusSeconds(i)));
      }
      assertThat(l.verify(T).intact()).isTrue();
      switch (attack) {
        case "delete" -> store.records.remove(2);
        case "insert" -> store.records.add(3, store.records.get(1));
        default -> {
          var r = store.records.get(2);
          store.records.set(2, store.records.get(4));
          store.records.set(4, r);
        }
      }
      ChainVerification v = l.verify(T);
      assertThat(v).as(attack).isInstanceOf(ChainVerification.Broken.class);
      assertThat(((ChainVerification.Broken) v).position()).as(attack).isEqualTo(attack.equals("insert") ? 3 : 2);
    }
  }

  @Test
  @DisplayName("Hash chain: truncating the tail is caught against a published anchor")
  void truncationNeedsAnchor() {
    TamperableStore store = new TamperableStore(T);
    ConsentLedger l = new ConsentLedger(store);
    for (int i = 0; i < 4; i++) {
      l.append(given("e" + i, T0.plusSeconds(i)));
    }
    ChainAnchor anchor = l.anchor(T);
    assertThat(l.verify(T, anchor).intact()).isTrue();
    store.records.remove(3);
    assertThat(l.verify(T).intact()).as("a shorter chain is internally valid").isTrue();
    ChainVerification v = l.verify(T, anchor);
    assertThat(v).isEqualTo(new ChainVerification.Broken(3, "chain has 3 records, anchor says 4"));
  }

  @Test
  @DisplayName("Reopening a ledger over its store restores state and continues the chain")
  void replay() {
    InMemoryConsentLedgerStore store = new InMemoryConsentLedgerStore();
    ConsentLedger first = new ConsentLedger(store);
    first.append(given("1", T0));
    ChainAnchor before = first.anchor(T);
    ConsentLedger second = new ConsentLedger(store);
    assertThat(second.anchor(T)).isEqualTo(before);
    assertThat(second.stateAt(T, A, PurposeId.MENTORING, T0)).isEqualTo(ConsentState.GIVEN);
    second.append(ev("2", ConsentEventType.WITHDRAWN, T0.plusSeconds(5)));
    assertThat(second.verify(T).intact()).isTrue();
    assertThat(second.entriesOf(T, A)).extracting(LedgerEntry::position).containsExactly(0L, 1L);
  }

  @Test
  @DisplayName("ISO/IEC TS 27560: the receipt is valid JSON with the standard field names")
  @SuppressWarnings("unchecked")
  void receiptJson() {
    ConsentLedger l = ConsentLedger.inMemory();
    LedgerEntry entry = l.append(given("ev-1", T0).withValidUntil(T0.plusSeconds(86400)));
    Purpose p = StandardPurposes.all(T0).get(2);
    Notice n = Notice.of(T, StandardPurposes.PURPOSE_NOTICE, 1, NoticeType.COLLECTION_PURPOSE_NOTICE,
        "ja", "目的: \"メンタリング\"\n", List.of(PurposeId.MENTORING), T0);
    ConsentReceipt r = new ConsentReceipt("rc-1", T0.plusSeconds(1), entry, p, Optional.of(n),
        ReceiptSettings.japan("Acme KK", "privacy@acme.example", "Untick in the alumni portal"));
    Map<String, Object> json = (Map<String, Object>) MiniJsonParser.parse(r.toJson());
    assertThat(json).containsKeys("schema_version", "receipt_id", "record_id", "pii_principal_id",
        "privacy_notice", "language", "purposes", "pii_controllers", "collection_method",
        "jurisdiction", "withdrawal_method", "event", "ledger_proof");
    assertThat(json.get("record_id")).isEqualTo("ev-1");
    assertThat(json.get("pii_principal_id")).isEqualTo("a-1");
    assertThat(json.get("jurisdiction")).isEqualTo("JP");
    Map<String, Object> notice = (Map<String, Object>) json.get("privacy_notice");
    assertThat(notice.get("content_hash")).isEqualTo("sha256:" + Notice.sha256Hex("目的: \"メンタリング\"\n"));
    Map<String, Object> purpose = ((List<Map<String, Object>>) json.get("purposes")).get(0);
    assertThat(purpose).containsKeys("purpose", "purpose_type", "lawful_basis", "retention_period");
    assertThat(purpose.get("purpose")).isEqualTo("mentoring");
    Map<String, Object> event = (Map<String, Object>) json.get("event");
    assertThat(event).containsEntry("event_state", "dpv:ConsentGiven")
        .containsEntry("event_type", "dpv:ExpressedConsent")
        .containsEntry("validity_duration", "PT24H")
        .containsEntry("entity_id", "self")
        .containsEntry("event_time", "2026-02-01T00:00:00Z");
    Map<String, Object> proof = (Map<String, Object>) json.get("ledger_proof");
    assertThat(proof.get("hash")).isEqualTo(l.anchor(T).headHash());
  }
}
