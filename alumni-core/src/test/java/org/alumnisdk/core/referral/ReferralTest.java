package org.alumnisdk.core.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.ReferralId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.PersonName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReferralTest {
  private static final TenantId T = TenantId.of("t");
  private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
  private static final Candidate EXTERNAL = Candidate.external(PersonName.of("佐藤", "花子"), "h@example.invalid");

  private static Referral submitted(long reward) {
    return Referral.submit(ReferralId.of("r-1"), T, OpeningId.of("o-1"), AlumnusId.of("a-1"), EXTERNAL, reward, T0);
  }

  @Test
  void happyPathMakesTheRewardDueThenPaid() {
    Referral r = submitted(300_000);
    assertThat(r.reward()).isEqualTo(RewardStatus.PENDING);
    r = r.moveTo(ReferralStage.SCREENING, T0.plusSeconds(1))
        .moveTo(ReferralStage.INTERVIEWING, T0.plusSeconds(2))
        .moveTo(ReferralStage.OFFERED, T0.plusSeconds(3))
        .moveTo(ReferralStage.HIRED, T0.plusSeconds(4));
    assertThat(r.stage()).isEqualTo(ReferralStage.HIRED);
    assertThat(r.reward()).isEqualTo(RewardStatus.ELIGIBLE);
    assertThat(r.enteredAt(ReferralStage.OFFERED)).contains(T0.plusSeconds(3));
    assertThat(r.history()).extracting(Referral.Step::stage).containsExactly(ReferralStage.SUBMITTED,
        ReferralStage.SCREENING, ReferralStage.INTERVIEWING, ReferralStage.OFFERED, ReferralStage.HIRED);
    Referral paid = r.payReward(T0.plusSeconds(5));
    assertThat(paid.reward()).isEqualTo(RewardStatus.PAID);
    assertThat(paid.rewardPaidAt()).isEqualTo(T0.plusSeconds(5));
    assertThatThrownBy(() -> paid.payReward(T0.plusSeconds(6))).isInstanceOf(IllegalTransitionException.class);
  }

  @ParameterizedTest
  @EnumSource(value = ReferralStage.class, names = {"SUBMITTED", "SCREENING", "INTERVIEWING", "OFFERED"})
  void rejectionAndWithdrawalAreAllowedFromEveryOpenStateAndForfeitTheReward(ReferralStage open) {
    Referral r = submitted(1000);
    List<ReferralStage> path = List.of(ReferralStage.SCREENING, ReferralStage.INTERVIEWING, ReferralStage.OFFERED);
    for (ReferralStage s : path) {
      if (r.stage() == open) {
        break;
      }
      r = r.moveTo(s, T0);
    }
    assertThat(r.stage()).isEqualTo(open);
    assertThat(r.moveTo(ReferralStage.REJECTED, T0).reward()).isEqualTo(RewardStatus.FORFEITED);
    assertThat(r.moveTo(ReferralStage.WITHDRAWN, T0).reward()).isEqualTo(RewardStatus.FORFEITED);
  }

  @Test
  void skippingAStageOrLeavingAFinalStageIsRejected() {
    Referral r = submitted(0);
    assertThatThrownBy(() -> r.moveTo(ReferralStage.OFFERED, T0))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("SUBMITTED").hasMessageContaining("OFFERED");
    Referral rejected = r.moveTo(ReferralStage.REJECTED, T0);
    assertThatThrownBy(() -> rejected.moveTo(ReferralStage.SCREENING, T0)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> rejected.payReward(T0)).isInstanceOf(IllegalTransitionException.class);
    assertThat(rejected.reward()).isEqualTo(RewardStatus.NONE);
  }

  @Test
  void aForgedHistoryOrRewardIsRejectedByTheConstructor() {
    Referral r = submitted(1000);
    List<Referral.Step> forged = List.of(new Referral.Step(ReferralStage.SUBMITTED, T0),
        new Referral.Step(ReferralStage.HIRED, T0));
    assertThatThrownBy(() -> new Referral(r.id(), T, r.opening(), r.referrer(), EXTERNAL, forged, 1000,
        RewardStatus.ELIGIBLE, null, 0)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> new Referral(r.id(), T, r.opening(), r.referrer(), EXTERNAL, r.history(), 1000,
        RewardStatus.PAID, T0, 0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("reward");
    assertThatThrownBy(() -> r.moveTo(ReferralStage.SCREENING, T0.minusSeconds(1)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void candidateMayBeAnotherAlumnusButNotTheReferrer() {
    Candidate alumnusCandidate = new Candidate(PersonName.of("鈴木", "一郎"), "s@example.invalid", AlumnusId.of("a-2"));
    Referral r = Referral.submit(ReferralId.of("r-2"), T, OpeningId.of("o-1"), AlumnusId.of("a-1"), alumnusCandidate, 0, T0);
    assertThat(r.candidate().alumnusId()).contains(AlumnusId.of("a-2"));
    Candidate self = new Candidate(PersonName.of("鈴木", "一郎"), "s@example.invalid", AlumnusId.of("a-1"));
    assertThatThrownBy(() -> Referral.submit(ReferralId.of("r-3"), T, OpeningId.of("o-1"), AlumnusId.of("a-1"), self, 0, T0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("candidate");
  }

  @Test
  void toStringHidesTheCandidatesPersonalData() {
    String s = submitted(0).toString();
    assertThat(s).contains("r-1").doesNotContain("佐藤").doesNotContain("example.invalid");
  }
}
