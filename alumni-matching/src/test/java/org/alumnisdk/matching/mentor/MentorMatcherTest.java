package org.alumnisdk.matching.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.matching.InvalidMatchingInputException;
import org.alumnisdk.matching.Matching;
import org.alumnisdk.matching.stable.Side;
import org.junit.jupiter.api.Test;

class MentorMatcherTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

  /** Three mentees, two mentors; scores only (mentor rankings follow scores). */
  private static MentorProblem.Builder small() {
    return Matching.mentorProblem("acme")
        .mentor("m1", 2).mentor("m2", 1)
        .mentee("e1").mentee("e2").mentee("e3")
        .score("e1", "m1", 0.9).score("e2", "m1", 0.4).score("e2", "m2", 0.8).score("e3", "m1", 0.7);
  }

  @Test
  void stableAndOptimalOnASmallScoredProblem() {
    MentorProblem p = small().build();
    MentorMatching stable = Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p);
    assertThat(stable.asMap()).containsEntry("e1", "m1").containsEntry("e2", "m2").containsEntry("e3", "m1");
    assertThat(stable.totalScore()).isEqualTo(0.9 + 0.8 + 0.7);
    assertThat(stable.meanScore()).isEqualTo((0.9 + 0.8 + 0.7) / 3);
    assertThat(stable.valid()).isTrue();
    assertThat(stable.stable()).isTrue();
    assertThat(stable.certificate()).isEmpty();
    assertThat(stable.verify().violations()).isEmpty();
    MentorMatching best = Matching.mentoring().withoutConsentCheck("synthetic test data").optimal(p);
    assertThat(best.totalScore()).isEqualTo(0.9 + 0.8 + 0.7);
    assertThat(best.certificate()).isPresent();
    assertThat(best.verify().violations()).isEmpty();
  }

  @Test
  void optimalTradesStabilityForCoverage() {
    // HR-2 (matching.md §5.3): stable leaves two topics empty; with scores = -(ranks) optimal covers the same
    // mentees, and with a coverage-hungry instance it places someone stability leaves out.
    MentorProblem p = Matching.mentorProblem("acme").mentor("x", 1).mentor("y", 1).mentee("a").mentee("b")
        .menteePrefers("a", "x").menteePrefers("b", "x", "y").mentorPrefers("x", "b", "a").mentorPrefers("y", "b")
        .build();
    MentorMatching stable = Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p);
    assertThat(stable.asMap()).containsOnlyKeys("b");
    MentorMatching optimal = Matching.mentoring().withoutConsentCheck("synthetic test data").optimal(p);
    assertThat(optimal.asMap()).containsEntry("a", "x").containsEntry("b", "y");
    assertThat(optimal.blockingPairCount()).isEqualTo(1);
    assertThat(optimal.blockingPairs().get(0).reason()).contains("mentor prefers this mentee");
    assertThat(optimal.verify().violations()).isEmpty();
  }

  @Test
  void purposeGateExcludesNonConsentingAlumniAndSaysWhy() {
    PurposeGate gate = (tenant, alumnus, purpose, at) -> {
      assertThat(purpose).isEqualTo(PurposeId.MENTORING);
      assertThat(at).isEqualTo(CLOCK.instant());
      return alumnus.value().equals("e1") ? GateDecision.deny("no mentoring consent on record")
          : GateDecision.allow("consent given");
    };
    MentorMatching m = Matching.mentoring().withConsent(gate, CLOCK).stable(small().pin("e1", "m1").build());
    assertThat(m.excluded()).containsExactly(new Exclusion(AlumnusId.of("e1"), Role.MENTEE, "no mentoring consent on record"));
    assertThat(m.asMap()).doesNotContainKey("e1");
    assertThat(m.problem().pinned()).isEmpty();
    assertThat(m.verify().ok()).isTrue();
    assertThat(m.consentCheck()).isEqualTo("every alumnus checked by the purpose gate");
  }

  @Test
  void withoutAGateOrANamedWaiverNothingIsMatched() {
    MentorProblem p = small().build();
    assertThatThrownBy(() -> Matching.mentoring().stable(p))
        .isInstanceOf(org.alumnisdk.core.InvalidValueException.class).hasMessageContaining("withoutConsentCheck");
    assertThatThrownBy(() -> Matching.mentoring().optimal(p))
        .isInstanceOf(org.alumnisdk.core.InvalidValueException.class).hasMessageContaining("withConsent");
    assertThatThrownBy(() -> Matching.mentoring().withoutConsentCheck(" "))
        .isInstanceOf(org.alumnisdk.core.InvalidValueException.class);
    MentorMatching waived = Matching.mentoring().withoutConsentCheck("anonymised research data").optimal(p);
    assertThat(waived.consentCheck()).isEqualTo("consent check waived: anonymised research data");
    assertThat(waived.excluded()).isEmpty();
    assertThat(waived.verify().ok()).isTrue();
  }

  @Test
  void aHostGateThatThrowsOrAnswersNullExcludesThatAlumnusInsteadOfFailing() {
    PurposeGate flaky = (tenant, alumnus, purpose, at) -> {
      if (alumnus.value().equals("e1")) {
        throw new IllegalStateException("connection reset for e1@example.com");
      }
      return alumnus.value().equals("e2") ? null : GateDecision.allow("consent given");
    };
    MentorMatching m = Matching.mentoring().withConsent(flaky, CLOCK).stable(small().build());
    assertThat(m.excluded()).extracting(Exclusion::id).containsExactlyInAnyOrder(AlumnusId.of("e1"), AlumnusId.of("e2"));
    assertThat(m.excluded()).allSatisfy(e -> assertThat(e.reason()).contains("fail closed").doesNotContain("example.com"));
    assertThat(m.asMap()).doesNotContainKeys("e1", "e2");
  }

  @Test
  void denyAllGateFailsClosedWithATypedError() {
    assertThatThrownBy(() -> Matching.mentoring().withConsent(PurposeGate.denyAll(), CLOCK).stable(small().build()))
        .isInstanceOf(InvalidMatchingInputException.class).hasMessageContaining("no (usable) mentor");
  }

  @Test
  void pinnedPairsStayAndUseCapacity() {
    MentorProblem p = small().pin("e2", "m1").build();
    for (MentorMatching m : new MentorMatching[] {Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p), Matching.mentoring().withoutConsentCheck("synthetic test data").optimal(p)}) {
      assertThat(m.matches()).contains(new Match(AlumnusId.of("e2"), AlumnusId.of("m1"), 0.4, true));
      assertThat(m.menteesOf(AlumnusId.of("m1"))).hasSize(2);
      assertThat(m.valid()).isTrue();
      assertThat(m.verify().violations()).isEmpty();
    }
  }

  @Test
  void forbiddenPairsAreNeverMatchedAndExplainTheUnmatched() {
    MentorProblem p = Matching.mentorProblem("acme").mentor("m1", 1).mentor("m2", 1).mentee("e1").mentee("e2")
        .score("e1", "m1", 1).score("e1", "m2", 1).score("e2", "m1", 1)
        .forbid("e1", "m1", ForbiddenReason.SAME_REPORTING_LINE)
        .forbid("e1", "m2", ForbiddenReason.CONFLICT_OF_INTEREST).build();
    for (MentorMatching m : new MentorMatching[] {Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p), Matching.mentoring().withoutConsentCheck("synthetic test data").optimal(p)}) {
      assertThat(m.asMap()).containsExactlyEntriesOf(java.util.Map.of("e2", "m1"));
      Unmatched u = m.unmatched().stream().filter(x -> x.id().value().equals("e1")).findFirst().orElseThrow();
      assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_ACCEPTABLE_PARTNER);
      assertThat(u.detail()).contains("2 forbidden pairs").contains("SAME_REPORTING_LINE").contains("CONFLICT_OF_INTEREST");
      assertThat(m.unmatched()).anySatisfy(x -> {
        assertThat(x.id().value()).isEqualTo("m2");
        assertThat(x.role()).isEqualTo(Role.MENTOR);
      });
    }
  }

  @Test
  void mentorOptimalDiffersFromMenteeOptimalWhereTheTheorySaysSo() {
    // SM with two stable matchings: mentees get their first choice only when they propose.
    MentorProblem p = Matching.mentorProblem("acme").mentor("x", 1).mentor("y", 1).mentee("a").mentee("b")
        .menteePrefers("a", "x", "y").menteePrefers("b", "y", "x")
        .mentorPrefers("x", "b", "a").mentorPrefers("y", "a", "b").build();
    assertThat(Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p, Side.MENTEES).asMap()).containsEntry("a", "x").containsEntry("b", "y");
    MentorMatching mo = Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p, Side.MENTORS);
    assertThat(mo.asMap()).containsEntry("a", "y").containsEntry("b", "x");
    assertThat(mo.method()).isEqualTo(Method.STABLE_MENTOR_OPTIMAL);
    assertThat(mo.stable()).isTrue();
  }

  @Test
  void quotasAreExactInOptimalAndRespectedByTheHeuristic() {
    MentorProblem p = Matching.mentorProblem("acme").mentor("m1", 3).mentor("m2", 3)
        .mentee("j1", "juniors").mentee("j2", "juniors").mentee("j3", "juniors").mentee("s1")
        .score("j1", "m1", 5).score("j2", "m1", 4).score("j3", "m1", 3).score("s1", "m1", 1)
        .score("j1", "m2", 1).score("j2", "m2", 1).score("j3", "m2", 1).score("s1", "m2", 1)
        .quota("juniors", 1).build();
    MentorMatching opt = Matching.mentoring().withoutConsentCheck("synthetic test data").optimal(p);
    assertThat(opt.valid()).isTrue();
    // one junior per mentor: j1 -> m1 (5), one other junior -> m2 (1), s1 anywhere (1): total 7
    assertThat(opt.asMap()).containsEntry("j1", "m1").hasSize(3);
    assertThat(opt.totalScore()).isEqualTo(7.0);
    assertThat(opt.certificate()).get().isInstanceOf(Certificate.FlowPotentials.class);
    assertThat(opt.verify().violations()).isEmpty();
    MentorMatching da = Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p);
    assertThat(da.valid()).isTrue();
    assertThat(da.unmatched()).anySatisfy(u -> assertThat(u.reason()).isEqualTo(UnmatchedReason.QUOTA_FULL));
    assertThatThrownBy(() -> Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p, Side.MENTORS))
        .isInstanceOf(InvalidMatchingInputException.class).hasMessageContaining("quotas");
  }

  @Test
  void preferenceOnlyProblemsUseRankScoresAndTiesFollowTheSeed() {
    MentorProblem p = Matching.mentorProblem("acme").mentor("m1", 1).mentee("a").mentee("b")
        .menteePrefers("a", "m1").menteePrefers("b", "m1").build();
    // m1 has no list: indifferent; the seeded tie-break decides, and different seeds may decide differently
    Set<String> winners = new java.util.HashSet<>();
    for (long seed = 0; seed < 16; seed++) {
      MentorMatching m = Matching.mentoring().withoutConsentCheck("synthetic test data").withSeed(seed).stable(p);
      assertThat(m.asMap()).hasSize(1);
      assertThat(Matching.mentoring().withoutConsentCheck("synthetic test data").withSeed(seed).stable(p).asMap()).isEqualTo(m.asMap());
      winners.addAll(m.asMap().keySet());
    }
    assertThat(winners).containsExactlyInAnyOrder("a", "b");
    assertThat(Matching.mentoring().withoutConsentCheck("synthetic test data").optimal(p).totalScore()).isEqualTo(0.0);
  }

  @Test
  void verifyCatchesATamperedResult() {
    MentorProblem p = small().build();
    MentorMatching m = Matching.mentoring().withoutConsentCheck("synthetic test data").stable(p);
    MentorMatching forged = new MentorMatching(m.method(), p, m.seed(),
        java.util.List.of(new Match(AlumnusId.of("e1"), AlumnusId.of("m2"), 0, false)),
        m.unmatched(), m.excluded(), m.violations(), m.blockingPairs(), m.blockingPairCount(), m.totalScore(),
        m.meanScore(), m.certificate(), m.consentCheck());
    assertThat(forged.verify().ok()).isFalse();
    assertThat(forged.verify().violations()).anyMatch(v -> v.contains("NOT_ACCEPTABLE"));
  }
}
