package org.alumnisdk.metrics.score;

import static org.alumnisdk.metrics.support.Fixtures.NOW;
import static org.alumnisdk.metrics.support.Fixtures.TENANT;
import static org.alumnisdk.metrics.support.Fixtures.activity;
import static org.alumnisdk.metrics.support.Fixtures.alumnus;
import static org.alumnisdk.metrics.support.Fixtures.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.alumnisdk.core.ActivityId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.TenantMismatchException;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.activity.ActivityType;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.metrics.taxonomy.ActivityTaxonomy;
import org.junit.jupiter.api.Test;

class EngagementScorerTest {
  private final ActivityTaxonomy taxonomy = ActivityTaxonomy.defaults();

  private EngagementScorer scorer(PurposeGate gate) {
    return new EngagementScorer(TENANT, ScoringPolicy.defaults(), taxonomy, clockAt(NOW), gate);
  }

  @Test
  @org.junit.jupiter.api.DisplayName("extreme instants are refused at the model's edge; the edges of the range score without overflow")
  void extremeInstants() {
    for (java.time.Instant bad : new java.time.Instant[] {java.time.Instant.MIN, java.time.Instant.MAX,
        org.alumnisdk.core.Checks.EARLIEST.minusNanos(1), org.alumnisdk.core.Checks.LATEST.plusNanos(1000)}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> activity("x", 1, ActivityType.MENTORING, bad))
          .isInstanceOfSatisfying(org.alumnisdk.core.InvalidValueException.class,
              e -> assertThat(e.field()).isEqualTo("at"));
    }
    // the extremes the model accepts, scored by a clock at either edge: no ArithmeticException
    for (java.time.Instant now : new java.time.Instant[] {org.alumnisdk.core.Checks.EARLIEST, org.alumnisdk.core.Checks.LATEST}) {
      EngagementScorer s = new EngagementScorer(TENANT, ScoringPolicy.defaults(), taxonomy, clockAt(now),
          PurposeGate.allowAllForTesting());
      s.accept(activity("early", 1, ActivityType.MENTORING, org.alumnisdk.core.Checks.EARLIEST));
      s.accept(activity("late", 1, ActivityType.MENTORING, org.alumnisdk.core.Checks.LATEST));
      assertThat(s.score(alumnus(1))).isPresent();
      assertThat(s.score(alumnus(1)).orElseThrow().score()).isFinite().isNotNegative();
    }
  }

  @Test
  void scoresAttendanceButNotRsvpAndNotOpens() {
    EngagementScorer s = scorer(PurposeGate.allowAllForTesting());
    assertThat(s.accept(activity("1", 1, ActivityType.EVENT_RSVP, NOW))).isEqualTo(Acceptance.NOT_COUNTED);
    assertThat(s.accept(activity("2", 1, ActivityType.CONTENT_OPENED, NOW))).isEqualTo(Acceptance.NOT_COUNTED);
    assertThat(s.score(alumnus(1))).isEmpty();
    assertThat(s.accept(activity("3", 1, ActivityType.EVENT_ATTENDED, NOW))).isEqualTo(Acceptance.SCORED);
    assertThat(s.accept(activity("4", 1, ActivityType.CONTENT_CLICKED, NOW))).isEqualTo(Acceptance.SCORED);
    // event-attended weight 3 + click weight 1, both at now
    assertThat(s.score(alumnus(1)).orElseThrow().score()).isEqualTo(4.0);
  }

  @Test
  void halfLifeOldActivityScoresHalfItsWeight() {
    EngagementScorer s = scorer(PurposeGate.allowAllForTesting());
    s.accept(activity("1", 1, ActivityType.MENTORING, NOW.minus(Duration.ofDays(180))));
    assertThat(s.score(alumnus(1)).orElseThrow().score()).isEqualTo(2.5);
  }

  @Test
  void duplicatesAreIgnoredById() {
    EngagementScorer s = scorer(PurposeGate.allowAllForTesting());
    Activity a = activity("1", 1, ActivityType.HOSTING, NOW);
    assertThat(s.accept(a)).isEqualTo(Acceptance.SCORED);
    assertThat(s.accept(a)).isEqualTo(Acceptance.DUPLICATE);
    assertThat(s.accept(activity("1", 1, ActivityType.HOSTING, NOW.minusSeconds(5)))).isEqualTo(Acceptance.DUPLICATE);
    assertThat(s.score(alumnus(1)).orElseThrow().score()).isEqualTo(6.0);
    assertThat(s.summary().count(Acceptance.DUPLICATE)).isEqualTo(2);
  }

  @Test
  void futureActivitiesAreRejectedBeyondToleranceAndClampedWithin() {
    EngagementScorer s = scorer(PurposeGate.allowAllForTesting());
    assertThat(s.accept(activity("1", 1, ActivityType.MENTORING, NOW.plus(Duration.ofHours(1)))))
        .isEqualTo(Acceptance.FUTURE_REJECTED);
    assertThat(s.accept(activity("2", 1, ActivityType.MENTORING, NOW.plus(Duration.ofMinutes(1)))))
        .isEqualTo(Acceptance.CLAMPED);
    EngagementScore score = s.score(alumnus(1)).orElseThrow();
    assertThat(score.score()).isEqualTo(5.0);
    assertThat(score.lastActivity()).contains(NOW);
  }

  @Test
  void clampPolicyScoresFutureActivitiesAtNowNeverAboveTheirWeight() {
    EngagementScorer s = new EngagementScorer(TENANT,
        ScoringPolicy.defaults().withFuture(FutureActivityPolicy.CLAMP_TO_NOW), taxonomy, clockAt(NOW),
        PurposeGate.allowAllForTesting());
    assertThat(s.accept(activity("1", 1, ActivityType.MENTORING, NOW.plus(Duration.ofDays(30)))))
        .isEqualTo(Acceptance.CLAMPED);
    assertThat(s.score(alumnus(1)).orElseThrow().score()).isEqualTo(5.0);
  }

  @Test
  void unmappedTypesFailClosed() {
    EngagementScorer s = scorer(PurposeGate.allowAllForTesting());
    assertThat(s.accept(activity("1", 1, ActivityType.of("custom-thing"), NOW))).isEqualTo(Acceptance.UNMAPPED);
    assertThat(s.score(alumnus(1))).isEmpty();
  }

  @Test
  void alumniWithoutConsentAreNotScoredAndRevocationDropsThemFromTheReport() {
    Set<AlumnusId> allowed = new HashSet<>(Set.of(alumnus(1)));
    PurposeGate gate = (t, a, p, at) -> allowed.contains(a) ? GateDecision.allow("ok") : GateDecision.deny("no consent");
    EngagementScorer s = scorer(gate);
    assertThat(s.accept(activity("1", 1, ActivityType.MENTORING, NOW))).isEqualTo(Acceptance.SCORED);
    assertThat(s.accept(activity("2", 2, ActivityType.MENTORING, NOW))).isEqualTo(Acceptance.NO_CONSENT);
    ScoreReport r1 = s.report();
    assertThat(r1.scores()).extracting(EngagementScore::alumnus).containsExactly(alumnus(1));
    // alumnus 2 was refused at the gate: left out, and counted (ScoreReport.excludedForConsent)
    assertThat(r1.excludedForConsent()).isEqualTo(1);
    allowed.clear();
    ScoreReport r2 = s.report();
    assertThat(r2.scores()).isEmpty();
    assertThat(r2.excludedForConsent()).isEqualTo(2);
    assertThat(s.score(alumnus(1))).isEmpty();
    // consent given again: alumnus 1 is scored anew and no longer counted as excluded
    allowed.add(alumnus(1));
    assertThat(s.accept(activity("3", 1, ActivityType.MENTORING, NOW))).isEqualTo(Acceptance.SCORED);
    assertThat(s.report().excludedForConsent()).isEqualTo(1);
    // forgetting the refused alumnus (a deletion request) drops the exclusion record too
    assertThat(s.forget(alumnus(2))).isTrue();
    assertThat(s.report().excludedForConsent()).isZero();
  }

  @Test
  void denyAllGateScoresNobody() {
    EngagementScorer s = scorer(PurposeGate.denyAll());
    assertThat(s.accept(activity("1", 1, ActivityType.MENTORING, NOW))).isEqualTo(Acceptance.NO_CONSENT);
    assertThat(s.report().scores()).isEmpty();
  }

  @Test
  void otherTenantsActivitiesAreAProgrammingError() {
    EngagementScorer s = scorer(PurposeGate.allowAllForTesting());
    Activity foreign = Activity.of(ActivityId.of("1"), TenantId.of("other"), alumnus(1), ActivityType.MENTORING, NOW);
    assertThatThrownBy(() -> s.accept(foreign)).isInstanceOf(TenantMismatchException.class);
  }

  @Test
  void momentumIsBelowOneWhenActivityStopped() {
    EngagementScorer s = scorer(PurposeGate.allowAllForTesting());
    for (int d = 120; d < 1825; d += 7) {
      s.accept(activity("m" + d, 1, ActivityType.CONTENT_CLICKED, NOW.minus(Duration.ofDays(d))));
    }
    for (int d = 0; d < 1825; d += 7) {
      s.accept(activity("n" + d, 2, ActivityType.CONTENT_CLICKED, NOW.minus(Duration.ofDays(d))));
    }
    assertThat(s.score(alumnus(1)).orElseThrow().momentum()).isLessThan(0.2);
    assertThat(s.score(alumnus(2)).orElseThrow().momentum()).isCloseTo(1.0, within(0.1));
  }

  @Test
  void reportIsOrderedAndCountsEverything() {
    EngagementScorer s = scorer(PurposeGate.allowAllForTesting());
    s.accept(activity("1", 2, ActivityType.MENTORING, Instant.parse("2026-10-01T00:00:00Z")));
    s.accept(activity("2", 1, ActivityType.MENTORING, Instant.parse("2026-10-02T00:00:00Z")));
    ScoreReport r = s.report();
    assertThat(r.scores()).extracting(EngagementScore::alumnus).containsExactly(alumnus(1), alumnus(2));
    assertThat(r.ingest().total()).isEqualTo(2);
    assertThat(r.toString()).contains("a1").contains("score=");
  }
}
