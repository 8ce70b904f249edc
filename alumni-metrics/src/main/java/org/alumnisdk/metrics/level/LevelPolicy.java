package org.alumnisdk.metrics.level;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.metrics.internal.DayBits;

/**
 * Orbit v2 two-axis levels: depth (the highest commitment step of a counted activity in the
 * look-back) and presence (active-day milestones), with hysteresis: promotions take effect at
 * once, demotions only once {@code demotionReview} has passed since the level last changed.
 *
 * <p>Presence buckets are consecutive, non-overlapping spans of {@code bucketDays} days counted
 * back from the day of the as-of instant; a milestone's step is set by the longest run of
 * consecutive qualifying buckets anywhere in the look-back (1 bucket: III, 2: II, 3 or more: I).
 *
 * @param lookbackDays the look-back in days (Orbit default 1 year; 1 to 366 days)
 * @param milestones the presence milestones
 * @param demotionReview the minimum time a level is kept before a demotion applies
 * @since 0.1.0
 */
public record LevelPolicy(int lookbackDays, List<PresenceMilestone> milestones, Duration demotionReview) {
  private static final String NO_ACTIVITY = "no counted activity in look-back";
  private static final String[] DEPTH_REASONS = new String[13];
  private static final String[] PRESENCE_REASONS = new String[13];

  static {
    for (int i = 0; i <= 12; i++) {
      DEPTH_REASONS[i] = "depth: commitment step " + i;
      PRESENCE_REASONS[i] = "presence: milestone step " + i;
    }
  }

  /** The largest supported look-back, in days. */
  public static final int MAX_LOOKBACK_DAYS = 366;

  /**
   * Validates and copies.
   *
   * @param lookbackDays the look-back in days (Orbit default 1 year; 1 to 366 days)
   * @param milestones the presence milestones
   * @param demotionReview the minimum time a level is kept before a demotion applies
   * @throws InvalidValueException if the look-back is out of range or a field is missing
   */
  public LevelPolicy {
    if (lookbackDays < 1 || lookbackDays > MAX_LOOKBACK_DAYS) {
      throw new InvalidValueException("lookbackDays", "must be between 1 and 366, was " + lookbackDays);
    }
    milestones = Checks.copyOf(milestones, "milestones");
    Checks.notNull(demotionReview, "demotionReview");
    if (demotionReview.isNegative()) {
      throw new InvalidValueException("demotionReview", "must not be negative");
    }
  }

  /**
   * Orbit v2 defaults: 365-day look-back; participating = 2 active days in a week, contributing =
   * 7 in a month (30 days), leading = 30 in a quarter (91 days); demotions reviewed after 90 days.
   *
   * @return the policy
   */
  public static LevelPolicy orbitDefaults() {
    return new LevelPolicy(365, List.of(
        new PresenceMilestone(OrbitLevel.PARTICIPATING, 7, 2),
        new PresenceMilestone(OrbitLevel.CONTRIBUTING, 30, 7),
        new PresenceMilestone(OrbitLevel.LEADING, 91, 30)), Duration.ofDays(90));
  }

  /**
   * The presence step reached from a set of active days.
   *
   * @param activeDays bit {@code k} set when the alumnus was active {@code k} days before the
   *     as-of day (bit 0 = the as-of day); bits at or beyond the look-back are ignored
   * @return the step, 0 when no milestone is reached
   */
  public int presenceStep(long[] activeDays) {
    Checks.notNull(activeDays, "activeDays");
    if (activeDays.length < DayBits.WORDS) {
      throw new InvalidValueException("activeDays", "must hold " + DayBits.WORDS + " words");
    }
    int total = DayBits.count(activeDays, 0, lookbackDays);
    int best = 0;
    for (PresenceMilestone m : milestones) {
      if (total < m.minActiveDays()) {
        continue;
      }
      int buckets = lookbackDays / m.bucketDays();
      int run = 0;
      int bestRun = 0;
      for (int b = 0; b < buckets; b++) {
        int from = b * m.bucketDays();
        int count = DayBits.count(activeDays, from, from + m.bucketDays());
        run = count >= m.minActiveDays() ? run + 1 : 0;
        bestRun = Math.max(bestRun, run);
      }
      if (bestRun > 0) {
        best = Math.max(best, m.entryStep() + Math.min(bestRun, 3) - 1);
      }
    }
    return best;
  }

  /**
   * Computes a level from depth and presence, then applies hysteresis against the previous one.
   *
   * @param depthStep the highest commitment step of a counted activity in the look-back (0 if none)
   * @param presenceStep the presence step
   * @param previous the previous assessment, if any
   * @param asOf the instant of this assessment
   * @return the assessment
   * @throws InvalidValueException if a step is out of range or asOf precedes the previous one
   */
  public LevelAssessment assess(
      int depthStep, int presenceStep, Optional<LevelAssessment> previous, Instant asOf) {
    Checks.notNull(previous, "previous");
    Checks.notNull(asOf, "asOf");
    int computed = Math.max(depthStep, presenceStep);
    OrbitLevel.ofStep(computed);
    String axis = computed == 0 ? NO_ACTIVITY
        : depthStep >= presenceStep ? DEPTH_REASONS[depthStep] : PRESENCE_REASONS[presenceStep];
    if (previous.isEmpty()) {
      return new LevelAssessment(computed, depthStep, presenceStep, asOf, false, axis);
    }
    LevelAssessment p = previous.get();
    if (asOf.isBefore(p.since())) {
      throw new InvalidValueException("asOf", "precedes the previous assessment's since " + p.since());
    }
    if (computed > p.step()) {
      return new LevelAssessment(computed, depthStep, presenceStep, asOf, false, "promoted; " + axis);
    }
    if (computed == p.step()) {
      return new LevelAssessment(computed, depthStep, presenceStep, p.since(), false, axis);
    }
    if (Duration.between(p.since(), asOf).compareTo(demotionReview) >= 0) {
      return new LevelAssessment(computed, depthStep, presenceStep, asOf, false, "demoted after review; " + axis);
    }
    return new LevelAssessment(p.step(), depthStep, presenceStep, p.since(), true,
        "held by hysteresis until " + p.since().plus(demotionReview) + "; computed step " + computed);
  }
}
