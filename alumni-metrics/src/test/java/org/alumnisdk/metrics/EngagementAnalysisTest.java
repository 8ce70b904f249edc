package org.alumnisdk.metrics;

import static org.alumnisdk.metrics.support.Fixtures.NOW;
import static org.alumnisdk.metrics.support.Fixtures.TENANT;
import static org.alumnisdk.metrics.support.Fixtures.activity;
import static org.alumnisdk.metrics.support.Fixtures.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alumnisdk.core.ActivityId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.TenantMismatchException;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.activity.ActivityType;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.MembershipHistory;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.metrics.kpi.Kpi;
import org.alumnisdk.metrics.kpi.KpiFlag;
import org.alumnisdk.metrics.level.OrbitLevel;
import org.alumnisdk.metrics.segment.SegmentRules;
import org.alumnisdk.metrics.support.People;
import org.alumnisdk.metrics.taxonomy.EngagementMode;
import org.junit.jupiter.api.Test;

class EngagementAnalysisTest {
  // NOW = 2026-11-01; Japanese FY2026 = 2026-04-01 .. 2027-04-01 (JST)
  private static final LocalDate LEFT_2025 = LocalDate.of(2025, 1, 31);

  private static Activity act(String id, String who, ActivityType type, Instant at) {
    return Activity.of(ActivityId.of(id), TENANT, AlumnusId.of(who), type, at);
  }

  private static final PurposeGate GATE = (t, a, p, at) ->
      a.value().equals("noconsent") ? GateDecision.deny("no consent record") : GateDecision.allow("ok");

  private List<Alumnus> alumni() {
    List<Alumnus> l = new ArrayList<>();
    l.add(People.registered(TENANT, "a1", LEFT_2025));
    l.add(People.registered(TENANT, "a2", LEFT_2025));
    l.add(People.registered(TENANT, "a3", LEFT_2025));
    l.add(People.registered(TENANT, "future", LocalDate.of(2027, 5, 1)));
    l.add(People.registered(TENANT, "noconsent", LEFT_2025));
    Instant inv = Instant.parse("2025-02-01T00:00:00Z");
    l.add(People.alumnus(TENANT, "rehired", LEFT_2025, MembershipHistory.invited(inv)
        .moveTo(MembershipStatus.REGISTERED, inv.plusSeconds(60), "")
        .moveTo(MembershipStatus.REHIRED, Instant.parse("2026-01-10T00:00:00Z"), "")));
    return l;
  }

  private EngagementAnalysis analysis(List<Activity> activities) {
    Population pop = Engagement.population(TENANT, alumni(), GATE, clockAt(NOW));
    return Engagement.analyze(Engagement.defaults(), pop, activities);
  }

  @Test
  void percentEngagedAppliesTheCohortRuleAndCountsModesAndOverlap() {
    Instant june = Instant.parse("2026-06-15T03:00:00Z");
    List<Activity> acts = List.of(
        act("1", "a1", ActivityType.MENTORING, june),
        act("2", "a1", ActivityType.CONTENT_CLICKED, june),
        act("3", "a2", ActivityType.EVENT_RSVP, june),
        act("4", "a2", ActivityType.CONTENT_OPENED, june),
        act("5", "a3", ActivityType.EVENT_ATTENDED, june),
        act("6", "a3", ActivityType.EVENT_ATTENDED, Instant.parse("2026-02-01T00:00:00Z")), // FY2025
        act("7", "future", ActivityType.MENTORING, june),
        act("8", "noconsent", ActivityType.MENTORING, june),
        act("9", "rehired", ActivityType.MENTORING, june));
    EngagementRates r = analysis(acts).percentEngaged();
    assertThat(r.period().label()).isEqualTo("FY2026");
    assertThat(r.any().denominator()).isEqualTo(3);
    assertThat(r.any().numerator()).isEqualTo(2);
    assertThat(r.byMode().get(EngagementMode.VOLUNTEER).numerator()).isEqualTo(1);
    assertThat(r.byMode().get(EngagementMode.COMMUNICATION).numerator()).isEqualTo(1);
    assertThat(r.byMode().get(EngagementMode.EXPERIENTIAL).numerator()).isEqualTo(1);
    assertThat(r.byMode().get(EngagementMode.CONTRIBUTION).numerator()).isZero();
    assertThat(r.overlap()).extracting(Kpi::numerator).containsExactly(1L, 1L, 1L, 0L, 0L);
    Map<String, Long> ex = r.any().definition().excluded();
    assertThat(ex).containsEntry("no engagement-analytics consent", 1L)
        .containsEntry("not yet departed by the window end", 1L)
        .containsEntry("rehired or left the network before the window start", 1L)
        .containsEntry("engaged but outside the denominator (not counted)", 2L);
  }

  @Test
  void activityCountsExplainEveryIgnoredActivity() {
    List<Activity> acts = List.of(
        act("1", "a1", ActivityType.MENTORING, NOW.minusSeconds(10)),
        act("1", "a1", ActivityType.MENTORING, NOW.minusSeconds(10)),
        act("2", "a1", ActivityType.of("unknown-kind"), NOW),
        act("3", "a1", ActivityType.EVENT_RSVP, NOW),
        act("4", "a1", ActivityType.MENTORING, NOW.plusSeconds(1)),
        act("5", "noconsent", ActivityType.MENTORING, NOW),
        act("6", "stranger", ActivityType.MENTORING, NOW));
    ActivityCounts c = analysis(acts).activityCounts();
    assertThat(c).isEqualTo(new ActivityCounts(7, 1, 1, 1, 1, 1, 1, 1));
  }

  @Test
  void memberMetricsCarryScoreLevelRfmAndSegment() {
    List<Activity> acts = new ArrayList<>();
    for (int d = 0; d < 60; d++) {
      acts.add(act("m" + d, "a1", ActivityType.CONTENT_CLICKED, NOW.minus(Duration.ofDays(d))));
    }
    acts.add(act("h", "a1", ActivityType.HOSTING, NOW.minus(Duration.ofDays(10))));
    acts.add(act("old", "a2", ActivityType.EVENT_ATTENDED, NOW.minus(Duration.ofDays(400))));
    EngagementAnalysis a = analysis(acts);
    MemberMetrics m1 = a.member(AlumnusId.of("a1")).orElseThrow();
    assertThat(m1.level().level()).isEqualTo(OrbitLevel.LEADING);
    assertThat(m1.level().depthStep()).isEqualTo(11);
    assertThat(m1.segment().segment()).isEqualTo(SegmentRules.CHAMPION);
    assertThat(m1.daysSinceLastActivity()).isZero();
    assertThat(m1.rfm().frequencyCount()).isEqualTo(61);
    MemberMetrics m2 = a.member(AlumnusId.of("a2")).orElseThrow();
    assertThat(m2.level().level()).isEqualTo(OrbitLevel.NONE);
    assertThat(m2.segment().segment()).isEqualTo(SegmentRules.DORMANT);
    assertThat(m2.daysSinceLastActivity()).isEqualTo(400);
    assertThat(m2.score()).isEqualTo(3 * Math.pow(2, -400.0 / 180), org.assertj.core.api.Assertions.within(1e-12));
    assertThat(a.member(AlumnusId.of("noconsent"))).isEmpty();
    // 5 measured: a1 highest (4 + 1/2)/5, a2 second (3 + 1/2)/5; a3, future, rehired tie at 0: (0 + 3/2)/5
    assertThat(m1.scorePercentile()).isEqualTo(90.0);
    assertThat(m2.scorePercentile()).isEqualTo(70.0);
    assertThat(a.member(AlumnusId.of("a3")).orElseThrow().scorePercentile()).isEqualTo(30.0);
    assertThat(a.segmentCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(a.population().size());
    assertThat(a.toString()).doesNotContain("試験").doesNotContain("example.invalid");
  }

  @Test
  void activeMemberRateInactiveMembersAndRetention() {
    List<Activity> acts = List.of(
        act("1", "a1", ActivityType.CONTENT_CLICKED, NOW.minus(Duration.ofDays(10))),
        act("2", "a2", ActivityType.CONTENT_CLICKED, NOW.minus(Duration.ofDays(500))),
        act("3", "rehired", ActivityType.CONTENT_CLICKED, NOW.minus(Duration.ofDays(5))));
    EngagementAnalysis a = analysis(acts);
    Kpi active = a.activeMemberRate();
    // members at NOW: a1, a2, a3; "future" registers only in 2027 and rehired is not a member
    assertThat(active.denominator()).isEqualTo(3);
    assertThat(active.numerator()).isEqualTo(1);
    assertThat(active.definition().excluded()).containsEntry("active but not a registered member (not counted)", 1L);
    InactiveMembers in = a.inactiveMembers();
    assertThat(in.share().denominator()).isEqualTo(3);
    assertThat(in.share().numerator()).isEqualTo(1);
    assertThat(in.byPeriodOfLastActivity()).containsExactly(Map.entry("FY2025", 1L));
    List<Kpi> retention = a.retentionByDepartureCohort();
    assertThat(retention).extracting(Kpi::name).containsExactly("retention.FY2024", "retention.FY2027");
    assertThat(retention.get(0).denominator()).isEqualTo(3);
    assertThat(retention.get(0).numerator()).isEqualTo(3);
    assertThat(retention.get(0).definition().excluded()).containsEntry("rehired (left the alumni population)", 1L);
  }

  @Test
  void networkGrowthAndCaptureRate() {
    EngagementAnalysis a = analysis(List.of());
    org.alumnisdk.metrics.kpi.Window fy2024 = a.config().fiscalYear().year(2024);
    // all left 2025-01-31 (FY2024), registered 2025-02-02; "future" leaves in FY2027
    Kpi growth = a.networkGrowth(a.config().fiscalYear().year(2025));
    assertThat(growth.denominator()).isEqualTo(4); // a1 a2 a3 rehired registered at 2025-04-01
    assertThat(growth.numerator()).isEqualTo(-1); // rehired left during FY2025
    Kpi capture = a.captureRate(fy2024);
    assertThat(capture.denominator()).isEqualTo(4);
    assertThat(capture.numerator()).isEqualTo(4);
  }

  @Test
  void otherTenantsActivitiesAreRejected() {
    Activity foreign = Activity.of(ActivityId.of("x"), TenantId.of("other"), AlumnusId.of("a1"), ActivityType.MENTORING, NOW);
    assertThatThrownBy(() -> analysis(List.of(foreign))).isInstanceOf(TenantMismatchException.class);
  }

  @Test
  void duplicateAlumniAreRejected() {
    List<Alumnus> twice = List.of(People.registered(TENANT, "a1", LEFT_2025), People.registered(TENANT, "a1", LEFT_2025));
    assertThatThrownBy(() -> Engagement.population(TENANT, twice, GATE, clockAt(NOW)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("a1");
  }

  @Test
  void aHostGateThatThrowsOrAnswersNullLeavesThoseAlumniOutAndTheWaiverIsRecorded() {
    PurposeGate flaky = (tenant, alumnus, purpose, at) -> {
      if (alumnus.value().equals("a1")) {
        throw new IllegalStateException("db down for a1@example.com");
      }
      return alumnus.value().equals("a2") ? null : GATE.check(tenant, alumnus, purpose, at);
    };
    Population pop = Engagement.population(TENANT, alumni(), flaky, clockAt(NOW));
    assertThat(pop.excluded()).contains(AlumnusId.of("a1"), AlumnusId.of("a2"));
    assertThat(pop.excludedByReason().keySet()).anyMatch(r -> r.contains("IllegalStateException"))
        .noneMatch(r -> r.contains("example.com"));
    assertThat(pop.consentCheck()).isEqualTo("every alumnus checked by the purpose gate");
    Population waived = Engagement.population(TENANT, alumni(),
        PurposeGate.withoutConsentCheck("anonymised research data"), clockAt(NOW));
    assertThat(waived.size()).isEqualTo(alumni().size());
    assertThat(waived.consentCheck()).isEqualTo("consent check waived: anonymised research data");
  }

  @Test
  void denyAllGateMeasuresNobodyAndSaysSo() {
    Population pop = Engagement.population(TENANT, alumni(), PurposeGate.denyAll(), clockAt(NOW));
    EngagementAnalysis a = Engagement.analyze(Engagement.defaults(), pop,
        List.of(act("1", "a1", ActivityType.MENTORING, NOW)));
    assertThat(a.members()).isEmpty();
    assertThat(a.percentEngaged().any().flags()).contains(KpiFlag.EMPTY_DENOMINATOR);
    assertThat(a.population().excludedForConsent()).isEqualTo(6);
    assertThat(a.activityCounts().noConsent()).isEqualTo(1);
  }

  @Test
  void hysteresisHoldsALevelAcrossAnalyses() {
    List<Activity> acts = List.of(act("1", "a1", ActivityType.HOSTING, NOW.minus(Duration.ofDays(300))));
    EngagementAnalysis first = analysis(acts);
    assertThat(first.member(AlumnusId.of("a1")).orElseThrow().level().level()).isEqualTo(OrbitLevel.LEADING);
    Instant later = NOW.plus(Duration.ofDays(80)); // hosting now 380 days old: computed NONE
    Population pop2 = Engagement.population(TENANT, alumni(), GATE, clockAt(later));
    EngagementAnalysis second = Engagement.analyze(Engagement.defaults(), pop2, acts,
        Engagement.defaults().fiscalYear().containing(later), first.levels());
    var l2 = second.member(AlumnusId.of("a1")).orElseThrow().level();
    assertThat(l2.held()).isTrue();
    assertThat(l2.level()).isEqualTo(OrbitLevel.LEADING);
    Instant muchLater = NOW.plus(Duration.ofDays(120));
    EngagementAnalysis third = Engagement.analyze(Engagement.defaults(),
        Engagement.population(TENANT, alumni(), GATE, clockAt(muchLater)), acts,
        Engagement.defaults().fiscalYear().containing(muchLater), second.levels());
    assertThat(third.member(AlumnusId.of("a1")).orElseThrow().level().level()).isEqualTo(OrbitLevel.NONE);
    assertThat(Set.of(first.levelCounts().get(OrbitLevel.LEADING))).containsExactly(1L);
  }
}
