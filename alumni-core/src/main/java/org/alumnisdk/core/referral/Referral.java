package org.alumnisdk.core.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.ReferralId;
import org.alumnisdk.core.TenantId;

/**
 * An alumnus's referral of a candidate to a job opening, with its pipeline history and reward.
 *
 * <p>The stage history is kept, never overwritten: it starts with {@link ReferralStage#SUBMITTED}
 * and every later step is an allowed move ({@link ReferralStage#next()}) no earlier than the one
 * before. The reward follows the pipeline: PENDING while open, ELIGIBLE on HIRED, FORFEITED on
 * REJECTED or WITHDRAWN, and PAID only from ELIGIBLE.
 *
 * @param id the referral id
 * @param tenant the owning tenant
 * @param opening the opening the candidate is referred to
 * @param referrer the alumnus who referred
 * @param candidate the candidate (who may not be an alumnus)
 * @param history the pipeline steps, oldest first
 * @param rewardYen the reward amount in yen, 0 for none
 * @param reward the reward state
 * @param rewardPaidAt when the reward was paid, or {@code null}
 * @param version the optimistic version: 0 before the first save
 * @since 0.1.0
 */
public record Referral(
    ReferralId id,
    TenantId tenant,
    OpeningId opening,
    AlumnusId referrer,
    Candidate candidate,
    List<Step> history,
    long rewardYen,
    RewardStatus reward,
    Instant rewardPaidAt,
    long version) implements Aggregate<ReferralId, Referral> {

  /**
   * One step of the pipeline.
   *
   * @param stage the stage entered
   * @param at when
   */
  public record Step(ReferralStage stage, Instant at) {
    /**
     * Validates the step.
     *
     * @param stage the stage entered
     * @param at when
     * @throws InvalidValueException if a field is missing
     */
    public Step {
      Checks.notNull(stage, "history.stage");
      Checks.notNull(at, "history.at");
    }
  }

  /**
   * Validates the referral: the history, and a reward state consistent with it.
   *
   * @param id the referral id
   * @param tenant the owning tenant
   * @param opening the opening the candidate is referred to
   * @param referrer the alumnus who referred
   * @param candidate the candidate (who may not be an alumnus)
   * @param history the pipeline steps, oldest first
   * @param rewardYen the reward amount in yen, 0 for none
   * @param reward the reward state
   * @param rewardPaidAt when the reward was paid, or {@code null}
   * @param version the optimistic version: 0 before the first save
   * @throws InvalidValueException naming the first malformed field
   * @throws IllegalTransitionException if the history contains a move that is not allowed
   */
  public Referral {
    Checks.notNull(id, "id");
    Checks.notNull(tenant, "tenant");
    Checks.notNull(opening, "opening");
    Checks.notNull(referrer, "referrer");
    Checks.notNull(candidate, "candidate");
    history = Checks.copyOf(history, "history");
    if (history.isEmpty() || history.get(0).stage() != ReferralStage.SUBMITTED) {
      throw new InvalidValueException("history", "must start with SUBMITTED");
    }
    for (int i = 1; i < history.size(); i++) {
      Step prev = history.get(i - 1);
      Step cur = history.get(i);
      if (!prev.stage().canMoveTo(cur.stage())) {
        throw new IllegalTransitionException("referral " + id, prev.stage().name(), cur.stage().name());
      }
      if (cur.at().isBefore(prev.at())) {
        throw new InvalidValueException("history[" + i + "].at", "must not precede the previous step");
      }
    }
    Checks.notNegative(rewardYen, "rewardYen");
    Checks.notNull(reward, "reward");
    if (candidate.alumnusId().filter(referrer::equals).isPresent()) {
      throw new InvalidValueException("candidate", "an alumnus cannot refer themselves");
    }
    RewardStatus expected = expectedReward(rewardYen, history.get(history.size() - 1).stage());
    boolean paidOk = reward == RewardStatus.PAID && expected == RewardStatus.ELIGIBLE;
    if (reward != expected && !paidOk) {
      throw new InvalidValueException("reward", "must be " + expected + " for this stage, was " + reward);
    }
    if ((reward == RewardStatus.PAID) != (rewardPaidAt != null)) {
      throw new InvalidValueException("rewardPaidAt", "is set exactly when the reward is PAID");
    }
    Checks.notNegative(version, "version");
  }

  private static RewardStatus expectedReward(long rewardYen, ReferralStage stage) {
    if (rewardYen == 0) {
      return RewardStatus.NONE;
    }
    return switch (stage) {
      case HIRED -> RewardStatus.ELIGIBLE;
      case REJECTED, WITHDRAWN -> RewardStatus.FORFEITED;
      default -> RewardStatus.PENDING;
    };
  }

  /**
   * Submits a new referral.
   *
   * @param id the id
   * @param tenant the tenant
   * @param opening the opening
   * @param referrer the referring alumnus
   * @param candidate the candidate
   * @param rewardYen the reward the opening offers, 0 for none
   * @param at when it was submitted
   * @return the unsaved referral in stage SUBMITTED
   * @throws InvalidValueException if a field is missing or the alumnus refers themselves
   */
  public static Referral submit(ReferralId id, TenantId tenant, OpeningId opening,
      AlumnusId referrer, Candidate candidate, long rewardYen, Instant at) {
    return new Referral(id, tenant, opening, referrer, candidate,
        List.of(new Step(ReferralStage.SUBMITTED, at)), rewardYen,
        rewardYen == 0 ? RewardStatus.NONE : RewardStatus.PENDING, null, 0);
  }

  /**
   * The current stage.
   *
   * @return the stage of the last step
   */
  public ReferralStage stage() {
    return history.get(history.size() - 1).stage();
  }

  /**
   * When the referral was submitted.
   *
   * @return the instant of the first step
   */
  public Instant submittedAt() {
    return history.get(0).at();
  }

  /**
   * When a stage was entered.
   *
   * @param stage the stage
   * @return the instant, or empty if the referral never reached it
   */
  public Optional<Instant> enteredAt(ReferralStage stage) {
    return history.stream().filter(s -> s.stage() == stage).map(Step::at).findFirst();
  }

  /**
   * Moves the referral to another stage; the reward follows.
   *
   * @param stage the stage
   * @param at when
   * @return the moved copy
   * @throws IllegalTransitionException if the move is not allowed from the current stage
   * @throws InvalidValueException if {@code at} precedes the last step
   */
  public Referral moveTo(ReferralStage stage, Instant at) {
    Checks.notNull(stage, "stage");
    if (!stage().canMoveTo(stage)) {
      throw new IllegalTransitionException("referral " + id, stage().name(), stage.name());
    }
    List<Step> next = new ArrayList<>(history);
    next.add(new Step(stage, at));
    return new Referral(id, tenant, opening, referrer, candidate, next, rewardYen,
        expectedReward(rewardYen, stage), null, version);
  }

  /**
   * Records the payout of a due reward.
   *
   * @param at when it was paid
   * @return the paid copy
   * @throws IllegalTransitionException unless the reward is ELIGIBLE
   */
  public Referral payReward(Instant at) {
    Checks.notNull(at, "at");
    if (reward != RewardStatus.ELIGIBLE) {
      throw new IllegalTransitionException("referral reward " + id, reward.name(), RewardStatus.PAID.name());
    }
    return new Referral(id, tenant, opening, referrer, candidate, history, rewardYen,
        RewardStatus.PAID, at, version);
  }

  @Override
  public Referral withVersion(long newVersion) {
    return new Referral(id, tenant, opening, referrer, candidate, history, rewardYen, reward,
        rewardPaidAt, newVersion);
  }

  @Override
  public String toString() {
    return "Referral[id=" + id + ", tenant=" + tenant + ", opening=" + opening + ", referrer="
        + referrer + ", " + candidate + ", stage=" + stage() + ", reward=" + reward + ", version="
        + version + "]";
  }
}
