package org.alumnisdk.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.consent.Consent;
import org.alumnisdk.consent.ledger.ChainVerification;
import org.alumnisdk.consent.ledger.ConsentActor;
import org.alumnisdk.consent.ledger.ConsentEvent;
import org.alumnisdk.consent.ledger.ConsentEventType;
import org.alumnisdk.consent.ledger.ConsentMethod;
import org.alumnisdk.consent.ledger.ConsentReceipt;
import org.alumnisdk.consent.ledger.LedgerEntry;
import org.alumnisdk.consent.ledger.NoticeRef;
import org.alumnisdk.consent.ledger.ReceiptSettings;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.notice.NoticeChannel;
import org.alumnisdk.consent.notice.NoticeShown;
import org.alumnisdk.consent.notice.NoticeType;
import org.alumnisdk.consent.purpose.PurposeEnd;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.consent.records.KeptRecord;
import org.alumnisdk.consent.records.ProvisionBasis;
import org.alumnisdk.consent.records.ProvisionRecord;
import org.alumnisdk.consent.records.RecordingMethod;
import org.alumnisdk.consent.retention.DataHolding;
import org.alumnisdk.consent.retention.RetentionPlan;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.PurposeGate;

/**
 * Offboarding with consent capture: the exit form shows the purpose notice (Art. 21(2)), three
 * leavers answer, the purpose gate filters the rehire-outreach cohort, one withdraws, a receipt
 * and an Art. 29 provision record are produced, the hash chain is verified, and a retention plan
 * follows the end of the mentoring purpose.
 */
public final class ConsentExample {
  private ConsentExample() {}

  /**
   * What the walk-through produced, for the test to check.
   *
   * @param firstCohort alumni allowed for rehire outreach right after offboarding
   * @param afterWithdrawal alumni allowed after one withdrew
   * @param excludedReason the gate's reason for the person who refused
   * @param receiptJson the consent receipt of the first consent
   * @param chainIntact whether the ledger's hash chain verified
   * @param provisionRecordsAboutAiko Art. 29 records readable for the first person
   * @param planSteps steps of the retention plan after mentoring ended
   */
  public record Outcome(
      List<AlumnusId> firstCohort,
      List<AlumnusId> afterWithdrawal,
      String excludedReason,
      String receiptJson,
      boolean chainIntact,
      int provisionRecordsAboutAiko,
      int planSteps) {}

  /**
   * Runs the walk-through and prints it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the walk-through.
   *
   * @param out where to print the narrative
   * @return the outcome
   */
  public static Outcome run(PrintStream out) {
    TenantId acme = TenantId.of("acme-kk");
    Instant t0 = Instant.parse("2026-03-31T09:00:00Z");
    Consent consent = Consent.inMemory(Clock.fixed(t0.plusSeconds(3600), ZoneOffset.UTC));
    consent.registerStandardPurposes(acme, t0.minusSeconds(86_400));
    Notice notice = consent.notices().publish(Notice.of(acme, StandardPurposes.PURPOSE_NOTICE, 1,
        NoticeType.COLLECTION_PURPOSE_NOTICE, "ja",
        "退職後、再雇用・リファラル採用のご案内、メンタリング、活動分析のためにご連絡先と職歴を利用します。",
        List.of(PurposeId.REHIRE_OUTREACH, PurposeId.REFERRAL_OUTREACH), t0.minusSeconds(86_400)));
    out.println("1. Published " + notice);

    AlumnusId aiko = AlumnusId.of("alumnus-aiko");
    AlumnusId ben = AlumnusId.of("alumnus-ben");
    AlumnusId carla = AlumnusId.of("alumnus-carla");
    NoticeRef shown = NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja");
    for (AlumnusId a : List.of(aiko, ben, carla)) {
      consent.notices().recordShown(new NoticeShown(acme, a, StandardPurposes.PURPOSE_NOTICE, 1, "ja", t0,
          NoticeChannel.WEB_FORM));
    }
    LedgerEntry aikoRehire = consent.ledger().append(ConsentEvent.given(acme, "ev-1", aiko,
        PurposeId.REHIRE_OUTREACH, t0.plusSeconds(60), ConsentMethod.CHECKBOX, "exit-form/1001", shown));
    consent.ledger().append(ConsentEvent.given(acme, "ev-2", ben, PurposeId.REHIRE_OUTREACH,
        t0.plusSeconds(90), ConsentMethod.PAPER, "scan/2002", shown));
    consent.ledger().append(ConsentEvent.of(acme, "ev-3", carla, PurposeId.REHIRE_OUTREACH,
        ConsentEventType.REFUSED, t0.plusSeconds(120), ConsentActor.SELF, ConsentMethod.CHECKBOX,
        "exit-form/1003"));
    out.println("2. Exit forms: notice shown to 3 leavers; 2 consented to rehire outreach, 1 refused");

    PurposeGate gate = consent.gate();
    PurposeGate.Partition first = gate.partition(acme, List.of(aiko, ben, carla),
        PurposeId.REHIRE_OUTREACH, t0.plusSeconds(600));
    out.println("3. Rehire outreach cohort: " + first.allowed());
    out.println("   excluded: " + first.excluded());

    Instant withdrawal = Instant.parse("2026-05-01T00:00:00Z");
    consent.ledger().append(ConsentEvent.of(acme, "ev-4", ben, PurposeId.REHIRE_OUTREACH,
        ConsentEventType.WITHDRAWN, withdrawal, ConsentActor.SELF, ConsentMethod.EMAIL, "mail/3003"));
    PurposeGate.Partition later = gate.partition(acme, List.of(aiko, ben, carla),
        PurposeId.REHIRE_OUTREACH, withdrawal.plusSeconds(1));
    out.println("4. After Ben's withdrawal: " + later.allowed());

    ConsentReceipt receipt = new ConsentReceipt("receipt-1", consent.clock().instant(), aikoRehire,
        consent.purposes().current(acme, PurposeId.REHIRE_OUTREACH).orElseThrow(), Optional.of(notice),
        ReceiptSettings.japan("Acme KK", "privacy-desk@acme.example", "Untick in the alumni portal or reply STOP"));
    String json = receipt.toJson();
    out.println("5. ISO/IEC TS 27560 receipt: " + json);

    KeptRecord kept = consent.records().keep(new ProvisionRecord(acme, "prov-1", List.of(aiko),
        ProvisionBasis.CONSENT_ART_27_1, "Acme Group Staffing KK", Optional.empty(), "JP",
        List.of("pd:Name", "pd:EmailAddress", "pd:EmploymentHistory"), List.of("ev-1"),
        t0.plusSeconds(3600), t0.plusSeconds(3600), RecordingMethod.PER_EVENT, t0.plusSeconds(3600)));
    out.println("6. Art. 29 provision record kept until " + kept.retainUntil());

    ChainVerification verification = consent.ledger().verify(acme);
    out.println("7. Hash chain: " + verification);

    consent.purposes().end(acme, new PurposeEnd(PurposeId.MENTORING, Instant.parse("2026-06-30T00:00:00Z"),
        "hr-committee"));
    RetentionPlan plan = consent.retention().plan(acme, PurposeId.MENTORING, List.of(
        new DataHolding(acme, aiko, "pd:ProfessionalInterview", Set.of(PurposeId.MENTORING), t0),
        new DataHolding(acme, aiko, "pd:EmailAddress", Set.of(PurposeId.MENTORING, PurposeId.REHIRE_OUTREACH), t0)));
    plan.steps().forEach(s -> out.println("8. Retention: " + s.holding().category() + " -> " + s.action()
        + s.dueAt().map(d -> " by " + d).orElse("") + " (" + s.reason() + ")"));

    return new Outcome(first.allowed(), later.allowed(), first.excluded().get(carla), json,
        verification.intact(), consent.records().provisionsAbout(acme, aiko).size(), plan.steps().size());
  }
}
