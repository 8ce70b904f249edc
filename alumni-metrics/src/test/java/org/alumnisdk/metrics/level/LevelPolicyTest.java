package org.alumnisdk.metrics.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.alumnisdk.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class LevelPolicyTest {
  private final LevelPolicy policy = LevelPolicy.orbitDefaults();
  private static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

  private static long[] days(int... active) {
    long[] bits = new long[6];
    for (int d : active) {
      bits[d >>> 6] |= 1L << d;
    }
    return bits;
  }

  @Test
  void stepsMapToOrbitLevels() {
    assertThat(OrbitLevel.ofStep(0)).isEqualTo(OrbitLevel.NONE);
    assertThat(OrbitLevel.ofStep(3)).isEqualTo(OrbitLevel.EXPLORING);
    assertThat(OrbitLevel.ofStep(4)).isEqualTo(OrbitLevel.PARTICIPATING);
    assertThat(OrbitLevel.ofStep(9)).isEqualTo(OrbitLevel.CONTRIBUTING);
    assertThat(OrbitLevel.ofStep(12)).isEqualTo(OrbitLevel.LEADING);
    assertThat(OrbitLevel.stepLabel(4)).isEqualTo("III");
    assertThat(OrbitLevel.stepLabel(6)).isEqualTo("I");
    assertThatThrownBy(() -> OrbitLevel.ofStep(13)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void presenceMilestonesFollowOrbitV2() {
    assertThat(policy.presenceStep(days())).isZero();
    assertThat(policy.presenceStep(days(3))).isZero();
    // 2 active days in one week: participating III
    assertThat(policy.presenceStep(days(1, 3))).isEqualTo(4);
    // repeated for 2 consecutive weeks: II; 3 weeks: I
    assertThat(policy.presenceStep(days(1, 3, 8, 9))).isEqualTo(5);
    assertThat(policy.presenceStep(days(1, 3, 8, 9, 15, 16))).isEqualTo(6);
    // weeks 0 and 2 but not 1: the run is 1
    assertThat(policy.presenceStep(days(1, 3, 15, 16))).isEqualTo(4);
    // 7 days in a 30-day bucket: contributing III
    assertThat(policy.presenceStep(days(0, 4, 8, 12, 16, 20, 24))).isEqualTo(7);
    // 30 days active in a quarter, 2 quarters: leading II
    int[] q = new int[60];
    for (int i = 0; i < 30; i++) {
      q[i] = i * 3;
      q[30 + i] = 91 + i * 3;
    }
    assertThat(policy.presenceStep(days(q))).isEqualTo(11);
  }

  @Test
  void levelIsTheHigherAxis() {
    LevelAssessment a = policy.assess(5, 7, Optional.empty(), T);
    assertThat(a.step()).isEqualTo(7);
    assertThat(a.reason()).contains("presence");
    assertThat(a.label()).isEqualTo("CONTRIBUTING III");
    assertThat(policy.assess(10, 7, Optional.empty(), T).reason()).contains("depth");
  }

  @Test
  void promotionIsImmediateDemotionWaitsForReview() {
    LevelAssessment first = policy.assess(7, 0, Optional.empty(), T);
    LevelAssessment up = policy.assess(10, 0, Optional.of(first), T.plus(Duration.ofDays(1)));
    assertThat(up.step()).isEqualTo(10);
    assertThat(up.since()).isEqualTo(T.plus(Duration.ofDays(1)));
    LevelAssessment held = policy.assess(2, 0, Optional.of(up), T.plus(Duration.ofDays(60)));
    assertThat(held.step()).isEqualTo(10);
    assertThat(held.held()).isTrue();
    assertThat(held.since()).isEqualTo(up.since());
    LevelAssessment down = policy.assess(2, 0, Optional.of(held), T.plus(Duration.ofDays(91)));
    assertThat(down.step()).isEqualTo(2);
    assertThat(down.held()).isFalse();
    LevelAssessment same = policy.assess(2, 0, Optional.of(down), T.plus(Duration.ofDays(200)));
    assertThat(same.since()).isEqualTo(down.since());
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> new LevelPolicy(0, java.util.List.of(), Duration.ZERO))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("lookbackDays");
    assertThatThrownBy(() -> new PresenceMilestone(OrbitLevel.EXPLORING, 7, 2))
        .isInstanceOf(InvalidValueException.class);
    LevelAssessment a = policy.assess(3, 0, Optional.empty(), T);
    assertThatThrownBy(() -> policy.assess(3, 0, Optional.of(a), T.minusSeconds(1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("asOf");
  }
}
