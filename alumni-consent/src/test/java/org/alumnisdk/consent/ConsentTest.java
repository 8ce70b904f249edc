package org.alumnisdk.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.consent.ledger.ConsentActor;
import org.alumnisdk.consent.ledger.ConsentEvent;
import org.alumnisdk.consent.ledger.ConsentEventType;
import org.alumnisdk.consent.ledger.ConsentMethod;
import org.alumnisdk.consent.ledger.NoticeRef;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.notice.NoticeChannel;
import org.alumnisdk.consent.notice.NoticeShown;
import org.alumnisdk.consent.notice.NoticeType;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.consent.records.ProvisionBasis;
import org.alumnisdk.consent.records.ProvisionRecord;
import org.alumnisdk.consent.records.RecordingMethod;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.PurposeGate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentTest {
  static final TenantId T = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-03-31T09:00:00Z");

  @Test
  @DisplayName("Art. 21(2) + Art. 18(1): offboarding captures notice and consent; the wired gate filters a cohort")
  void offboarding() {
    Consent c = Consent.inMemory(Clock.fixed(T0, ZoneOffset.UTC));
    c.registerStandardPurposes(T, T0.minusSeconds(86400));
    c.notices().publish(Notice.of(T, StandardPurposes.PURPOSE_NOTICE, 1, NoticeType.COLLECTION_PURPOSE_NOTICE,
        "ja", "退職後のご連絡（再雇用・リファラル）に利用します。", List.of(PurposeId.REHIRE_OUTREACH), T0.minusSeconds(86400)));
    AlumnusId yes = AlumnusId.of("a-1");
    AlumnusId no = AlumnusId.of("a-2");
    for (AlumnusId a : List.of(yes, no)) {
      c.notices().recordShown(new NoticeShown(T, a, StandardPurposes.PURPOSE_NOTICE, 1, "ja", T0, NoticeChannel.WEB_FORM));
    }
    c.ledger().append(ConsentEvent.given(T, "ev-1", yes, PurposeId.REHIRE_OUTREACH, T0.plusSeconds(30),
        ConsentMethod.CHECKBOX, "exit-form-1", NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja")));
    c.ledger().append(ConsentEvent.of(T, "ev-2", no, PurposeId.REHIRE_OUTREACH, ConsentEventType.REFUSED,
        T0.plusSeconds(40), ConsentActor.SELF, ConsentMethod.CHECKBOX, "exit-form-2"));

    PurposeGate gate = c.gate();
    PurposeGate.Partition p = gate.partition(T, List.of(no, yes), PurposeId.REHIRE_OUTREACH, T0.plusSeconds(60));
    assertThat(p.allowed()).containsExactly(yes);
    assertThat(p.excluded().get(no)).contains("REFUSED");
    assertThat(c.ledger().verify(T).intact()).isTrue();

    c.records().keep(new ProvisionRecord(T, "p-1", List.of(yes), ProvisionBasis.CONSENT_ART_27_1, "Acme Staffing KK",
        Optional.empty(), "JP", List.of("pd:Name"), List.of("ev-1"), T0, T0, RecordingMethod.PER_EVENT, T0));
    assertThat(c.records().provisionsAbout(T, yes)).hasSize(1);
    assertThat(c.records().purge(T).deleted()).isEmpty();
    assertThat(Consent.RULE_SET).isEqualTo("APPI@2022-04-01");
  }

  @Test
  @DisplayName("Art. 28(1): the entry point's decision engine denies a foreign transfer without a conforming system, citing the rule set")
  void entryPointDecides() {
    Consent c = Consent.inMemory(Clock.fixed(T0, ZoneOffset.UTC));
    org.alumnisdk.consent.decision.Decision d = c.decisions().decide(
        org.alumnisdk.consent.decision.DecisionRequest.builder(T, org.alumnisdk.consent.decision.Action.PROVIDE,
                PurposeId.REHIRE_OUTREACH, T0)
            .dataClass(org.alumnisdk.consent.decision.DataClass.PERSONAL_DATA)
            .categories(org.alumnisdk.consent.decision.DataCategory.ordinary("employment-history"))
            .subjects(AlumnusId.of("a-1"))
            .recipient(org.alumnisdk.consent.decision.Recipient.of("crm-us",
                org.alumnisdk.consent.decision.RecipientRelation.PROCESSOR, "US"))
            .fact(org.alumnisdk.consent.decision.FactName.WITHIN_SPECIFIED_PURPOSE, true)
            .fact(org.alumnisdk.consent.decision.FactName.RECIPIENT_CONFORMING_SYSTEM, false)
            .build());
    assertThat(d).isInstanceOf(org.alumnisdk.consent.decision.Decision.Deny.class);
    assertThat(d.toString()).contains("APPI@2022-04-01").contains("Art.28");
    assertThat(c.breaches()).isSameAs(c.breaches());
  }
}
