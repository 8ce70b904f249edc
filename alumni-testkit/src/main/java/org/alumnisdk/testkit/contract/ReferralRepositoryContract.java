package org.alumnisdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.alumnisdk.core.ReferralId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.referral.Referral;
import org.alumnisdk.core.referral.ReferralStage;
import org.alumnisdk.core.referral.RewardStatus;
import org.alumnisdk.core.spi.ReferralRepository;
import org.alumnisdk.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ReferralRepository}. Extend it with {@link #create()} returning your adapter; the
 * in-memory store passes it.
 *
 * @since 0.1.0
 */
public abstract class ReferralRepositoryContract extends VersionedRepositoryContract<ReferralId, Referral> {
  /** Creates the contract. */
  protected ReferralRepositoryContract() {}

  @Override
  protected abstract ReferralRepository create();

  @Override
  protected Referral sample(TenantId tenant, int n) {
    return Fixtures.referral(tenant, n);
  }

  @Override
  protected Referral modify(Referral stored) {
    return switch (stored.stage()) {
      case SUBMITTED -> stored.moveTo(ReferralStage.SCREENING, Fixtures.T0);
      case SCREENING -> stored.moveTo(ReferralStage.INTERVIEWING, Fixtures.T0);
      case INTERVIEWING -> stored.moveTo(ReferralStage.OFFERED, Fixtures.T0);
      case OFFERED -> stored.moveTo(ReferralStage.HIRED, Fixtures.T0);
      default -> stored.reward() == RewardStatus.ELIGIBLE ? stored.payReward(Fixtures.T0) : withTouchedCandidate(stored);
    };
  }
  private static Referral withTouchedCandidate(Referral r) {
    org.alumnisdk.core.referral.Candidate c = r.candidate();
    return new Referral(r.id(), r.tenant(), r.opening(), r.referrer(),
        new org.alumnisdk.core.referral.Candidate(c.name(), c.email() + "x", c.alumnus()),
        r.history(), r.rewardYen(), r.reward(), r.rewardPaidAt(), r.version());
  }

  @Test
  void findsByOpeningAndReferrer() {
    ReferralRepository repo = create();
    Referral r1 = repo.save(Fixtures.referral(TENANT_A, 1));
    Referral r4 = repo.save(Fixtures.referral(TENANT_A, 4));
    Referral r5 = repo.save(Fixtures.referral(TENANT_A, 5));
    repo.save(Fixtures.referral(TENANT_B, 1));
    assertThat(repo.findByOpening(TENANT_A, r1.opening())).containsExactly(r1, r4);
    assertThat(repo.findByReferrer(TENANT_A, r1.referrer())).containsExactly(r1, r5);
  }
}
