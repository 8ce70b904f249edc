package org.alumnisdk.consent.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alumnisdk.consent.decision.Action;
import org.alumnisdk.consent.decision.DataCategory;
import org.alumnisdk.consent.decision.DataClass;
import org.alumnisdk.consent.decision.Decision;
import org.alumnisdk.consent.decision.DecisionEngine;
import org.alumnisdk.consent.decision.DecisionRequest;
import org.alumnisdk.consent.decision.FactName;
import org.alumnisdk.consent.decision.Recipient;
import org.alumnisdk.consent.decision.RecipientRelation;
import org.alumnisdk.consent.decision.RuleSet;
import org.alumnisdk.consent.records.InMemoryStatutoryRecordStore;
import org.alumnisdk.consent.records.ProvisionBasis;
import org.alumnisdk.consent.records.ProvisionRecord;
import org.alumnisdk.consent.records.RecordBook;
import org.alumnisdk.consent.records.RecordRetention;
import org.alumnisdk.consent.records.RecordingMethod;
import org.alumnisdk.consent.rights.TestProfiles.MutableClock;
import org.alumnisdk.core.ActivityId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.activity.ActivityType;
import org.alumnisdk.core.alumnus.CurrentSituation;
import org.alumnisdk.core.inmemory.InMemoryActivityLog;
import org.alumnisdk.core.inmemory.InMemoryAlumnusRepository;
import org.alumnisdk.core.spi.PurposeGate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RightsDeskTest {
  private static final TenantId T = TenantId.of("acme");
  private static final AlumnusId A = AlumnusId.of("a-1");
  private MutableClock clock;
  private InMemoryAlumnusRepository repo;
  private InMemoryActivityLog log;
  private RecordBook book;
  private RightsDesk desk;

  @BeforeEach
  void setUp() {
    clock = new MutableClock(TestProfiles.T0);
    repo = new InMemoryAlumnusRepository();
    log = new InMemoryActivityLog();
    book = new RecordBook(new InMemoryStatutoryRecordStore(), RecordRetention.appi2022(), clock);
    desk = RightsDesk.create(repo, log, PersonRecords.of(book), RightsPolicy.defaults(), clock);
    repo.save(TestProfiles.alumnus(T, "a-1"));
    repo.save(TestProfiles.alumnus(T, "a-2"));
    log.append(Activity.of(ActivityId.of("act-1"), T, A, ActivityType.REFERRAL_SUBMITTED, TestProfiles.T0));
    log.append(Activity.of(ActivityId.of("act-2"), T, AlumnusId.of("a-2"), ActivityType.REFERRAL_SUBMITTED, TestProfiles.T0));
  }

  private ProvisionRecord provision(String id, RecordingMethod method, Instant at, AlumnusId... who) {
    return new ProvisionRecord(T, id, List.of(who), ProvisionBasis.CONSENT_ART_27_1, "Recruit Agency KK",
        Optional.empty(), "JP", List.of("employment-history"), List.of("ev-1"), at, at, method, at);
  }

  private SubjectRequest verifiedDisclosure(DisclosureFormat f) {
    desk.receive(T, "r-1", A, RequestKind.DISCLOSURE, Requester.self(), null, f, null);
    return desk.verifyIdentity(T, "r-1", "staff-1", true, false);
  }

  @Test
  void art33_1_disclosureInJsonHoldsTheProfileAndTheProvisionRecordsAboutThePerson() {
    book.keep(provision("pr-1", RecordingMethod.PER_EVENT, TestProfiles.T0, A));
    book.keep(provision("pr-other", RecordingMethod.PER_EVENT, TestProfiles.T0, AlumnusId.of("a-2")));
    verifiedDisclosure(DisclosureFormat.JSON);
    RequestOutcome out = desk.disclose(T, "r-1", "staff-1", List.of());
    DisclosureDocument doc = out.document().orElseThrow();
    assertThat(out.request().state()).isEqualTo(RequestState.COMPLETED);
    assertThat(doc.mediaType()).isEqualTo("application/json");
    assertThat(doc.content()).contains("{\"section\":\"profile\",\"item\":\"name.family\",\"value\":\"試験\"}")
        .contains("\"recordId\":\"pr-1\"").contains("\"article\":\"APPI@2022-04-01:Art.29\"")
        .contains("\"recipient\":\"Recruit Agency KK\"").doesNotContain("pr-other");
    assertThat(doc.recordCount()).isEqualTo(1);
    // Quotes and newlines are escaped, so the value survives as one JSON string.
    assertThat(doc.content()).contains("\"value\":\"Staff \\\"Senior\\\", Platform\\nTeam\"");
    assertThat(doc.toString()).doesNotContain("試験");
  }

  @Test
  @SuppressWarnings("unchecked")
  void art33_1_theJsonDisclosureIsWellFormedAndHoldsEveryItemAndRecord() {
    book.keep(provision("pr-1", RecordingMethod.PER_EVENT, TestProfiles.T0, A));
    verifiedDisclosure(DisclosureFormat.JSON);
    DisclosureDocument doc = desk.disclose(T, "r-1", "staff-1", List.of(new Withholding("contacts",
        Withholding.Ground.HARM_TO_PERSON_OR_OTHERS, "a \"quoted\" reason"))).document().orElseThrow();
    Map<String, Object> root = (Map<String, Object>) Json.parse(doc.content());
    assertThat(root).containsEntry("subject", "a-1").containsEntry("lawVersion", "APPI@2022-04-01");
    List<Map<String, Object>> items = (List<Map<String, Object>>) root.get("items");
    assertThat(items).hasSize(doc.itemCount());
    assertThat(items).anySatisfy(m -> assertThat(m).containsEntry("item", "current.title")
        .containsEntry("value", "Staff \"Senior\", Platform\nTeam"));
    assertThat(items).noneSatisfy(m -> assertThat((String) m.get("item")).startsWith("contacts"));
    List<Map<String, Object>> recs = (List<Map<String, Object>>) root.get("records");
    assertThat(recs).singleElement().satisfies(m -> assertThat((Map<String, Object>) m.get("fields"))
        .containsEntry("recipient", "Recruit Agency KK"));
    assertThat((List<Map<String, Object>>) root.get("withheld")).singleElement()
        .satisfies(m -> assertThat(m).containsEntry("explanation", "a \"quoted\" reason"));
  }

  @Test
  void art33_1_disclosureInCsvParsesBackToTheSameItems() {
    verifiedDisclosure(DisclosureFormat.CSV);
    DisclosureDocument doc = desk.disclose(T, "r-1", "staff-1", List.of()).document().orElseThrow();
    List<List<String>> rows = Csv.parse(doc.content());
    assertThat(rows.get(0)).containsExactly("section", "item", "value");
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(3));
    assertThat(rows).contains(List.of("profile", "current.title", "Staff \"Senior\", Platform\nTeam"),
        List.of("profile", "name.given", "太郎"));
    assertThat(rows).hasSize(doc.itemCount() + 1);
  }

  @Test
  void art33_2_partialRefusalWithholdsItemsAndExplainsTheGround() {
    verifiedDisclosure(DisclosureFormat.CSV);
    RequestOutcome out = desk.disclose(T, "r-1", "staff-1", List.of(new Withholding("departure.",
        Withholding.Ground.SERIOUS_BUSINESS_INTERFERENCE, "internal rehire assessment")));
    assertThat(out.request().state()).isEqualTo(RequestState.PARTIALLY_REFUSED);
    List<List<String>> rows = Csv.parse(out.document().orElseThrow().content());
    assertThat(rows).noneMatch(r -> r.get(0).equals("profile") && r.get(1).startsWith("departure."));
    assertThat(rows).contains(List.of("withheld", "departure.", "Art.33(2)(ii): internal rehire assessment"));
    assertThat(out.request().reasons()).anySatisfy(r -> assertThat(r.article().article()).isEqualTo("Art.33(2)(ii)"));
  }

  @Test
  void art33_3_whenNothingIsHeldThePersonIsToldSo() {
    desk.receive(T, "r-9", AlumnusId.of("nobody"), RequestKind.DISCLOSURE, Requester.self(), null, DisclosureFormat.JSON, null);
    desk.verifyIdentity(T, "r-9", "staff-1", true, false);
    RequestOutcome out = desk.disclose(T, "r-9", "staff-1", List.of());
    assertThat(out.request().reasons()).anySatisfy(r -> assertThat(r.article().article()).isEqualTo("Art.33(3)"));
    assertThat(out.document().orElseThrow().itemCount()).isZero();
  }

  @Test
  void art37_2_nothingIsDoneBeforeTheIdentityCheck() {
    desk.receive(T, "r-1", A, RequestKind.DISCLOSURE, Requester.self(), null, DisclosureFormat.JSON, null);
    assertThatThrownBy(() -> desk.disclose(T, "r-1", "staff-1", List.of())).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void art37_2_aFailedIdentityCheckClosesTheRequest() {
    desk.receive(T, "r-1", A, RequestKind.DELETION, Requester.self(), Art35Ground.NO_LONGER_NEEDED, null, null);
    SubjectRequest r = desk.verifyIdentity(T, "r-1", "staff-1", false, false);
    assertThat(r.state()).isEqualTo(RequestState.IDENTITY_FAILED);
    assertThat(r.state().closed()).isTrue();
    assertThatThrownBy(() -> desk.decideArt35(T, "r-1", "staff-1", true, null)).isInstanceOf(IllegalTransitionException.class);
    assertThat(repo.findById(T, A)).isPresent();
  }

  @Test
  void art37_3_anAgentNeedsConfirmedAuthority() {
    desk.receive(T, "r-1", A, RequestKind.DISCLOSURE, Requester.agent("poa-77"), null, DisclosureFormat.JSON, null);
    SubjectRequest r = desk.verifyIdentity(T, "r-1", "staff-1", true, false);
    assertThat(r.state()).isEqualTo(RequestState.IDENTITY_FAILED);
    assertThat(r.reasons()).anySatisfy(x -> assertThat(x.article().article()).isEqualTo("Art.37(3)"));
    desk.receive(T, "r-2", A, RequestKind.DISCLOSURE, Requester.agent("poa-77"), null, DisclosureFormat.JSON, null);
    assertThat(desk.verifyIdentity(T, "r-2", "staff-1", true, true).state()).isEqualTo(RequestState.VERIFIED);
    assertThatThrownBy(() -> Requester.agent(" ")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void withoutDelayIsAConfigurableDeadlineAndOverdueRequestsAreListed() {
    desk.receive(T, "r-1", A, RequestKind.DISCLOSURE, Requester.self(), null, DisclosureFormat.JSON, null);
    clock.advance(Duration.ofDays(14));
    assertThat(desk.overdue(T)).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(desk.overdue(T)).extracting(SubjectRequest::id).containsExactly("r-1");
    RightsDesk fast = RightsDesk.create(repo, log, PersonRecords.none(),
        new RightsPolicy("APPI@2022-04-01", Duration.ofDays(3)), clock);
    SubjectRequest r = fast.receive(T, "r-2", A, RequestKind.CORRECTION, Requester.self(), null, null, null);
    assertThat(r.dueBy()).isEqualTo(clock.instant().plus(Duration.ofDays(3)));
  }

  @Test
  void art32_2_thePersonIsToldThePurposesOfUse() {
    desk.receive(T, "r-1", A, RequestKind.PURPOSE_NOTIFICATION, Requester.self(), null, null, null);
    desk.verifyIdentity(T, "r-1", "staff-1", true, false);
    SubjectRequest r = desk.answerPurposes(T, "r-1", "staff-1", List.of(PurposeId.REHIRE_OUTREACH, PurposeId.MENTORING));
    assertThat(r.state()).isEqualTo(RequestState.COMPLETED);
    assertThat(r.reasons()).singleElement().satisfies(x -> {
      assertThat(x.article().article()).isEqualTo("Art.32(2)");
      assertThat(x.text()).contains("rehire-outreach", "mentoring");
    });
  }

  @Test
  void art34_untrueContentIsCorrectedThroughTheRepository() {
    desk.receive(T, "r-1", A, RequestKind.CORRECTION, Requester.self(), null, null, null);
    desk.verifyIdentity(T, "r-1", "staff-1", true, false);
    RequestOutcome out = desk.correct(T, "r-1", "staff-1", true,
        a -> a.withCurrent(new CurrentSituation("Initech", "Lead", "software", null)));
    assertThat(out.request().state()).isEqualTo(RequestState.COMPLETED);
    assertThat(repo.findById(T, A).orElseThrow().current().employer()).isEqualTo("Initech");
    assertThat(out.request().reasons()).anySatisfy(r -> assertThat(r.article().article()).isEqualTo("Art.34(2)"));
  }

  @Test
  void art34_contentFoundTrueIsNotCorrected() {
    desk.receive(T, "r-1", A, RequestKind.CORRECTION, Requester.self(), null, null, null);
    desk.verifyIdentity(T, "r-1", "staff-1", true, false);
    RequestOutcome out = desk.correct(T, "r-1", "staff-1", false, a -> a.withCurrent(CurrentSituation.unknown()));
    assertThat(out.request().state()).isEqualTo(RequestState.REFUSED);
    assertThat(repo.findById(T, A).orElseThrow().current().employer()).isEqualTo("Globex");
  }

  @Test
  void art35_5_deletionWhenNoLongerNeededDeletesProfileAndActivityButKeepsRecordsWithinRetention() {
    book.keep(provision("pr-old", RecordingMethod.PER_EVENT, TestProfiles.T0, A));
    clock.advance(Duration.ofDays(365 * 3 + 2)); // pr-old's 3-year retention has ended
    book.keep(provision("pr-new", RecordingMethod.PER_EVENT, clock.instant(), A));
    desk.receive(T, "r-1", A, RequestKind.DELETION, Requester.self(), Art35Ground.NO_LONGER_NEEDED, null, null);
    desk.verifyIdentity(T, "r-1", "staff-1", true, false);
    RequestOutcome out = desk.decideArt35(T, "r-1", "staff-1", true, null);
    DeletionReport d = out.deletion().orElseThrow();
    assertThat(d.profileDeleted()).isTrue();
    assertThat(d.activitiesDeleted()).isEqualTo(1);
    assertThat(d.expiredRecordsPurged()).isEqualTo(1);
    assertThat(d.retainedRecords()).extracting(RecordView::recordId).containsExactly("pr-new");
    assertThat(repo.findById(T, A)).isEmpty();
    assertThat(log.findByAlumnus(T, A)).isEmpty();
    assertThat(book.provisionsAbout(T, A)).extracting(k -> k.record().recordId()).containsExactly("pr-new");
    // Nothing of the other alumnus is touched.
    assertThat(repo.findById(T, AlumnusId.of("a-2"))).isPresent();
    assertThat(log.findByAlumnus(T, AlumnusId.of("a-2"))).hasSize(1);
    assertThat(out.request().state()).isEqualTo(RequestState.COMPLETED);
    assertThat(out.request().reasons()).extracting(r -> r.article().article()).contains("Art.35(6)", "Art.29(3)", "Art.35(7)");
  }

  @Test
  void art35_1_cessationOfUseForAPurposeIsEnforcedByTheWrappedGate() {
    desk.receive(T, "r-1", A, RequestKind.CESSATION_OF_USE, Requester.self(), Art35Ground.USED_BEYOND_PURPOSE, null,
        PurposeId.REHIRE_OUTREACH.value());
    desk.verifyIdentity(T, "r-1", "staff-1", true, false);
    desk.decideArt35(T, "r-1", "staff-1", true, null);
    PurposeGate gate = desk.gate(PurposeGate.allowAllForTesting());
    assertThat(gate.check(T, A, PurposeId.REHIRE_OUTREACH, clock.instant()).allowed()).isFalse();
    assertThat(gate.check(T, A, PurposeId.MENTORING, clock.instant()).allowed()).isTrue();
    assertThat(gate.check(T, AlumnusId.of("a-2"), PurposeId.REHIRE_OUTREACH, clock.instant()).allowed()).isTrue();
    assertThat(gate.check(TenantId.of("globex"), A, PurposeId.REHIRE_OUTREACH, clock.instant()).allowed()).isTrue();
  }

  @Test
  void art35_3_cessationOfProvisionMakesTheDecisionEngineDenyProvisionToThatRecipient() {
    desk.receive(T, "r-1", A, RequestKind.CESSATION_OF_PROVISION, Requester.self(), Art35Ground.PROVIDED_IN_BREACH, null, "agency-1");
    desk.verifyIdentity(T, "r-1", "staff-1", true, false);
    desk.decideArt35(T, "r-1", "staff-1", true, null);
    RuleSet rules = RuleSet.appi2022().withAdditionalPolicy(desk.provisionStopPolicy());
    DecisionRequest.Builder b = DecisionRequest.builder(T, Action.PROVIDE, PurposeId.REHIRE_OUTREACH, clock.instant())
        .dataClass(DataClass.PERSONAL_DATA).categories(DataCategory.ordinary("employment-history")).subjects(A)
        .fact(FactName.CONSENT_TO_PROVIDE, true);
    Decision toAgency = DecisionEngine.decide(b.recipient(Recipient.of("agency-1", RecipientRelation.THIRD_PARTY, "JP")).build(), rules);
    assertThat(toAgency).isInstanceOf(Decision.Deny.class);
    assertThat(toAgency.reasons()).anySatisfy(r -> assertThat(r.article().article()).isEqualTo("Art.35(4)"));
    Decision toOther = DecisionEngine.decide(b.recipient(Recipient.of("agency-2", RecipientRelation.THIRD_PARTY, "JP")).build(), rules);
    assertThat(toOther.permitted()).isTrue();
  }

  @Test
  void art35_7_aGroundNotFoundToExistIsRefusedAndThePersonNotified() {
    desk.receive(T, "r-1", A, RequestKind.DELETION, Requester.self(), Art35Ground.HARM_TO_RIGHTS, null, null);
    desk.verifyIdentity(T, "r-1", "staff-1", true, false);
    RequestOutcome out = desk.decideArt35(T, "r-1", "staff-1", false, null);
    assertThat(out.request().state()).isEqualTo(RequestState.REFUSED);
    assertThat(out.request().reasons()).extracting(r -> r.article().article()).contains("Art.35(5)", "Art.35(7)");
    assertThat(repo.findById(T, A)).isPresent();
  }

  @Test
  void art35_6_proviso_anAlternativeMeasureWhenComplyingIsVeryCostlyIsAPartialRefusal() {
    desk.receive(T, "r-1", A, RequestKind.DELETION, Requester.self(), Art35Ground.NO_LONGER_NEEDED, null, null);
    desk.verifyIdentity(T, "r-1", "staff-1", true, false);
    RequestOutcome out = desk.decideArt35(T, "r-1", "staff-1", true, "archived offline, access removed");
    assertThat(out.request().state()).isEqualTo(RequestState.PARTIALLY_REFUSED);
    assertThat(out.request().reasons()).anySatisfy(r -> assertThat(r.article().article()).isEqualTo("Art.35(6) proviso"));
    assertThat(out.deletion()).isEmpty();
  }

  @Test
  void art35_groundsMustMatchTheRequestKind() {
    assertThatThrownBy(() -> desk.receive(T, "r-1", A, RequestKind.DELETION, Requester.self(),
        Art35Ground.PROVIDED_IN_BREACH, null, null)).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("ground");
    assertThatThrownBy(() -> desk.receive(T, "r-2", A, RequestKind.CESSATION_OF_PROVISION, Requester.self(),
        Art35Ground.IMPROPERLY_ACQUIRED, null, null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> desk.receive(T, "r-3", A, RequestKind.DELETION, Requester.self(), null, null, null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("ground");
    assertThat(Art35Ground.NO_LONGER_NEEDED.supports()).containsExactlyInAnyOrder(RequestKind.CESSATION_OF_USE, RequestKind.DELETION, RequestKind.CESSATION_OF_PROVISION);
  }

  @Test
  void requestsAreTenantScoped() {
    desk.receive(T, "r-1", A, RequestKind.DISCLOSURE, Requester.self(), null, DisclosureFormat.JSON, null);
    assertThat(desk.find(TenantId.of("globex"), "r-1")).isEmpty();
    assertThatThrownBy(() -> desk.verifyIdentity(TenantId.of("globex"), "r-1", "staff-1", true, false))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> desk.receive(T, "r-1", A, RequestKind.DISCLOSURE, Requester.self(), null, DisclosureFormat.JSON, null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("already exists");
  }

  @Test
  void recordsOutliveTheProfileForTheirFullRetention() {
    book.keep(provision("pr-1", RecordingMethod.CONTINUOUS, TestProfiles.T0, A));
    desk.receive(T, "r-1", A, RequestKind.DELETION, Requester.self(), Art35Ground.NO_LONGER_NEEDED, null, null);
    desk.verifyIdentity(T, "r-1", "staff-1", true, false);
    DeletionReport d = desk.decideArt35(T, "r-1", "staff-1", true, null).deletion().orElseThrow();
    assertThat(d.retainedRecords()).singleElement().satisfies(v -> {
      assertThat(v.retainUntil()).isEqualTo(TestProfiles.T0.atOffset(java.time.ZoneOffset.UTC).plus(Period.ofYears(3)).toInstant());
      assertThat(v.fields()).containsEntry("recipient", "Recruit Agency KK");
    });
  }
}
