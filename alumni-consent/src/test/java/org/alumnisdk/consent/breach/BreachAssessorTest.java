package org.alumnisdk.consent.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.Test;

class BreachAssessorTest {
  private static final TenantId T = TenantId.of("acme");
  // 10:00 in Tokyo on 1 April 2026.
  private static final Instant AWARE = Instant.parse("2026-04-01T01:00:00Z");
  private final BreachAssessor assessor = BreachAssessor.standard();

  private static Incident.Builder incident() {
    return Incident.builder(T, "inc-1", AWARE).likelihood(Likelihood.OCCURRED).strongEncryption(false);
  }

  @Test
  void art26_1_exactly1000PersonsIsNotMoreThan1000AndNotReportable() {
    assertThat(assessor.assess(incident().affectedCount(1_000).build())).isInstanceOf(BreachAssessment.NotReportable.class);
  }

  @Test
  void art26_1_1001PersonsIsMoreThan1000AndReportable() {
    BreachAssessment a = assessor.assess(incident().affectedCount(1_001).build());
    assertThat(a).isInstanceOfSatisfying(BreachAssessment.Reportable.class,
        r -> assertThat(r.triggers()).containsExactly(BreachTrigger.MORE_THAN_THRESHOLD_PERSONS));
  }

  @Test
  void art26_1_theThresholdIsConfigurable() {
    BreachAssessor strict = BreachAssessor.of(BreachRules.appi2022().withPersonThreshold(100));
    assertThat(strict.assess(incident().affectedCount(101).build()).reportable()).isTrue();
    assertThat(strict.assess(incident().affectedCount(100).build()).reportable()).isFalse();
  }

  @Test
  void art26_1_specialCareRequiredInformationIsReportableForASinglePerson() {
    BreachAssessment a = assessor.assess(incident().affectedCount(1).specialCareRequired(true).build());
    assertThat(a).isInstanceOfSatisfying(BreachAssessment.Reportable.class,
        r -> assertThat(r.triggers()).containsExactly(BreachTrigger.SPECIAL_CARE_REQUIRED));
  }

  @Test
  void art26_1_financialLossRiskIsReportableAtAnyCount() {
    assertThat(assessor.assess(incident().affectedCount(2).financialLossRisk(true).build()).reportable()).isTrue();
  }

  @Test
  void art26_1_finalReportIsDue30DaysAfterAwarenessAndThePreliminaryAfter5() {
    BreachAssessment a = assessor.assess(incident().affectedCount(5_000).build());
    assertThat(a).isInstanceOfSatisfying(BreachAssessment.Reportable.class, r -> {
      assertThat(r.preliminaryDue()).isEqualTo(LocalDate.of(2026, 4, 6));
      assertThat(r.finalDue()).isEqualTo(LocalDate.of(2026, 5, 1));
    });
  }

  @Test
  void art26_1_anUnlawfulActGets60DaysForTheFinalReport() {
    BreachAssessment a = assessor.assess(incident().affectedCount(3).unlawfulPurpose(true).build());
    assertThat(a).isInstanceOfSatisfying(BreachAssessment.Reportable.class,
        r -> assertThat(r.finalDue()).isEqualTo(LocalDate.of(2026, 5, 31)));
  }

  @Test
  void art26_1_daysAreCountedInJapanTime() {
    // 23:30 UTC on 31 March is 08:30 on 1 April in Tokyo.
    Incident late = Incident.builder(T, "inc-2", Instant.parse("2026-03-31T23:30:00Z")).likelihood(Likelihood.OCCURRED)
        .strongEncryption(false).affectedCount(2_000).build();
    assertThat(assessor.assess(late)).isInstanceOfSatisfying(BreachAssessment.Reportable.class,
        r -> assertThat(r.finalDue()).isEqualTo(LocalDate.of(2026, 5, 1)));
  }

  @Test
  void art26_1_thePreliminaryPeriodIsConfigurable() {
    BreachAssessor three = BreachAssessor.of(BreachRules.appi2022().withPreliminaryDays(3));
    assertThat(three.assess(incident().affectedCount(1).specialCareRequired(true).build()))
        .isInstanceOfSatisfying(BreachAssessment.Reportable.class,
            r -> assertThat(r.preliminaryDue()).isEqualTo(LocalDate.of(2026, 4, 4)));
  }

  @Test
  void art26_1_advancedEncryptionRemovesTheDuty() {
    assertThat(assessor.assess(incident().affectedCount(50_000).strongEncryption(true).build()).reportable()).isFalse();
  }

  @Test
  void art26_1_unknownEncryptionIsTreatedAsNoEncryption() {
    assertThat(assessor.assess(incident().affectedCount(50_000).strongEncryption(null).build()).reportable()).isTrue();
  }

  @Test
  void art26_1_anUnknownAffectedCountFailsClosedAsReportable() {
    BreachAssessment a = assessor.assess(incident().build());
    assertThat(a.reportable()).isTrue();
    assertThat(a.reasons()).anySatisfy(r -> assertThat(r.text()).contains("unknown"));
  }

  @Test
  void art26_1_probablyOccurredCountsButAnIncidentAssessedAsNotOccurredDoesNot() {
    assertThat(assessor.assess(incident().likelihood(Likelihood.PROBABLE).affectedCount(1).specialCareRequired(true).build()).reportable()).isTrue();
    assertThat(assessor.assess(incident().likelihood(Likelihood.UNLIKELY).affectedCount(1).specialCareRequired(true).build()).reportable()).isFalse();
  }

  @Test
  void art26_1_proviso_aProcessorThatNotifiedTheOperatorNeedNotReport() {
    BreachAssessment a = assessor.assess(incident().affectedCount(5_000).asProcessor(AWARE.plusSeconds(3600)).build());
    assertThat(a).isInstanceOf(BreachAssessment.NotReportable.class);
    assertThat(a.reasons()).anySatisfy(r -> assertThat(r.article().article()).isEqualTo("Art.26(1) proviso"));
  }

  @Test
  void art26_1_proviso_aProcessorThatDidNotNotifyMustReport() {
    assertThat(assessor.assess(incident().affectedCount(5_000).asProcessor(null).build()).reportable()).isTrue();
  }

  @Test
  void art41_9_pseudonymisedOnlyIncidentsFallOutsideArt26() {
    assertThat(assessor.assess(incident().affectedCount(5_000).pseudonymisedOnly(true).build()).reportable()).isFalse();
  }

  @Test
  void art26_2_eachKnownPersonGetsANotificationTaskAndUnknownOnesAPublicAnnouncement() {
    List<AlumnusId> known = List.of(AlumnusId.of("a-1"), AlumnusId.of("a-2"));
    BreachAssessment a = assessor.assess(incident().affectedCount(3).specialCareRequired(true).affected(known).build());
    assertThat(a).isInstanceOfSatisfying(BreachAssessment.Reportable.class, r -> {
      assertThat(r.tasks()).filteredOn(t -> t.kind() == NotificationTask.Kind.NOTIFY_PERSON)
          .extracting(NotificationTask::alumnus).containsExactlyElementsOf(known);
      assertThat(r.tasks()).filteredOn(t -> t.kind() == NotificationTask.Kind.PUBLIC_ANNOUNCEMENT).hasSize(1);
    });
  }

  @Test
  void art26_2_whenEveryPersonIsKnownThereIsNoPublicAnnouncement() {
    List<AlumnusId> known = List.of(AlumnusId.of("a-1"));
    BreachAssessment a = assessor.assess(incident().affectedCount(1).specialCareRequired(true).affected(known).build());
    assertThat(a).isInstanceOfSatisfying(BreachAssessment.Reportable.class,
        r -> assertThat(r.tasks()).extracting(NotificationTask::kind).containsExactly(NotificationTask.Kind.NOTIFY_PERSON));
  }

  @Test
  void reasonsCiteTheRulesItemAndTheRuleSetVersion() {
    BreachAssessment a = assessor.assess(incident().affectedCount(1).unlawfulPurpose(true).build());
    assertThat(a.reasons()).anySatisfy(r -> assertThat(r.article().toString()).isEqualTo("APPI@2022-04-01:Art.26(1); Rules Art.7(iii)"));
  }

  @Test
  void badIncidentsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> incident().affectedCount(-5).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("incident.affectedCount");
    assertThatThrownBy(() -> incident().affectedCount(1).affected(List.of(AlumnusId.of("a"), AlumnusId.of("b"))).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("incident.affected");
    assertThatThrownBy(() -> new BreachRules("v", 1000, 40, 30, 60, true, java.time.ZoneId.of("UTC")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("breachRules.preliminaryDays");
  }
}
