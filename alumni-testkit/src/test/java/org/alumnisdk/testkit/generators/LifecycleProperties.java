package org.alumnisdk.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.MentorshipId;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.ReferralId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.MembershipHistory;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.mentoring.Mentorship;
import org.alumnisdk.core.mentoring.MentorshipStatus;
import org.alumnisdk.core.referral.Candidate;
import org.alumnisdk.core.referral.Referral;
import org.alumnisdk.core.referral.ReferralStage;
import org.alumnisdk.core.referral.RewardStatus;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of lifecycle moves never reach an illegal state: every accepted move is one
 * the transition table allows (the oracle, written out here independently of the code),
 * every refused move is one it forbids, and the resulting history re-validates.
 */
class LifecycleProperties {
  private static final long SEED = 20261125L;
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** Membership moves as documented in issue 2 and MembershipStatus. */
  private static final Map<MembershipStatus, Set<MembershipStatus>> MEMBERSHIP = Map.of(
      MembershipStatus.INVITED, EnumSet.of(MembershipStatus.REGISTERED, MembershipStatus.LEFT, MembershipStatus.REHIRED),
      MembershipStatus.REGISTERED, EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.DORMANT, MembershipStatus.LEFT, MembershipStatus.REHIRED),
      MembershipStatus.ACTIVE, EnumSet.of(MembershipStatus.DORMANT, MembershipStatus.LEFT, MembershipStatus.REHIRED),
      MembershipStatus.DORMANT, EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.LEFT, MembershipStatus.REHIRED),
      MembershipStatus.LEFT, EnumSet.of(MembershipStatus.INVITED, MembershipStatus.REHIRED),
      MembershipStatus.REHIRED, EnumSet.of(MembershipStatus.INVITED));

  /** Referral pipeline: forward one step, or REJECTED/WITHDRAWN from any open stage. */
  private static final Map<ReferralStage, Set<ReferralStage>> REFERRAL = Map.of(
      ReferralStage.SUBMITTED, EnumSet.of(ReferralStage.SCREENING, ReferralStage.REJECTED, ReferralStage.WITHDRAWN),
      ReferralStage.SCREENING, EnumSet.of(ReferralStage.INTERVIEWING, ReferralStage.REJECTED, ReferralStage.WITHDRAWN),
      ReferralStage.INTERVIEWING, EnumSet.of(ReferralStage.OFFERED, ReferralStage.REJECTED, ReferralStage.WITHDRAWN),
      ReferralStage.OFFERED, EnumSet.of(ReferralStage.HIRED, ReferralStage.REJECTED, ReferralStage.WITHDRAWN),
      ReferralStage.HIRED, EnumSet.noneOf(ReferralStage.class),
      ReferralStage.REJECTED, EnumSet.noneOf(ReferralStage.class),
      ReferralStage.WITHDRAWN, EnumSet.noneOf(ReferralStage.class));

  private static final Map<MentorshipStatus, Set<MentorshipStatus>> MENTORSHIP = Map.of(
      MentorshipStatus.PROPOSED, EnumSet.of(MentorshipStatus.ACTIVE, MentorshipStatus.DECLINED),
      MentorshipStatus.ACTIVE, EnumSet.of(MentorshipStatus.COMPLETED, MentorshipStatus.ABANDONED),
      MentorshipStatus.COMPLETED, EnumSet.noneOf(MentorshipStatus.class),
      MentorshipStatus.DECLINED, EnumSet.noneOf(MentorshipStatus.class),
      MentorshipStatus.ABANDONED, EnumSet.noneOf(MentorshipStatus.class));

  @Test
  void membershipNeverReachesAnIllegalState() {
    qt().withFixedSeed(SEED).withExamples(1000).forAll(AlumniGenerators.membershipMoves()).checkAssert(moves -> {
      MembershipHistory h = MembershipHistory.invited(T0);
      Instant at = T0;
      for (AlumniGenerators.Move<MembershipStatus> m : moves) {
        at = at.plusSeconds(60L * m.minutesLater());
        MembershipStatus from = h.current();
        boolean allowed = MEMBERSHIP.get(from).contains(m.target());
        try {
          h = h.moveTo(m.target(), at, "");
          assertThat(allowed).as("%s -> %s accepted", from, m.target()).isTrue();
        } catch (IllegalTransitionException e) {
          assertThat(allowed).as("%s -> %s refused", from, m.target()).isFalse();
          assertThat(h.current()).isEqualTo(from);
        }
      }
      List<org.alumnisdk.core.alumnus.MembershipEvent> events = h.events();
      assertThat(events.get(0).status()).isEqualTo(MembershipStatus.INVITED);
      for (int i = 1; i < events.size(); i++) {
        assertThat(MEMBERSHIP.get(events.get(i - 1).status())).contains(events.get(i).status());
        assertThat(events.get(i).at()).isAfterOrEqualTo(events.get(i - 1).at());
      }
      MembershipHistory finalHistory = h;
      assertThatCode(() -> new MembershipHistory(finalHistory.events())).doesNotThrowAnyException();
    });
  }

  @Test
  void referralsNeverReachAnIllegalStateAndTheRewardFollowsTheStage() {
    qt().withFixedSeed(SEED).withExamples(1000).forAll(AlumniGenerators.referralMoves()).checkAssert(moves -> {
      Referral r = Referral.submit(ReferralId.of("r"), TenantId.of("t"), OpeningId.of("o"), AlumnusId.of("a"),
          Candidate.external(PersonName.of("x", "y"), "c@example.com"), 1000, T0);
      Instant at = T0;
      for (AlumniGenerators.Move<ReferralStage> m : moves) {
        at = at.plusSeconds(m.minutesLater());
        ReferralStage from = r.stage();
        boolean allowed = REFERRAL.get(from).contains(m.target());
        try {
          r = r.moveTo(m.target(), at);
          assertThat(allowed).as("%s -> %s accepted", from, m.target()).isTrue();
        } catch (IllegalTransitionException e) {
          assertThat(allowed).as("%s -> %s refused", from, m.target()).isFalse();
        }
        RewardStatus expected = switch (r.stage()) {
          case HIRED -> RewardStatus.ELIGIBLE;
          case REJECTED, WITHDRAWN -> RewardStatus.FORFEITED;
          default -> RewardStatus.PENDING;
        };
        assertThat(r.reward()).isEqualTo(expected);
      }
      assertThat(r.history().get(0).stage()).isEqualTo(ReferralStage.SUBMITTED);
    });
  }

  @Test
  void mentorshipsNeverReachAnIllegalState() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(AlumniGenerators.moves(MentorshipStatus.class, 8)).checkAssert(moves -> {
      Mentorship ms = Mentorship.propose(MentorshipId.of("m"), TenantId.of("t"), ProgramId.of("p"),
          AlumnusId.of("a"), AlumnusId.of("b"), T0);
      for (AlumniGenerators.Move<MentorshipStatus> m : moves) {
        MentorshipStatus from = ms.status();
        boolean allowed = MENTORSHIP.get(from).contains(m.target());
        try {
          ms = ms.moveTo(m.target(), T0);
          assertThat(allowed).isTrue();
        } catch (IllegalTransitionException e) {
          assertThat(allowed).isFalse();
        }
      }
    });
  }
}
