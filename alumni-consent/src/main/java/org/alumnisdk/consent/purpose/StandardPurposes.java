package org.alumnisdk.consent.purpose;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.alumnisdk.consent.notice.NoticeId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;

/**
 * The four standard alumni purposes, matching {@link PurposeId#REFERRAL_OUTREACH},
 * {@link PurposeId#REHIRE_OUTREACH}, {@link PurposeId#MENTORING} and
 * {@link PurposeId#ENGAGEMENT_ANALYTICS}, as version-1 catalogue entries.
 *
 * <p>Defaults (an operator may register different ones): data collected during employment was
 * notified for employment purposes, so reaching the former employee for referrals, rehiring or
 * mentoring is use beyond that purpose and rests on consent (APPI@2022-04-01 Art. 18(1));
 * engagement analytics rests on the purpose notified at alumni sign-up (Art. 21(1)-(2)). All
 * four require the collection-time purpose notice. These are configuration choices, not legal
 * conclusions; review them with counsel.
 *
 * @since 0.1.0
 */
public final class StandardPurposes {
  /** The default id of the collection-time purpose notice the standard purposes require. */
  public static final NoticeId PURPOSE_NOTICE = NoticeId.of("alumni-purpose-notice");

  private StandardPurposes() {}

  /**
   * The four standard purposes, requiring {@link #PURPOSE_NOTICE} version 1 or later.
   *
   * @param effectiveFrom when version 1 takes effect
   * @return the purposes, in the order referral, rehire, mentoring, engagement analytics
   * @throws InvalidValueException if {@code effectiveFrom} is null
   */
  public static List<Purpose> all(Instant effectiveFrom) {
    return all(effectiveFrom, PURPOSE_NOTICE);
  }

  /**
   * The four standard purposes, requiring the given notice at version 1 or later.
   *
   * @param effectiveFrom when version 1 takes effect
   * @param notice the collection-time purpose notice (Art. 21) they require
   * @return the purposes, in the order referral, rehire, mentoring, engagement analytics
   * @throws InvalidValueException if an argument is null
   */
  public static List<Purpose> all(Instant effectiveFrom, NoticeId notice) {
    Checks.notNull(effectiveFrom, "effectiveFrom");
    Checks.notNull(notice, "notice");
    String art18 = "APPI@2022-04-01:Art.18(1)";
    return List.of(
        Purpose.builder(PurposeId.REFERRAL_OUTREACH)
            .names("リファラル採用のご案内", "Referral outreach")
            .description(
                "Contacting alumni about open positions so that they can refer candidates.")
            .dpv("dpv:RecruitmentManagement", "dpv:CommunicationManagement")
            .fides("employment.recruitment", "marketing.communications.email")
            .retention(RetentionPolicy.of(Period.ofMonths(6), RetentionAction.DELETE))
            .consentRequired(art18)
            .requiresNotice(notice, 1)
            .effectiveFrom(effectiveFrom)
            .build(),
        Purpose.builder(PurposeId.REHIRE_OUTREACH)
            .names("再雇用（アルムナイ採用）のご案内", "Rehire outreach")
            .description("Contacting alumni about being rehired (boomerang hires).")
            .dpv("dpv:RecruitmentManagement", "dpv:HumanResourceManagement")
            .fides("employment.recruitment")
            .retention(RetentionPolicy.of(Period.ofMonths(6), RetentionAction.DELETE))
            .consentRequired(art18)
            .requiresNotice(notice, 1)
            .effectiveFrom(effectiveFrom)
            .build(),
        Purpose.builder(PurposeId.MENTORING)
            .names("メンタリング", "Mentoring")
            .description("Matching alumni as mentors or mentees and introducing them.")
            .dpv("dpv:CommunicationManagement")
            .fides("personalize.profiling")
            .retention(RetentionPolicy.of(Period.ofMonths(3), RetentionAction.DELETE))
            .consentRequired(art18)
            .requiresNotice(notice, 1)
            .effectiveFrom(effectiveFrom)
            .build(),
        Purpose.builder(PurposeId.ENGAGEMENT_ANALYTICS)
            .names("アルムナイ活動の分析", "Engagement analytics")
            .description(
                "Measuring participation in the alumni network (scores, segments, KPIs).")
            .dpv("dpv:ServiceOptimisation")
            .fides("analytics.reporting")
            .retention(RetentionPolicy.of(Period.ofMonths(1), RetentionAction.ANONYMISE))
            .noConsentRequired()
            .requiresNotice(notice, 1)
            .effectiveFrom(effectiveFrom)
            .build());
  }
}
