/**
 * Referrals: {@link org.alumnisdk.core.referral.Referral} of a {@link org.alumnisdk.core.referral.Candidate} (who may not be an alumnus) to an opening, through the pipeline {@link org.alumnisdk.core.referral.ReferralStage} with a kept stage history, and the reward that follows it ({@link org.alumnisdk.core.referral.RewardStatus}). Stored through {@link org.alumnisdk.core.spi.ReferralRepository}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.referral;

import org.jspecify.annotations.NullMarked;
