package org.alumnisdk.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.alumnisdk.consent.Consent;
import org.alumnisdk.consent.ledger.ConsentActor;
import org.alumnisdk.consent.ledger.ConsentEvent;
import org.alumnisdk.consent.ledger.ConsentEventType;
import org.alumnisdk.consent.ledger.ConsentMethod;
import org.alumnisdk.consent.ledger.InMemoryConsentLedgerStore;
import org.alumnisdk.consent.ledger.NoticeRef;
import org.alumnisdk.consent.notice.InMemoryNoticeShownStore;
import org.alumnisdk.consent.notice.InMemoryNoticeStore;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.notice.NoticeChannel;
import org.alumnisdk.consent.notice.NoticeShown;
import org.alumnisdk.consent.notice.NoticeType;
import org.alumnisdk.consent.purpose.InMemoryPurposeStore;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.consent.records.InMemoryStatutoryRecordStore;
import org.alumnisdk.consent.rights.Art35Ground;
import org.alumnisdk.consent.rights.RequestKind;
import org.alumnisdk.consent.rights.Requester;
import org.alumnisdk.consent.rights.RightsDesk;
import org.alumnisdk.consent.rights.RightsPolicy;
import org.alumnisdk.consent.spi.RightsStore;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.inmemory.InMemoryActivityLog;
import org.alumnisdk.core.inmemory.InMemoryAlumnusRepository;
import org.alumnisdk.core.spi.GateDecision;

/**
 * Two instances of a host over one database: each builds its own {@link Consent} over the same
 * stores (here in-memory objects stand in for the database; with {@code alumni-jdbc} they would be
 * JDBC adapters over one {@code DataSource}). Purposes registered on one instance are used by the
 * other, a withdrawal on instance B is honoured by instance A's gate at once, and a cessation of
 * use decided on instance A's rights desk (Art. 35) denies on instance B with code
 * {@code use.stopped}.
 */
public final class MultiInstanceConsentExample {
  private MultiInstanceConsentExample() {}

  /**
   * What the walk-through produced, for the test to check.
   *
   * @param bAllowsAfterConsentOnA instance B's answer after the consent was given on A
   * @param aAfterWithdrawalOnB instance A's answer after the withdrawal on B
   * @param bAfterStopOnA instance B's answer for another purpose after the Art. 35 stop on A
   * @param ledgerRecords records in the shared ledger store
   */
  public record Outcome(
      GateDecision bAllowsAfterConsentOnA,
      GateDecision aAfterWithdrawalOnB,
      GateDecision bAfterStopOnA,
      long ledgerRecords) {}

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
    Clock clock = Clock.fixed(t0.plusSeconds(86_400), ZoneOffset.UTC);
    // the "database": one store per consent aggregate, shared by both instances
    InMemoryConsentLedgerStore ledgerStore = new InMemoryConsentLedgerStore();
    InMemoryPurposeStore purposeStore = new InMemoryPurposeStore();
    InMemoryNoticeStore noticeStore = new InMemoryNoticeStore();
    InMemoryNoticeShownStore shownStore = new InMemoryNoticeShownStore();
    RightsStore rightsStore = RightsStore.inMemory();
    InMemoryStatutoryRecordStore recordStore = new InMemoryStatutoryRecordStore();
    Consent a = Consent.builder().clock(clock).ledgerStore(ledgerStore).purposeStore(purposeStore)
        .noticeStore(noticeStore).noticeShownStore(shownStore).rightsStore(rightsStore)
        .recordStore(recordStore).build();
    Consent b = Consent.builder().clock(clock).ledgerStore(ledgerStore).purposeStore(purposeStore)
        .noticeStore(noticeStore).noticeShownStore(shownStore).rightsStore(rightsStore)
        .recordStore(recordStore).build();

    a.registerStandardPurposes(acme, t0.minusSeconds(86_400));
    b.notices().publish(Notice.of(acme, StandardPurposes.PURPOSE_NOTICE, 1, NoticeType.COLLECTION_PURPOSE_NOTICE,
        "ja", "退職後、再雇用・リファラル採用のご案内のためにご連絡先と職歴を利用します。",
        List.of(PurposeId.REHIRE_OUTREACH, PurposeId.REFERRAL_OUTREACH), t0.minusSeconds(86_400)));
    out.println("1. Instance A registered the purposes, instance B published the notice: "
        + b.purposes().ids(acme).size() + " purposes seen on B");

    AlumnusId aiko = AlumnusId.of("alumnus-aiko");
    NoticeRef ref = NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja");
    a.notices().recordShown(new NoticeShown(acme, aiko, StandardPurposes.PURPOSE_NOTICE, 1, "ja", t0,
        NoticeChannel.WEB_FORM));
    for (PurposeId p : List.of(PurposeId.REHIRE_OUTREACH, PurposeId.REFERRAL_OUTREACH)) {
      a.ledger().append(ConsentEvent.given(acme, "ev-" + p.value(), aiko, p, t0.plusSeconds(60),
          ConsentMethod.CHECKBOX, "exit-form/1001", ref));
    }
    GateDecision onB = b.gate().check(acme, aiko, PurposeId.REHIRE_OUTREACH, clock.instant());
    out.println("2. Consent given through A; B's gate: " + onB.allowed() + " (" + onB.reason() + ")");

    b.ledger().append(ConsentEvent.of(acme, "ev-w", aiko, PurposeId.REHIRE_OUTREACH, ConsentEventType.WITHDRAWN,
        t0.plusSeconds(3_600), ConsentActor.SELF, ConsentMethod.EMAIL, "mail/3003"));
    GateDecision onA = a.gate().check(acme, aiko, PurposeId.REHIRE_OUTREACH, clock.instant());
    out.println("3. Withdrawal appended through B; A's gate: " + onA.allowed() + " [" + onA.code() + ", "
        + onA.article() + "]");

    RightsDesk desk = a.rightsDesk(new InMemoryAlumnusRepository(), new InMemoryActivityLog(), RightsPolicy.defaults());
    desk.receive(acme, "req-1", aiko, RequestKind.CESSATION_OF_USE, Requester.self(), Art35Ground.NO_LONGER_NEEDED,
        null, PurposeId.REFERRAL_OUTREACH.value());
    desk.verifyIdentity(acme, "req-1", "privacy-desk-1", true, false);
    desk.decideArt35(acme, "req-1", "privacy-desk-1", true, null);
    GateDecision stopped = b.gate().check(acme, aiko, PurposeId.REFERRAL_OUTREACH, clock.instant());
    out.println("4. Cessation of use (Art. 35) decided on A; B's gate: " + stopped.allowed() + " ["
        + stopped.code() + ", " + stopped.article() + "]");
    long records = ledgerStore.size(acme);
    out.println("5. One chain of " + records + " records; B verifies it: " + b.ledger().verify(acme));
    return new Outcome(onB, onA, stopped, records);
  }
}
