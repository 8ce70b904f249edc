/**
 * Explainable referral ranking: for a job opening, rank the alumni of one tenant either as
 * candidates ({@link org.alumnisdk.matching.referral.ReferralMode#BOOMERANG boomerang}) or as people
 * likely to know candidates ({@link org.alumnisdk.matching.referral.ReferralMode#REFERRER referrer}).
 *
 * <p>Map of the package: {@link org.alumnisdk.matching.referral.Referrals} is the entry point;
 * {@link org.alumnisdk.matching.referral.ReferralIndex} is the compact, incrementally updated
 * population index (primitive arrays, skills as int ids); {@link
 * org.alumnisdk.matching.referral.ReferralRanker} applies the {@link
 * org.alumnisdk.matching.referral.HardFilter hard filters} (purpose gate first among them in
 * meaning, conflict and status checks first in cost), scores the survivors over the {@link
 * org.alumnisdk.matching.referral.Feature features} configured in {@link
 * org.alumnisdk.matching.referral.ReferralConfig}, fuses fit and response likelihood with a
 * smoothed weighted harmonic mean, keeps a bounded top-k heap (ties by id) and explains only the
 * returned results ({@link org.alumnisdk.matching.referral.ReferralResult}, {@link
 * org.alumnisdk.matching.referral.WhyNot}).
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.matching.referral;

import org.jspecify.annotations.NullMarked;
