package org.alumnisdk.consent.decision;

import static org.alumnisdk.consent.decision.Requests.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.alumnisdk.consent.ledger.ConsentActor;
import org.alumnisdk.consent.ledger.ConsentEvent;
import org.alumnisdk.consent.ledger.ConsentEventType;
import org.alumnisdk.consent.ledger.ConsentLedger;
import org.alumnisdk.consent.ledger.ConsentMethod;
import org.alumnisdk.consent.ledger.NoticeRef;
import org.alumnisdk.consent.notice.NoticeId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.junit.jupiter.api.Test;

class LedgerFactsTest {
  private static final PurposeId PROVISION = PurposeId.of("provision-to-agencies");
  private static final AlumnusId A1 = AlumnusId.of("a-1");
  private static final AlumnusId A2 = AlumnusId.of("a-2");

  private static ConsentLedger ledger() {
    ConsentLedger l = ConsentLedger.inMemory();
    NoticeRef notice = NoticeRef.of(NoticeId.of("provision-notice"), 1, "ja");
    l.append(ConsentEvent.given(TENANT, "e1", A1, PROVISION, Instant.parse("2026-01-01T00:00:00Z"), ConsentMethod.CHECKBOX, "form-1", notice));
    l.append(ConsentEvent.given(TENANT, "e2", A2, PROVISION, Instant.parse("2026-01-01T00:00:00Z"), ConsentMethod.CHECKBOX, "form-2", notice));
    l.append(ConsentEvent.of(TENANT, "e3", A2, PROVISION, ConsentEventType.WITHDRAWN, Instant.parse("2026-06-01T00:00:00Z"),
        ConsentActor.SELF, ConsentMethod.CHECKBOX, "portal"));
    return l;
  }

  private static DecisionRequest toAgency(Instant at, AlumnusId... who) {
    return DecisionRequest.builder(TENANT, Action.PROVIDE, PURPOSE, at).dataClass(DataClass.PERSONAL_DATA)
        .categories(HISTORY).subjects(who).recipient(thirdParty("JP")).build();
  }

  @Test
  void art27_1_consentGivenInTheLedgerPermitsProvision() {
    DecisionRequest r = LedgerFacts.withConsent(toAgency(AT, A1), ledger(), FactName.CONSENT_TO_PROVIDE, PROVISION);
    assertThat(r.fact(FactName.CONSENT_TO_PROVIDE).is(true)).isTrue();
    assertThat(ENGINE.decide(r).verdict()).isEqualTo(Verdict.PERMIT);
  }

  @Test
  void art27_1_afterAWithdrawalNothingIsPermittedOnThatConsentFromThatInstant() {
    ConsentLedger l = ledger();
    DecisionRequest before = LedgerFacts.withConsent(toAgency(Instant.parse("2026-05-31T23:59:59Z"), A1, A2), l,
        FactName.CONSENT_TO_PROVIDE, PROVISION);
    DecisionRequest at = LedgerFacts.withConsent(toAgency(Instant.parse("2026-06-01T00:00:00Z"), A1, A2), l,
        FactName.CONSENT_TO_PROVIDE, PROVISION);
    assertThat(ENGINE.decide(before).verdict()).isEqualTo(Verdict.PERMIT);
    assertThat(ENGINE.decide(at).verdict()).isEqualTo(Verdict.REQUIRE_CONSENT);
  }

  @Test
  void aSubjectWithoutAnyLedgerEntryLeavesTheFactUnknownAndTheDecisionFailsClosed() {
    DecisionRequest r = LedgerFacts.withConsent(toAgency(AT, A1, AlumnusId.of("a-new")), ledger(), FactName.CONSENT_TO_PROVIDE, PROVISION);
    assertThat(r.fact(FactName.CONSENT_TO_PROVIDE).isKnown()).isFalse();
    assertThat(ENGINE.decide(r)).isInstanceOfSatisfying(Decision.Deny.class,
        d -> assertThat(d.missingFacts()).containsExactly(FactName.CONSENT_TO_PROVIDE));
  }

  @Test
  void onlyConsentFactsCanBeFilledFromTheLedger() {
    assertThatThrownBy(() -> LedgerFacts.withConsent(toAgency(AT, A1), ledger(), FactName.ACQUIRED_IMPROPERLY, PROVISION))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("fact");
  }
}
