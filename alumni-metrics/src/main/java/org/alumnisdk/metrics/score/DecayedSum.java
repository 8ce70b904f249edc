package org.alumnisdk.metrics.score;

import java.time.Duration;
import java.time.Instant;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.metrics.internal.DecayMath;

/**
 * A time-decayed sum {@code S(t) = Σ w_i · 2^(-(t - t_i)/H)} updated in O(1) per activity and
 * independent of arrival order. Mutable and not thread-safe: confine it to one thread or guard it.
 *
 * <p>It stores the latest activity time seen (the anchor) and the sum scaled to that anchor, so
 * every stored exponent is {@code <= 0}: no overflow, and the same anchor whatever the order.
 * Results from different orders agree to floating-point rounding (relative error of a few ulps
 * per activity). Times are taken at millisecond resolution.
 *
 * @since 0.1.0
 */
public final class DecayedSum {
  private final long halfLifeMillis;
  private final long[] anchor = {DecayMath.EMPTY};
  private final double[] mass = {0.0};

  private DecayedSum(long halfLifeMillis) {
    this.halfLifeMillis = halfLifeMillis;
  }

  /**
   * An empty sum with this half-life.
   *
   * @param halfLife the half-life, at least 1 ms
   * @return the sum
   * @throws InvalidValueException if the half-life is missing or shorter than 1 ms
   */
  public static DecayedSum withHalfLife(Duration halfLife) {
    Checks.notNull(halfLife, "halfLife");
    if (halfLife.toMillis() < 1) {
      throw new InvalidValueException("halfLife", "must be at least 1 ms");
    }
    return new DecayedSum(halfLife.toMillis());
  }

  /**
   * Adds a weight at an instant.
   *
   * @param at when the activity happened
   * @param weight its weight, finite and {@code >= 0}
   * @return this sum
   * @throws InvalidValueException if the weight is invalid
   */
  public DecayedSum add(Instant at, double weight) {
    Checks.notNull(at, "at");
    Checks.finiteNotNegative(weight, "weight");
    addMillis(at.toEpochMilli(), weight);
    return this;
  }

  /**
   * Adds a weight at an epoch-millisecond time; the allocation-free form of {@link #add}.
   *
   * @param atMillis epoch milliseconds
   * @param weight the weight, finite and {@code >= 0} (not checked here)
   */
  public void addMillis(long atMillis, double weight) {
    DecayMath.add(anchor, mass, 0, atMillis, weight, halfLifeMillis);
  }

  /**
   * The decayed value at an instant. Instants before the latest activity are treated as that
   * activity's instant, so no activity is ever weighted above its weight.
   *
   * @param at the instant
   * @return the value, 0 when empty
   */
  public double valueAt(Instant at) {
    Checks.notNull(at, "at");
    return valueAtMillis(at.toEpochMilli());
  }

  /**
   * The decayed value at an epoch-millisecond time.
   *
   * @param atMillis epoch milliseconds
   * @return the value
   */
  public double valueAtMillis(long atMillis) {
    return DecayMath.valueAt(anchor[0], mass[0], atMillis, halfLifeMillis);
  }

  /**
   * Folds another sum with the same half-life into this one (for parallel partitions).
   *
   * @param other the other sum
   * @return this sum
   * @throws InvalidValueException if the half-lives differ
   */
  public DecayedSum merge(DecayedSum other) {
    Checks.notNull(other, "other");
    if (other.halfLifeMillis != halfLifeMillis) {
      throw new InvalidValueException("other", "half-lives differ");
    }
    if (other.anchor[0] != DecayMath.EMPTY) {
      addMillis(other.anchor[0], other.mass[0]);
    }
    return this;
  }

  /**
   * The latest activity time added, or empty.
   *
   * @return the anchor
   */
  public java.util.Optional<Instant> latest() {
    return anchor[0] == DecayMath.EMPTY
        ? java.util.Optional.empty() : java.util.Optional.of(Instant.ofEpochMilli(anchor[0]));
  }

  @Override
  public String toString() {
    return "DecayedSum[halfLife=" + Duration.ofMillis(halfLifeMillis) + ", latest="
        + latest().map(Instant::toString).orElse("none") + ", massAtLatest=" + mass[0] + "]";
  }
}
