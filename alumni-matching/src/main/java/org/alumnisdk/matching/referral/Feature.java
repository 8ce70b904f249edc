package org.alumnisdk.matching.referral;

/**
 * The scored features. Each belongs to one {@link Side}: the fit of the alumnus for the opening,
 * or the likelihood that the alumnus responds. Every feature value lies in [0, 1].
 *
 * @since 0.1.0
 */
public enum Feature {
  /**
   * Weighted share of the opening's skills the alumnus has: each requirement weighs {@code weight
   * × (required ? requiredFactor : preferredFactor) × idf}, with {@code idf = ln(1 + N / (1 +
   * df))} over the indexed population, and a matched skill counts by proficiency (0.4, 0.7, 0.9,
   * 1.0 for beginner..expert).
   */
  SKILLS(Side.FIT),
  /** 1 if the job family of the last tenure equals the opening's (case-insensitive), else 0. */
  JOB_FAMILY(Side.FIT),
  /** Jaccard similarity of title words (last tenure title and current title vs the opening's). */
  TITLE(Side.FIT),
  /** 1 inside the seniority range, falling linearly to 0 at {@code seniorityTolerance} levels out. */
  SENIORITY(Side.FIT),
  /** 1 same region, 0.6 same country, 0.3 other or unknown place for a remote opening, else 0. */
  LOCATION(Side.FIT),
  /**
   * Knowledge of the company: tenure months up to {@code fullKnowledgeMonths}; with a hiring
   * department in the query, 70% tenure and 30% whether the alumnus once worked there.
   */
  COMPANY_KNOWLEDGE(Side.FIT),
  /** Referrer mode: 1 if the current industry is one of the query's target industries. */
  INDUSTRY(Side.FIT),
  /** Referrer mode: 1 if the current employer is a target employer, 0.5 any known employer, else 0. */
  CURRENT_EMPLOYER(Side.FIT),
  /** Referrer mode: network proximity in [0, 1] supplied by the host (0 when unknown). */
  NETWORK(Side.FIT),
  /** Recency of engagement: {@code exp(-ln 2 × ageDays / halfLifeDays)}, 0 without activity. */
  RECENCY(Side.RESPONSE),
  /** Willingness flag of the mode: open to rehire (boomerang) or open to refer (referrer). */
  WILLINGNESS(Side.RESPONSE),
  /** Membership engagement: ACTIVE 1, REGISTERED 0.6, DORMANT 0.3, INVITED 0.2. */
  MEMBERSHIP(Side.RESPONSE);

  /** Which one-way score a feature belongs to. */
  public enum Side {
    /** Fit of the alumnus for the opening. */
    FIT,
    /** Likelihood that the alumnus responds (engages, refers). */
    RESPONSE
  }

  private final Side side;

  Feature(Side side) {
    this.side = side;
  }

  /**
   * The side this feature scores.
   *
   * @return the side
   */
  public Side side() {
    return side;
  }
}
