package org.alumnisdk.matching.referral;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.alumnus.MembershipStatus;

/**
 * Immutable weights and rules of referral ranking; build it with {@link #builder()}.
 *
 * <p><b>Defaults.</b> Boomerang fit: skills 0.35, job family 0.15, title 0.10, seniority 0.15,
 * location 0.10, company knowledge 0.15. Referrer fit: skills 0.20, job family 0.15, title 0.05,
 * seniority 0.05, location 0.10, company knowledge 0.10, industry 0.15, current employer 0.10,
 * network 0.10. Response (both modes): recency 0.50, willingness 0.35, membership 0.15. Fusion:
 * fit share {@code alpha = 0.6}, smoothing {@code epsilon = 0.05}. Required skills count 1.0,
 * preferred 0.5. Recency half-life 180 days; seniority tolerance 2 levels; full company knowledge
 * at 60 months. Allowed statuses REGISTERED, ACTIVE, DORMANT; rehire NEEDS_REVIEW not allowed; gate mode
 * {@link GateMode#LIVE}.
 *
 * <p><b>Fusion (reciprocal).</b> With fit {@code F} and response {@code R} in [0, 1], let {@code
 * F' = ε + (1 − ε)F} and {@code R' = ε + (1 − ε)R}; the score is the weighted harmonic mean {@code
 * S = 1 / (α / F' + (1 − α) / R')}. A harmonic mean is dominated by the smaller side, so a perfect
 * fit who will not respond (or an eager alumnus who does not fit) ranks low; ε keeps cold-start
 * alumni (no activity yet) ordered by fit instead of collapsing to zero.
 *
 * @since 0.1.0
 */
public final class ReferralConfig {
  private static final ReferralConfig DEFAULTS = builder().build();

  private final Map<ReferralMode, double[]> weights;
  private final double alpha;
  private final double epsilon;
  private final double requiredSkillFactor;
  private final double preferredSkillFactor;
  private final double recencyHalfLifeDays;
  private final int seniorityTolerance;
  private final int fullKnowledgeMonths;
  private final Set<MembershipStatus> allowedStatuses;
  private final boolean allowRehireNeedsReview;
  private final GateMode gateMode;

  private ReferralConfig(Builder b) {
    EnumMap<ReferralMode, double[]> w = new EnumMap<>(ReferralMode.class);
    for (ReferralMode m : ReferralMode.values()) {
      w.put(m, b.weights.get(m).clone());
    }
    this.weights = Collections.unmodifiableMap(w);
    this.alpha = b.alpha;
    this.epsilon = b.epsilon;
    this.requiredSkillFactor = b.requiredSkillFactor;
    this.preferredSkillFactor = b.preferredSkillFactor;
    this.recencyHalfLifeDays = b.recencyHalfLifeDays;
    this.seniorityTolerance = b.seniorityTolerance;
    this.fullKnowledgeMonths = b.fullKnowledgeMonths;
    this.allowedStatuses = Collections.unmodifiableSet(EnumSet.copyOf(b.allowedStatuses));
    this.allowRehireNeedsReview = b.allowRehireNeedsReview;
    this.gateMode = b.gateMode;
  }

  /**
   * The documented defaults.
   *
   * @return the default configuration
   */
  public static ReferralConfig defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from this configuration.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (ReferralMode m : ReferralMode.values()) {
      b.weights.put(m, weights.get(m).clone());
    }
    b.alpha = alpha;
    b.epsilon = epsilon;
    b.requiredSkillFactor = requiredSkillFactor;
    b.preferredSkillFactor = preferredSkillFactor;
    b.recencyHalfLifeDays = recencyHalfLifeDays;
    b.seniorityTolerance = seniorityTolerance;
    b.fullKnowledgeMonths = fullKnowledgeMonths;
    b.allowedStatuses = EnumSet.copyOf(allowedStatuses);
    b.allowRehireNeedsReview = allowRehireNeedsReview;
    b.gateMode = gateMode;
    return b;
  }

  /**
   * The raw (not normalised) weight of a feature in a mode.
   *
   * @param mode the mode
   * @param feature the feature
   * @return the weight, 0 or more
   */
  public double weight(ReferralMode mode, Feature feature) {
    return weights.get(mode)[feature.ordinal()];
  }

  /**
   * The fit share α of the weighted harmonic mean, in (0, 1).
   *
   * @return α
   */
  public double alpha() {
    return alpha;
  }

  /**
   * The smoothing ε applied to fit and response before fusion, in [0, 1).
   *
   * @return ε
   */
  public double epsilon() {
    return epsilon;
  }

  /**
   * The factor of a required skill's weight.
   *
   * @return the factor, &gt; 0
   */
  public double requiredSkillFactor() {
    return requiredSkillFactor;
  }

  /**
   * The factor of a preferred skill's weight.
   *
   * @return the factor, &gt; 0
   */
  public double preferredSkillFactor() {
    return preferredSkillFactor;
  }

  /**
   * The half-life of engagement recency in days.
   *
   * @return the half-life, &gt; 0
   */
  public double recencyHalfLifeDays() {
    return recencyHalfLifeDays;
  }

  /**
   * The number of levels outside the seniority range at which seniority fit reaches 0.
   *
   * @return the tolerance, &ge; 1
   */
  public int seniorityTolerance() {
    return seniorityTolerance;
  }

  /**
   * The tenure in months that counts as full knowledge of the company.
   *
   * @return the months, &ge; 1
   */
  public int fullKnowledgeMonths() {
    return fullKnowledgeMonths;
  }

  /**
   * The membership statuses that pass the status filter.
   *
   * @return the statuses
   */
  public Set<MembershipStatus> allowedStatuses() {
    return allowedStatuses;
  }

  /**
   * Whether rehire eligibility NEEDS_REVIEW passes the boomerang rehire filter.
   *
   * @return true if allowed
   */
  public boolean allowRehireNeedsReview() {
    return allowRehireNeedsReview;
  }

  /**
   * How rankings consult consent (default {@link GateMode#LIVE}).
   *
   * @return the gate mode
   */
  public GateMode gateMode() {
    return gateMode;
  }

  double[] weightsOf(ReferralMode mode) {
    return weights.get(mode);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ReferralConfig[");
    for (ReferralMode m : ReferralMode.values()) {
      sb.append(m).append('{');
      double[] w = weights.get(m);
      for (Feature f : Feature.values()) {
        if (w[f.ordinal()] > 0) {
          sb.append(f).append('=').append(w[f.ordinal()]).append(' ');
        }
      }
      sb.append("} ");
    }
    return sb.append("alpha=").append(alpha).append(" epsilon=").append(epsilon)
        .append(" halfLifeDays=").append(recencyHalfLifeDays).append(" gate=").append(gateMode).append(']').toString();
  }

  /**
   * Builds a {@link ReferralConfig}; starts from the documented defaults. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final EnumMap<ReferralMode, double[]> weights = new EnumMap<>(ReferralMode.class);
    private double alpha = 0.6;
    private double epsilon = 0.05;
    private double requiredSkillFactor = 1.0;
    private double preferredSkillFactor = 0.5;
    private double recencyHalfLifeDays = 180.0;
    private int seniorityTolerance = 2;
    private int fullKnowledgeMonths = 60;
    private Set<MembershipStatus> allowedStatuses =
        EnumSet.of(MembershipStatus.REGISTERED, MembershipStatus.ACTIVE, MembershipStatus.DORMANT);
    private boolean allowRehireNeedsReview;
    private GateMode gateMode = GateMode.LIVE;

    private Builder() {
      double[] b = new double[Feature.values().length];
      b[Feature.SKILLS.ordinal()] = 0.35;
      b[Feature.JOB_FAMILY.ordinal()] = 0.15;
      b[Feature.TITLE.ordinal()] = 0.10;
      b[Feature.SENIORITY.ordinal()] = 0.15;
      b[Feature.LOCATION.ordinal()] = 0.10;
      b[Feature.COMPANY_KNOWLEDGE.ordinal()] = 0.15;
      double[] r = new double[Feature.values().length];
      r[Feature.SKILLS.ordinal()] = 0.20;
      r[Feature.JOB_FAMILY.ordinal()] = 0.15;
      r[Feature.TITLE.ordinal()] = 0.05;
      r[Feature.SENIORITY.ordinal()] = 0.05;
      r[Feature.LOCATION.ordinal()] = 0.10;
      r[Feature.COMPANY_KNOWLEDGE.ordinal()] = 0.10;
      r[Feature.INDUSTRY.ordinal()] = 0.15;
      r[Feature.CURRENT_EMPLOYER.ordinal()] = 0.10;
      r[Feature.NETWORK.ordinal()] = 0.10;
      for (double[] w : new double[][] {b, r}) {
        w[Feature.RECENCY.ordinal()] = 0.50;
        w[Feature.WILLINGNESS.ordinal()] = 0.35;
        w[Feature.MEMBERSHIP.ordinal()] = 0.15;
      }
      weights.put(ReferralMode.BOOMERANG, b);
      weights.put(ReferralMode.REFERRER, r);
    }

    /**
     * Sets the weight of one feature in one mode (0 switches the feature off).
     *
     * @param mode the mode
     * @param feature the feature
     * @param weight a finite weight, 0 or more
     * @return this builder
     * @throws InvalidValueException if the weight is negative, NaN or infinite
     */
    public Builder weight(ReferralMode mode, Feature feature, double weight) {
      Checks.notNull(mode, "mode");
      Checks.notNull(feature, "feature");
      weights.get(mode)[feature.ordinal()] =
          Checks.finiteNotNegative(weight, "weight." + mode + "." + feature);
      return this;
    }

    /**
     * Sets the fit share α of the fusion.
     *
     * @param alpha a number strictly between 0 and 1
     * @return this builder
     * @throws InvalidValueException if out of range
     */
    public Builder fusionFitShare(double alpha) {
      if (!(alpha > 0 && alpha < 1)) {
        throw new InvalidValueException("alpha", "must be strictly between 0 and 1, was " + alpha);
      }
      this.alpha = alpha;
      return this;
    }

    /**
     * Sets the smoothing ε of the fusion.
     *
     * @param epsilon a number in [0, 1); 0 makes a zero side zero the score
     * @return this builder
     * @throws InvalidValueException if out of range
     */
    public Builder fusionSmoothing(double epsilon) {
      if (!(epsilon >= 0 && epsilon < 1)) {
        throw new InvalidValueException("epsilon", "must be in [0, 1), was " + epsilon);
      }
      this.epsilon = epsilon;
      return this;
    }

    /**
     * Sets the weight factors of required and preferred skills.
     *
     * @param required the factor of required skills, finite and &gt; 0
     * @param preferred the factor of preferred skills, finite and &gt; 0
     * @return this builder
     * @throws InvalidValueException if a factor is not finite and positive
     */
    public Builder skillFactors(double required, double preferred) {
      this.requiredSkillFactor = positive(required, "requiredSkillFactor");
      this.preferredSkillFactor = positive(preferred, "preferredSkillFactor");
      return this;
    }

    /**
     * Sets the half-life of engagement recency.
     *
     * @param days finite and &gt; 0
     * @return this builder
     * @throws InvalidValueException if not finite and positive
     */
    public Builder recencyHalfLifeDays(double days) {
      this.recencyHalfLifeDays = positive(days, "recencyHalfLifeDays");
      return this;
    }

    /**
     * Sets how many levels outside the range seniority fit reaches 0.
     *
     * @param levels 1 or more
     * @return this builder
     * @throws InvalidValueException if below 1
     */
    public Builder seniorityTolerance(int levels) {
      if (levels < 1) {
        throw new InvalidValueException("seniorityTolerance", "must be >= 1, was " + levels);
      }
      this.seniorityTolerance = levels;
      return this;
    }

    /**
     * Sets the tenure that counts as full knowledge of the company.
     *
     * @param months 1 or more
     * @return this builder
     * @throws InvalidValueException if below 1
     */
    public Builder fullKnowledgeMonths(int months) {
      if (months < 1) {
        throw new InvalidValueException("fullKnowledgeMonths", "must be >= 1, was " + months);
      }
      this.fullKnowledgeMonths = months;
      return this;
    }

    /**
     * Sets the membership statuses that pass the status filter.
     *
     * @param statuses a non-empty set; LEFT and REHIRED are never allowed
     * @return this builder
     * @throws InvalidValueException if empty or holding LEFT or REHIRED
     */
    public Builder allowedStatuses(Set<MembershipStatus> statuses) {
      Checks.notNull(statuses, "allowedStatuses");
      if (statuses.isEmpty()) {
        throw new InvalidValueException("allowedStatuses", "must not be empty");
      }
      if (statuses.contains(MembershipStatus.LEFT) || statuses.contains(MembershipStatus.REHIRED)) {
        throw new InvalidValueException(
            "allowedStatuses", "LEFT (opted out) and REHIRED (an employee again) are never ranked");
      }
      this.allowedStatuses = EnumSet.copyOf(statuses);
      return this;
    }

    /**
     * Sets whether NEEDS_REVIEW passes the boomerang rehire filter (default false).
     *
     * @param allow true to allow
     * @return this builder
     */
    public Builder allowRehireNeedsReview(boolean allow) {
      this.allowRehireNeedsReview = allow;
      return this;
    }

    /**
     * Sets how rankings consult consent (default LIVE).
     *
     * @param mode the gate mode
     * @return this builder
     * @throws InvalidValueException if null
     */
    public Builder gateMode(GateMode mode) {
      this.gateMode = Checks.notNull(mode, "gateMode");
      return this;
    }

    /**
     * Builds the immutable configuration.
     *
     * @return the configuration
     * @throws InvalidValueException if a mode has no positive fit weight or no positive response weight
     */
    public ReferralConfig build() {
      for (ReferralMode m : ReferralMode.values()) {
        double fit = 0;
        double resp = 0;
        for (Feature f : Feature.values()) {
          if (f.side() == Feature.Side.FIT) {
            fit += weights.get(m)[f.ordinal()];
          } else {
            resp += weights.get(m)[f.ordinal()];
          }
        }
        if (!(fit > 0)) {
          throw new InvalidValueException("weight." + m, "needs at least one positive FIT weight");
        }
        if (!(resp > 0)) {
          throw new InvalidValueException("weight." + m, "needs at least one positive RESPONSE weight");
        }
      }
      return new ReferralConfig(this);
    }

    private static double positive(double v, String field) {
      if (!(Double.isFinite(v) && v > 0)) {
        throw new InvalidValueException(field, "must be finite and > 0, was " + v);
      }
      return v;
    }
  }
}
