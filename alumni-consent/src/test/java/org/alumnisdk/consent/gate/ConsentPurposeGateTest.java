package org.alumnisdk.consent.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.consent.spi.RightsStore;
import org.alumnisdk.consent.ledger.ConsentActor;
import org.alumnisdk.consent.ledger.ConsentEvent;
import org.alumnisdk.consent.ledger.ConsentEventType;
import org.alumnisdk.consent.ledger.ConsentLedger;
import org.alumnisdk.consent.ledger.ConsentMethod;
import org.alumnisdk.consent.ledger.InMemoryConsentLedgerStore;
import org.alumnisdk.consent.spi.ConsentLedgerStore;
import org.alumnisdk.consent.spi.LedgerRecord;
import org.alumnisdk.consent.ledger.NoticeRef;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.notice.NoticeChannel;
import org.alumnisdk.consent.notice.NoticeRegistry;
import org.alumnisdk.consent.notice.NoticeShown;
import org.alumnisdk.consent.notice.NoticeType;
import org.alumnisdk.consent.purpose.ChangeClassification;
import org.alumnisdk.consent.purpose.Purpose;
import org.alumnisdk.consent.purpose.PurposeCatalogue;
import org.alumnisdk.consent.purpose.PurposeChange;
import org.alumnisdk.consent.purpose.PurposeEnd;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentPurposeGateTest {
  static final TenantId T = TenantId.of("acme");
  static final TenantId OTHER = TenantId.of("globex");
  static final AlumnusId A = AlumnusId.of("a-1");
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant SHOWN = Instant.parse("2026-02-01T09:00:00Z");
  static final Instant GIVEN = Instant.parse("2026-02-01T09:05:00Z");
  static final Instant LATER = Instant.parse("2026-03-01T00:00:00Z");

  PurposeCatalogue catalogue;
  NoticeRegistry notices;
  ConsentLedger ledger;
  ConsentPurposeGate gate;
  int ids;

  @BeforeEach
  void setUp() {
    catalogue = new PurposeCatalogue();
    notices = new NoticeRegistry();
    ledger = ConsentLedger.inMemory();
    gate = new ConsentPurposeGate(catalogue, ledger, notices, RightsStore.inMemory());
    for (TenantId t : List.of(T, OTHER)) {
      StandardPurposes.all(T0).forEach(p -> catalogue.register(t, p));
      notices.publish(
          Notice.of(t, StandardPurposes.PURPOSE_NOTICE, 1, NoticeType.COLLECTION_PURPOSE_NOTICE, "ja",
              "利用目的: リファラル採用のご案内、再雇用のご案内、メンタリング、活動分析", List.of(), T0));
    }
  }

  void show(TenantId t, int version, Instant at) {
    notices.recordShown(
        new NoticeShown(t, A, StandardPurposes.PURPOSE_NOTICE, version, "ja", at, NoticeChannel.WEB_FORM));
  }

  void give(TenantId t, PurposeId p, Instant at) {
    ledger.append(ConsentEvent.given(t, "e" + (++ids), A, p, at, ConsentMethod.CHECKBOX, "form-1",
        NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja")));
  }

  void event(TenantId t, PurposeId p, ConsentEventType type, Instant at) {
    ledger.append(ConsentEvent.of(t, "e" + (++ids), A, p, type, at, ConsentActor.SELF,
        ConsentMethod.CHECKBOX, "form-2"));
  }

  @Test
  @DisplayName("Art. 17(1): a purpose not in the tenant's catalogue is denied, naming the purpose")
  void unknownPurpose() {
    PurposeCheck c = gate.evaluate(T, A, PurposeId.of("newsletter"), LATER);
    assertThat(c).isInstanceOf(PurposeCheck.Denied.class);
    assertThat(((PurposeCheck.Denied) c).missing()).isEqualTo(MissingFact.PURPOSE_NOT_IN_CATALOGUE);
    assertThat(c.reason()).contains("newsletter").contains("Art.17(1)");
  }

  @Test
  @DisplayName("Art. 21(2): consent without the collection-time purpose notice shown is denied")
  void noticeMissing() {
    give(T, PurposeId.REFERRAL_OUTREACH, GIVEN);
    PurposeCheck c = gate.evaluate(T, A, PurposeId.REFERRAL_OUTREACH, LATER);
    assertThat(((PurposeCheck.Denied) c).missing()).isEqualTo(MissingFact.NOTICE_NOT_SHOWN);
    assertThat(c.reason()).contains("alumni-purpose-notice").contains("Art.21");
  }

  @Test
  @DisplayName("Art. 18(1): a purpose needing consent is denied without it and allowed once given")
  void consentNeeded() {
    show(T, 1, SHOWN);
    PurposeCheck before = gate.evaluate(T, A, PurposeId.REHIRE_OUTREACH, LATER);
    assertThat(((PurposeCheck.Denied) before).missing()).isEqualTo(MissingFact.CONSENT_NOT_HELD);
    assertThat(before.reason()).contains("Art.18(1)").contains("UNKNOWN");

    give(T, PurposeId.REHIRE_OUTREACH, GIVEN);
    assertThat(gate.check(T, A, PurposeId.REHIRE_OUTREACH, LATER).allowed()).isTrue();
    assertThat(gate.check(T, A, PurposeId.REHIRE_OUTREACH, GIVEN.minusSeconds(1)).allowed()).isFalse();
    // one consent per purpose: rehire consent does not cover referral outreach
    assertThat(gate.check(T, A, PurposeId.REFERRAL_OUTREACH, LATER).allowed()).isFalse();
  }

  @Test
  @DisplayName("Art. 18(1): after a withdrawal the consent no longer covers the purpose from that instant")
  void withdrawal() {
    show(T, 1, SHOWN);
    give(T, PurposeId.MENTORING, GIVEN);
    Instant w = Instant.parse("2026-02-10T00:00:00Z");
    event(T, PurposeId.MENTORING, ConsentEventType.WITHDRAWN, w);
    assertThat(gate.check(T, A, PurposeId.MENTORING, w.minusNanos(1)).allowed()).isTrue();
    GateDecision d = gate.check(T, A, PurposeId.MENTORING, w);
    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).contains("WITHDRAWN").contains("dpv:ConsentWithdrawn");
    assertThat(gate.check(T, A, PurposeId.MENTORING, LATER).allowed()).isFalse();
  }

  @Test
  @DisplayName("Art. 21(1): engagement analytics rests on the notified purpose and needs no consent")
  void noticeOnlyPurpose() {
    assertThat(gate.check(T, A, PurposeId.ENGAGEMENT_ANALYTICS, LATER).allowed()).isFalse();
    show(T, 1, SHOWN);
    GateDecision d = gate.check(T, A, PurposeId.ENGAGEMENT_ANALYTICS, LATER);
    assertThat(d.allowed()).isTrue();
    assertThat(d.reason()).contains("no consent needed");
    assertThat(gate.check(T, A, PurposeId.ENGAGEMENT_ANALYTICS, SHOWN.minusSeconds(1)).allowed()).isFalse();
  }

  @Test
  @DisplayName("House rule on Art. 21: a refusal or withdrawal for a purpose needing no consent is honoured, and can be switched off")
  void objectionToNoticeOnlyPurposeIsHonoured() {
    show(T, 1, SHOWN);
    event(T, PurposeId.ENGAGEMENT_ANALYTICS, ConsentEventType.REFUSED, GIVEN);
    PurposeCheck refused = gate.evaluate(T, A, PurposeId.ENGAGEMENT_ANALYTICS, LATER);
    assertThat(refused).isInstanceOfSatisfying(PurposeCheck.Denied.class,
        d -> assertThat(d.missing()).isEqualTo(MissingFact.OBJECTION_ON_RECORD));
    assertThat(refused.reason()).contains("REFUSED").contains("house rule").contains("Art.21");
    assertThat(gate.check(T, A, PurposeId.ENGAGEMENT_ANALYTICS, GIVEN.minusSeconds(1)).allowed()).isTrue();

    ConsentPurposeGate lenient = new ConsentPurposeGate(catalogue, ledger, notices, RightsStore.inMemory(), false);
    assertThat(lenient.check(T, A, PurposeId.ENGAGEMENT_ANALYTICS, LATER).allowed()).isTrue();

    give(T, PurposeId.ENGAGEMENT_ANALYTICS, LATER);
    assertThat(gate.check(T, A, PurposeId.ENGAGEMENT_ANALYTICS, LATER.plusSeconds(1)).allowed()).isTrue();
    event(T, PurposeId.ENGAGEMENT_ANALYTICS, ConsentEventType.WITHDRAWN, LATER.plusSeconds(60));
    assertThat(gate.check(T, A, PurposeId.ENGAGEMENT_ANALYTICS, LATER.plusSeconds(61)).allowed()).isFalse();
  }

  @Test
  @DisplayName("Art. 17(2) + Art. 21(3): an altered purpose needs its new notice version shown first")
  void alteredPurposeNeedsNewNotice() {
    show(T, 1, SHOWN);
    give(T, PurposeId.REFERRAL_OUTREACH, GIVEN);
    Instant change = Instant.parse("2026-04-01T00:00:00Z");
    notices.publish(Notice.of(T, StandardPurposes.PURPOSE_NOTICE, 2, NoticeType.COLLECTION_PURPOSE_NOTICE,
        "ja", "利用目的（改定）: リファラル採用のご案内（グループ会社の求人を含む）", List.of(), change));
    Purpose v1 = catalogue.current(T, PurposeId.REFERRAL_OUTREACH).orElseThrow();
    Purpose v2 = v1.nextVersion(change)
        .description("Contacting alumni about open positions in the group, for referrals.")
        .requiresNotice(StandardPurposes.PURPOSE_NOTICE, 2)
        .build();
    catalogue.change(T, v2, new PurposeChange(PurposeId.REFERRAL_OUTREACH, 1, 2,
        ChangeClassification.WITHIN_ART_17_2, "dpo-office", change.minusSeconds(3600), Optional.of(change)));

    Instant after = change.plusSeconds(60);
    assertThat(gate.check(T, A, PurposeId.REFERRAL_OUTREACH, change.minusSeconds(1)).allowed()).isTrue();
    PurposeCheck c = gate.evaluate(T, A, PurposeId.REFERRAL_OUTREACH, after);
    assertThat(((PurposeCheck.Denied) c).missing()).isEqualTo(MissingFact.NOTICE_NOT_SHOWN);
    assertThat(c.reason()).contains("v2").contains("highest shown: v1");
    show(T, 2, after);
    assertThat(gate.check(T, A, PurposeId.REFERRAL_OUTREACH, after).allowed()).isTrue();
    assertThat(catalogue.changes(T, PurposeId.REFERRAL_OUTREACH)).singleElement()
        .extracting(PurposeChange::classification).isEqualTo(ChangeClassification.WITHIN_ART_17_2);
  }

  @Test
  @DisplayName("Art. 22: once a purpose has ended nothing is processed for it")
  void endedPurpose() {
    show(T, 1, SHOWN);
    give(T, PurposeId.MENTORING, GIVEN);
    Instant end = Instant.parse("2026-05-01T00:00:00Z");
    catalogue.end(T, new PurposeEnd(PurposeId.MENTORING, end, "hr-board"));
    assertThat(gate.check(T, A, PurposeId.MENTORING, end.minusSeconds(1)).allowed()).isTrue();
    PurposeCheck c = gate.evaluate(T, A, PurposeId.MENTORING, end);
    assertThat(((PurposeCheck.Denied) c).missing()).isEqualTo(MissingFact.PURPOSE_ENDED);
    assertThat(c.reason()).contains("Art.22");
  }

  @Test
  @DisplayName("Art. 18(1): a consent given with a validity period stops covering the purpose when it runs out")
  void expiry() {
    show(T, 1, SHOWN);
    Instant until = Instant.parse("2026-02-15T00:00:00Z");
    ledger.append(ConsentEvent.given(T, "ev", A, PurposeId.MENTORING, GIVEN, ConsentMethod.E_SIGNATURE,
        "sig-1", NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja")).withValidUntil(until));
    assertThat(gate.check(T, A, PurposeId.MENTORING, until.minusNanos(1)).allowed()).isTrue();
    GateDecision d = gate.check(T, A, PurposeId.MENTORING, until);
    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).contains("EXPIRED");
  }

  @Test
  @DisplayName("Tenant isolation: a consent and notice in one tenant cover nothing in another")
  void tenantIsolation() {
    show(T, 1, SHOWN);
    give(T, PurposeId.MENTORING, GIVEN);
    assertThat(gate.check(T, A, PurposeId.MENTORING, LATER).allowed()).isTrue();
    assertThat(gate.check(OTHER, A, PurposeId.MENTORING, LATER).allowed()).isFalse();
    assertThat(gate.check(TenantId.of("nobody"), A, PurposeId.MENTORING, LATER).reason())
        .contains("not in the purpose catalogue");
  }

  @Test
  @DisplayName("Fail closed: a missing tenant, alumnus, purpose or instant denies and names it")
  void incompleteRequest() {
    assertThat(gate.check(T, null, PurposeId.MENTORING, LATER).reason()).contains("alumnus");
    assertThat(gate.check(null, A, PurposeId.MENTORING, LATER).reason()).contains("tenant");
    assertThat(gate.check(T, A, null, LATER).reason()).contains("purpose");
    assertThat(gate.check(T, A, PurposeId.MENTORING, null).allowed()).isFalse();
  }

  @Test
  @DisplayName("Purpose gate port: partition keeps consenting alumni in order and gives reasons for the rest")
  void partition() {
    show(T, 1, SHOWN);
    give(T, PurposeId.REFERRAL_OUTREACH, GIVEN);
    AlumnusId b = AlumnusId.of("b-2");
    PurposeGate port = gate;
    PurposeGate.Partition p = port.partition(T, List.of(b, A), PurposeId.REFERRAL_OUTREACH, LATER);
    assertThat(p.allowed()).containsExactly(A);
    assertThat(p.excluded()).containsOnlyKeys(b);
    assertThat(p.excluded().get(b)).contains("notice");
  }

  @Test
  @DisplayName("Art. 17(1): the standard catalogue carries names, DPV and fideslang mappings per purpose")
  void standardPurposes() {
    assertThat(catalogue.ids(T)).containsExactlyInAnyOrder(PurposeId.REFERRAL_OUTREACH,
        PurposeId.REHIRE_OUTREACH, PurposeId.MENTORING, PurposeId.ENGAGEMENT_ANALYTICS);
    Purpose p = catalogue.asOf(T, PurposeId.REHIRE_OUTREACH, LATER).orElseThrow();
    assertThat(p.dpvPurposes()).contains("dpv:RecruitmentManagement");
    assertThat(p.fidesDataUses()).contains("employment.recruitment");
    assertThat(p.nameJa()).isNotBlank();
    assertThat(p.retention().afterPurposeEnds()).isEqualTo(Period.ofMonths(6));
    assertThat(catalogue.asOf(T, PurposeId.REHIRE_OUTREACH, T0.minusSeconds(1))).isEmpty();
  }

  /** A ledger store over another one that can corrupt what it returns, or fail. */
  static final class FaultyStore implements ConsentLedgerStore {
    final ConsentLedgerStore inner = new InMemoryConsentLedgerStore();
    volatile boolean corrupt;
    volatile boolean down;

    @Override
    public void append(LedgerRecord record) {
      inner.append(record);
    }

    @Override
    public long size(TenantId tenant) {
      if (down) {
        throw new IllegalStateException("connection refused");
      }
      return inner.size(tenant);
    }

    @Override
    public List<LedgerRecord> read(TenantId tenant, long from, int limit) {
      List<LedgerRecord> page = inner.read(tenant, from, limit);
      if (!corrupt) {
        return page;
      }
      List<LedgerRecord> out = new java.util.ArrayList<>();
      for (LedgerRecord r : page) {
        byte[] payload = r.payload();
        payload[payload.length / 2] ^= 1;
        out.add(LedgerRecord.of(r.tenant(), r.position(), payload, r.previousHash(), r.hash()));
      }
      return out;
    }

    @Override
    public java.util.Set<TenantId> tenants() {
      return inner.tenants();
    }
  }

  @Test
  @DisplayName("a broken chain or a failing store denies with its code; it never throws or allows")
  void brokenLedgerAndFailingStoreDeny() {
    FaultyStore store = new FaultyStore();
    ledger = new ConsentLedger(store);
    show(T, 1, SHOWN);
    give(T, PurposeId.REHIRE_OUTREACH, GIVEN);
    ConsentPurposeGate fresh = new ConsentPurposeGate(catalogue, new ConsentLedger(store), notices, RightsStore.inMemory());
    assertThat(fresh.check(T, A, PurposeId.REHIRE_OUTREACH, LATER).allowed()).isTrue();

    store.down = true;
    GateDecision down = fresh.check(T, A, PurposeId.REHIRE_OUTREACH, LATER);
    assertThat(down.allowed()).isFalse();
    assertThat(down.code()).isEqualTo(MissingFact.STORE_UNAVAILABLE.code());
    assertThat(down.reason()).doesNotContain("connection refused");

    store.down = false;
    store.corrupt = true;
    ConsentPurposeGate restarted =
        new ConsentPurposeGate(catalogue, new ConsentLedger(store), notices, RightsStore.inMemory());
    GateDecision broken = restarted.check(T, A, PurposeId.REHIRE_OUTREACH, LATER);
    assertThat(broken.allowed()).isFalse();
    assertThat(broken.code()).isEqualTo(MissingFact.LEDGER_BROKEN.code());
    assertThat(broken.reason()).contains("position 0");
  }

  @Test
  @DisplayName("two instances over one set of stores: a withdrawal through one is honoured by the other's next check")
  void withdrawalAcrossInstances() {
    InMemoryConsentLedgerStore shared = new InMemoryConsentLedgerStore();
    ledger = new ConsentLedger(shared);
    ConsentPurposeGate second = new ConsentPurposeGate(catalogue, new ConsentLedger(shared), notices, RightsStore.inMemory());
    show(T, 1, SHOWN);
    give(T, PurposeId.REHIRE_OUTREACH, GIVEN);
    assertThat(second.check(T, A, PurposeId.REHIRE_OUTREACH, LATER).allowed()).isTrue();
    event(T, PurposeId.REHIRE_OUTREACH, ConsentEventType.WITHDRAWN, GIVEN.plusSeconds(60));
    GateDecision after = second.check(T, A, PurposeId.REHIRE_OUTREACH, LATER);
    assertThat(after.allowed()).isFalse();
    assertThat(after.code()).isEqualTo(MissingFact.CONSENT_NOT_HELD.code());
  }
}
