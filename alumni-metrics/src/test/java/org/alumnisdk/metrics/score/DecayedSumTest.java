package org.alumnisdk.metrics.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.alumnisdk.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class DecayedSumTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void oneHalfLifeHalvesAndTwoQuarter() {
    DecayedSum s = DecayedSum.withHalfLife(Duration.ofDays(180)).add(T0, 8.0);
    assertThat(s.valueAt(T0)).isEqualTo(8.0);
    assertThat(s.valueAt(T0.plus(Duration.ofDays(180)))).isEqualTo(4.0);
    assertThat(s.valueAt(T0.plus(Duration.ofDays(360)))).isEqualTo(2.0);
  }

  @Test
  void matchesTheClosedFormWithinRounding() {
    DecayedSum s = DecayedSum.withHalfLife(Duration.ofDays(30));
    Instant now = T0.plus(Duration.ofDays(100));
    double expected = 0;
    int[] days = {0, 7, 45, 3, 99, 60};
    double[] w = {1, 2, 3, 4, 5, 6};
    for (int i = 0; i < days.length; i++) {
      s.add(T0.plus(Duration.ofDays(days[i])), w[i]);
      expected += w[i] * Math.pow(2, -(100.0 - days[i]) / 30.0);
    }
    assertThat(s.valueAt(now)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void instantsBeforeTheLatestActivityNeverWeighAboveTheWeight() {
    DecayedSum s = DecayedSum.withHalfLife(Duration.ofDays(10)).add(T0, 3.0);
    assertThat(s.valueAt(T0.minus(Duration.ofDays(5)))).isEqualTo(3.0);
  }

  @Test
  void mergeEqualsAddingEverything() {
    DecayedSum a = DecayedSum.withHalfLife(Duration.ofDays(10)).add(T0, 1).add(T0.plusSeconds(86_400 * 4), 2);
    DecayedSum b = DecayedSum.withHalfLife(Duration.ofDays(10)).add(T0.plusSeconds(86_400 * 9), 5);
    DecayedSum all = DecayedSum.withHalfLife(Duration.ofDays(10))
        .add(T0, 1).add(T0.plusSeconds(86_400 * 4), 2).add(T0.plusSeconds(86_400 * 9), 5);
    Instant at = T0.plus(Duration.ofDays(20));
    assertThat(a.merge(b).valueAt(at)).isCloseTo(all.valueAt(at), within(1e-12));
  }

  @Test
  void veryOldActivitiesUnderflowToZeroWithoutErrors() {
    DecayedSum s = DecayedSum.withHalfLife(Duration.ofMillis(1)).add(T0, 1);
    assertThat(s.valueAt(T0.plus(Duration.ofDays(1)))).isZero();
    assertThat(DecayedSum.withHalfLife(Duration.ofDays(1)).valueAt(T0)).isZero();
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> DecayedSum.withHalfLife(Duration.ZERO))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("halfLife");
    assertThatThrownBy(() -> DecayedSum.withHalfLife(Duration.ofDays(1)).add(T0, -1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("weight");
    assertThatThrownBy(() -> DecayedSum.withHalfLife(Duration.ofDays(1)).add(T0, Double.NaN))
        .isInstanceOf(InvalidValueException.class);
  }
}
