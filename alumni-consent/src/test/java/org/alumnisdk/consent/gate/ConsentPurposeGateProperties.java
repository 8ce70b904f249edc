package org.alumnisdk.consent.gate;

import org.alumnisdk.consent.spi.RightsStore;
import org.alumnisdk.consent.ledger.ConsentState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.consent.ledger.ConsentActor;
import org.alumnisdk.consent.ledger.ConsentEvent;
import org.alumnisdk.consent.ledger.ConsentEventType;
import org.alumnisdk.consent.ledger.ConsentLedger;
import org.alumnisdk.consent.ledger.ConsentMethod;
import org.alumnisdk.consent.ledger.NoticeRef;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.notice.NoticeChannel;
import org.alumnisdk.consent.notice.NoticeRegistry;
import org.alumnisdk.consent.notice.NoticeShown;
import org.alumnisdk.consent.notice.NoticeType;
import org.alumnisdk.consent.purpose.PurposeCatalogue;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.GateDecision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentPurposeGateProperties {
  private static final long SEED = 20261125L;
  static final TenantId T = TenantId.of("acme");
  static final AlumnusId A = AlumnusId.of("a-1");
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final List<PurposeId> PURPOSES = List.of(PurposeId.REFERRAL_OUTREACH, PurposeId.REHIRE_OUTREACH,
      PurposeId.MENTORING, PurposeId.ENGAGEMENT_ANALYTICS);

  @Test
  @DisplayName("Art. 18(1) + Art. 21: the gate allows exactly when the notice was shown and, where needed, consent is held")
  void gateIsTheConjunctionOfItsFacts() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 12),
            integers().between(-1, 30), integers().between(0, 3), integers().between(0, 40))
        .checkAssert((codes, shownMinute, purposeIdx, queryMinute) -> {
          PurposeCatalogue catalogue = new PurposeCatalogue();
          NoticeRegistry notices = new NoticeRegistry();
          ConsentLedger ledger = ConsentLedger.inMemory();
          StandardPurposes.all(T0).forEach(p -> catalogue.register(T, p));
          notices.publish(Notice.of(T, StandardPurposes.PURPOSE_NOTICE, 1, NoticeType.COLLECTION_PURPOSE_NOTICE,
              "ja", "notice", List.of(), T0));
          Instant shownAt = T0.plusSeconds(60L * shownMinute);
          if (shownMinute >= 0) {
            notices.recordShown(new NoticeShown(T, A, StandardPurposes.PURPOSE_NOTICE, 1, "ja", shownAt,
                NoticeChannel.WEB_FORM));
          }
          int n = 0;
          for (int code : codes) {
            ConsentEventType type = ConsentEventType.values()[code % 7];
            PurposeId p = PURPOSES.get((code / 7) % 4);
            Instant at = T0.plusSeconds(60L * ((code / 28) % 40));
            String id = "e" + (n++);
            ledger.append(type.grants()
                ? new ConsentEvent(T, id, A, p, type, at, ConsentActor.SELF, ConsentMethod.CHECKBOX, "f",
                    java.util.Optional.of(NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja")), java.util.Optional.empty())
                : ConsentEvent.of(T, id, A, p, type, at, ConsentActor.SELF, ConsentMethod.CHECKBOX, "f"));
          }
          ConsentPurposeGate gate = new ConsentPurposeGate(catalogue, ledger, notices, RightsStore.inMemory());
          PurposeId p = PURPOSES.get(purposeIdx);
          Instant q = T0.plusSeconds(60L * queryMinute);
          boolean noticeShown = shownMinute >= 0 && !shownAt.isAfter(q);
          boolean needsConsent = !p.equals(PurposeId.ENGAGEMENT_ANALYTICS);
          ConsentState state = ledger.stateAt(T, A, p, q);
          boolean consentHeld = state.permitsProcessing();
          boolean objected = state == ConsentState.REFUSED || state == ConsentState.WITHDRAWN;
          boolean expected = noticeShown && (needsConsent ? consentHeld : !objected);
          GateDecision d = gate.check(T, A, p, q);
          PurposeCheck c = gate.evaluate(T, A, p, q);
          assertThat(d.allowed()).isEqualTo(expected);
          assertThat(c instanceof PurposeCheck.Allowed).isEqualTo(expected);
          assertThat(d.reason()).isEqualTo(c.reason());
        });
  }
}
