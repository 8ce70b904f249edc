package org.alumnisdk.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.alumnisdk.consent.breach.BreachAssessment;
import org.alumnisdk.consent.breach.BreachAssessor;
import org.alumnisdk.consent.breach.Incident;
import org.alumnisdk.consent.breach.Likelihood;
import org.alumnisdk.consent.decision.Action;
import org.alumnisdk.consent.decision.DataCategory;
import org.alumnisdk.consent.decision.DataClass;
import org.alumnisdk.consent.decision.Decision;
import org.alumnisdk.consent.decision.DecisionEngine;
import org.alumnisdk.consent.decision.DecisionRequest;
import org.alumnisdk.consent.decision.FactName;
import org.alumnisdk.consent.decision.JointUse;
import org.alumnisdk.consent.decision.OptOutRegistration;
import org.alumnisdk.consent.decision.Recipient;
import org.alumnisdk.consent.decision.RecipientRelation;
import org.alumnisdk.consent.decision.Verdict;
import org.alumnisdk.consent.records.InMemoryStatutoryRecordStore;
import org.alumnisdk.consent.records.ProvisionBasis;
import org.alumnisdk.consent.records.ProvisionRecord;
import org.alumnisdk.consent.records.RecordBook;
import org.alumnisdk.consent.records.RecordRetention;
import org.alumnisdk.consent.records.RecordingMethod;
import org.alumnisdk.consent.research.AnonymisationSpec;
import org.alumnisdk.consent.research.AnonymisedExport;
import org.alumnisdk.consent.research.ResearchExport;
import org.alumnisdk.consent.research.ResearchRecord;
import org.alumnisdk.consent.rights.DisclosureFormat;
import org.alumnisdk.consent.rights.PersonRecords;
import org.alumnisdk.consent.rights.RequestKind;
import org.alumnisdk.consent.rights.RequestOutcome;
import org.alumnisdk.consent.rights.Requester;
import org.alumnisdk.consent.rights.RightsDesk;
import org.alumnisdk.consent.rights.RightsPolicy;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.ContactPoint;
import org.alumnisdk.core.alumnus.CurrentSituation;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.DepartureType;
import org.alumnisdk.core.alumnus.Grade;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.MembershipHistory;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.alumnus.Proficiency;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.alumnus.Tenure;
import org.alumnisdk.core.alumnus.VisibilitySettings;
import org.alumnisdk.core.alumnus.Willingness;
import org.alumnisdk.core.inmemory.InMemoryActivityLog;
import org.alumnisdk.core.inmemory.InMemoryAlumnusRepository;

/**
 * APPI decision walk-through on a synthetic tenant: an offboarding form that asks for the reason
 * for leaving (Art. 20(2)), a joint-use provision to a group company (Art. 27(5)(iii)), an opt-out
 * provision of a list bought from a broker (barred, Art. 27(2)), entrustment to a US processor
 * (Art. 28), a breach of 1,001 records (Art. 26), a disclosure request in CSV (Art. 33) and a
 * k-anonymous research export (Art. 43). Decision support, not legal advice.
 */
public final class ConsentDecisionExample {
  private static final TenantId TENANT = TenantId.of("acme-jp");
  private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
  private static final DataCategory HISTORY = DataCategory.ordinary("employment-history");
  private static final DataCategory EMAIL = DataCategory.ordinary("user.contact.email");
  private static final DataCategory LEAVE_REASON = DataCategory.specialCare("leave-reason");

  private ConsentDecisionExample() {}

  /**
   * What the walk-through produced, for tests.
   *
   * @param verdicts the verdict of each decision step, by step name
   * @param breach the breach assessment
   * @param disclosureCsv the disclosure document
   * @param research the anonymised export
   */
  public record Outcome(Map<String, Verdict> verdicts, BreachAssessment breach, String disclosureCsv,
      AnonymisedExport research) {}

  /**
   * Runs the walk-through.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  private static void show(PrintStream out, String step, Decision d) {
    out.println("== " + step + ": " + d.verdict() + " (" + d.ruleSetVersion() + ")");
    d.reasons().forEach(r -> out.println("   reason     " + r));
    d.obligations().forEach(o -> out.println("   obligation " + o + ": " + o.detail()));
    if (d instanceof Decision.Deny deny && !deny.missingFacts().isEmpty()) {
      out.println("   missing    " + deny.missingFacts());
    }
  }

  /**
   * Runs the walk-through, printing to {@code out}.
   *
   * @param out where to print
   * @return what was decided
   */
  public static Outcome run(PrintStream out) {
    DecisionEngine engine = DecisionEngine.standard();
    Map<String, Verdict> verdicts = new java.util.LinkedHashMap<>();
    AlumnusId sato = AlumnusId.of("a-sato");

    // 1. Offboarding form asks for the reason for leaving (illness = medical history).
    DecisionRequest.Builder exitForm = DecisionRequest.builder(TENANT, Action.ACQUIRE, PurposeId.of("offboarding"), NOW)
        .dataClass(DataClass.PERSONAL_DATA).categories(HISTORY, LEAVE_REASON).subjects(sato)
        .fact(FactName.ACQUIRED_IMPROPERLY, false).fact(FactName.DIRECT_WRITTEN_COLLECTION, true)
        .fact(FactName.PURPOSE_NOTIFIED, true);
    Decision noConsent = engine.decide(exitForm.fact(FactName.CONSENT_TO_ACQUIRE_SPECIAL_CARE, false).build());
    show(out, "1a exit form, leave reason, no consent", noConsent);
    Decision withConsent = engine.decide(exitForm.fact(FactName.CONSENT_TO_ACQUIRE_SPECIAL_CARE, true).build());
    show(out, "1b exit form, leave reason, consent ticked", withConsent);
    verdicts.put("exitFormWithoutConsent", noConsent.verdict());
    verdicts.put("exitFormWithConsent", withConsent.verdict());

    // 2. Joint use with a group company, notified at sign-up.
    JointUse groupJointUse = new JointUse(TENANT, "ju-group", Set.of(HISTORY.id(), EMAIL.id()), Set.of("acme-kansai"),
        Set.of(PurposeId.REHIRE_OUTREACH), "Acme Holdings KK", "ju-v1", Instant.parse("2026-04-01T00:00:00Z"));
    Decision jointUse = engine.decide(DecisionRequest.builder(TENANT, Action.PROVIDE, PurposeId.REHIRE_OUTREACH, NOW)
        .dataClass(DataClass.PERSONAL_DATA).categories(HISTORY, EMAIL).subjects(sato)
        .recipient(Recipient.of("acme-kansai", RecipientRelation.JOINT_USER, "JP")).jointUse(groupJointUse).build());
    show(out, "2 joint use with a group company", jointUse);
    verdicts.put("jointUse", jointUse.verdict());

    // 3. Opt-out provision of a list that was itself bought from a broker by opt-out.
    OptOutRegistration optOut = new OptOutRegistration(TENANT, Set.of(HISTORY.id(), EMAIL.id()), "oo-v1",
        Instant.parse("2026-01-01T00:00:00Z"), "PPC-2026-0042", Instant.parse("2026-01-15T00:00:00Z"));
    Decision brokerList = engine.decide(DecisionRequest.builder(TENANT, Action.PROVIDE, PurposeId.of("list-sale"), NOW)
        .dataClass(DataClass.PERSONAL_DATA).categories(HISTORY, EMAIL).subjects(sato)
        .recipient(Recipient.of("data-broker", RecipientRelation.THIRD_PARTY, "JP")).optOut(optOut)
        .fact(FactName.CONSENT_TO_PROVIDE, false).fact(FactName.ACQUIRED_IMPROPERLY, false)
        .fact(FactName.RECEIVED_BY_OPT_OUT, true).fact(FactName.OPT_OUT_STOP_REQUESTED, false).build());
    show(out, "3 opt-out provision of a broker list", brokerList);
    verdicts.put("brokerListOptOut", brokerList.verdict());

    // 4. Entrustment to a CRM processor in the US, no conforming system, no Art. 28 consent.
    Decision usProcessor = engine.decide(DecisionRequest.builder(TENANT, Action.PROVIDE, PurposeId.REHIRE_OUTREACH, NOW)
        .dataClass(DataClass.PERSONAL_DATA).categories(HISTORY, EMAIL).subjects(sato)
        .recipient(Recipient.of("crm-us", RecipientRelation.PROCESSOR, "US"))
        .fact(FactName.WITHIN_SPECIFIED_PURPOSE, true).fact(FactName.RECIPIENT_CONFORMING_SYSTEM, false)
        .fact(FactName.FOREIGN_CONSENT_AFTER_ART28_INFO, false).build());
    show(out, "4 entrustment to a US processor", usProcessor);
    verdicts.put("usProcessor", usProcessor.verdict());

    // 5. A breach of 1,001 records found on 25 November.
    BreachAssessment breach = BreachAssessor.standard().assess(Incident.builder(TENANT, "inc-7", NOW)
        .likelihood(Likelihood.OCCURRED).affectedCount(1_001).strongEncryption(false).build());
    out.println("== 5 breach of 1,001 records: reportable=" + breach.reportable());
    breach.reasons().forEach(r -> out.println("   reason     " + r));

    // 6. Sato asks for disclosure in CSV; one provision record exists about him.
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    InMemoryAlumnusRepository repo = new InMemoryAlumnusRepository();
    repo.save(profile(sato, "Sales", "Tokyo"));
    RecordBook book = new RecordBook(new InMemoryStatutoryRecordStore(), RecordRetention.appi2022(), clock);
    book.keep(new ProvisionRecord(TENANT, "pr-1", List.of(sato), ProvisionBasis.CONSENT_ART_27_1, "Recruit Agency KK",
        Optional.empty(), "JP", List.of(HISTORY.id()), List.of("ev-1"), NOW.minusSeconds(86_400),
        NOW.minusSeconds(86_400), RecordingMethod.PER_EVENT, NOW.minusSeconds(86_400)));
    RightsDesk desk = RightsDesk.create(repo, new InMemoryActivityLog(), PersonRecords.of(book), RightsPolicy.defaults(), clock);
    desk.receive(TENANT, "dsr-1", sato, RequestKind.DISCLOSURE, Requester.self(), null, DisclosureFormat.CSV, null);
    desk.verifyIdentity(TENANT, "dsr-1", "staff-hr-1", true, false);
    RequestOutcome disclosed = desk.disclose(TENANT, "dsr-1", "staff-hr-1", List.of());
    String csv = disclosed.document().orElseThrow().content();
    out.println("== 6 disclosure request: " + disclosed.request().state() + ", due by " + disclosed.request().dueBy());
    csv.lines().filter(l -> l.startsWith("record,")).forEach(l -> out.println("   " + l));

    // 7. Research export of departures, k = 3.
    List<ResearchRecord> rows = new ArrayList<>();
    String[][] people = {{"Sales", "Tokyo", "1986"}, {"Sales", "Tokyo", "1987"}, {"Sales", "Tokyo", "1989"},
        {"Engineering", "Osaka", "1990"}, {"Engineering", "Osaka", "1991"}, {"Engineering", "Osaka", "1993"}};
    for (int i = 0; i < people.length; i++) {
      Alumnus a = profile(AlumnusId.of("r-" + i), people[i][0], people[i][1]);
      rows.add(ResearchRecord.from(a, OptionalInt.of(Integer.parseInt(people[i][2])), Map.of("rehired", i % 2 == 0 ? "yes" : "no")));
    }
    AnonymisationSpec spec = AnonymisationSpec.of(3, ResearchRecord.BIRTH_YEAR, ResearchRecord.PREFECTURE, ResearchRecord.DEPARTMENT);
    AnonymisedExport raw = ResearchExport.anonymise(TENANT, rows, spec);
    out.println("== 7a research export with exact birth years: " + raw.getClass().getSimpleName());
    AnonymisedExport banded = ResearchExport.anonymise(TENANT, rows,
        spec.generalise(ResearchRecord.BIRTH_YEAR, AnonymisationSpec.yearBand(10)).keeping("rehired"));
    out.println("== 7b with ten-year birth bands: " + banded);
    return new Outcome(verdicts, breach, csv, banded);
  }

  private static Alumnus profile(AlumnusId id, String department, String prefecture) {
    Tenure t = new Tenure(department, "Associate", department.toLowerCase(java.util.Locale.ROOT), Grade.of("G2", 2),
        Location.japan(prefecture), LocalDate.of(2016, 4, 1), LocalDate.of(2025, 3, 31));
    return new Alumnus(id, TENANT, "E-" + id.value(), new PersonName("佐藤", "花子", "サトウ", "ハナコ"),
        List.of(ContactPoint.email(id.value() + "@example.invalid", true)), List.of(t),
        new Departure(LocalDate.of(2025, 3, 31), DepartureType.VOLUNTARY, "career-change", RehireEligibility.eligible()),
        CurrentSituation.unknown(), List.of(new SkillClaim(SkillId.of("sales"), Proficiency.ADVANCED, 9, java.time.YearMonth.of(2025, 3))),
        List.of(LanguageSkill.of("ja", LanguageSkill.Level.NATIVE)), Willingness.none(),
        VisibilitySettings.privateByDefault(), MembershipHistory.invited(Instant.parse("2025-04-01T00:00:00Z")), 0);
  }
}
