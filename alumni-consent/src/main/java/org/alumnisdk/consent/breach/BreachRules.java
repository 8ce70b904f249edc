package org.alumnisdk.consent.breach;

import java.time.ZoneId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * The configurable numbers of the breach rules. They come from the Enforcement Rules and Guidelines,
 * known here only from secondary sources ([S]/[M] in the legal reference), so none is hard-coded.
 *
 * @param ruleSetVersion the rule-set version cited, e.g. {@code APPI@2022-04-01}
 * @param personThreshold reportable when strictly more persons than this are affected (1,000: "more than 1,000")
 * @param preliminaryDays the preliminary report ("promptly", Guidelines about 3-5 days) is due this many days after awareness
 * @param finalDays the final report is due this many days after awareness (30)
 * @param finalDaysUnlawful the final report for an act with an unlawful purpose is due after this many days (60)
 * @param encryptionExempts whether advanced encryption or equivalent protection removes the duty [M]
 * @param zone the zone in which days are counted (Japan)
 * @since 0.1.0
 */
public record BreachRules(
    String ruleSetVersion,
    long personThreshold,
    int preliminaryDays,
    int finalDays,
    int finalDaysUnlawful,
    boolean encryptionExempts,
    ZoneId zone) {

  /**

   * Validates the rules.

   *

   * @param ruleSetVersion the rule-set version cited, e.g. {@code APPI@2022-04-01}

   * @param personThreshold reportable when strictly more persons than this are affected (1,000: "more than 1,000")

   * @param preliminaryDays the preliminary report ("promptly", Guidelines about 3-5 days) is due this many days after awareness

   * @param finalDays the final report is due this many days after awareness (30)

   * @param finalDaysUnlawful the final report for an act with an unlawful purpose is due after this many days (60)

   * @param encryptionExempts whether advanced encryption or equivalent protection removes the duty [M]

   * @param zone the zone in which days are counted (Japan)

   * @throws InvalidValueException naming the field if a number is out of range

   */
  public BreachRules {
    ruleSetVersion = Checks.notBlank(ruleSetVersion, "breachRules.ruleSetVersion");
    Checks.notNegative(personThreshold, "breachRules.personThreshold");
    if (preliminaryDays < 0 || finalDays < 1 || finalDaysUnlawful < 1) {
      throw new InvalidValueException("breachRules.days", "preliminary must be >= 0 and final periods >= 1");
    }
    if (preliminaryDays > finalDays) {
      throw new InvalidValueException("breachRules.preliminaryDays", "must not exceed breachRules.finalDays");
    }
    Checks.notNull(zone, "breachRules.zone");
  }

  /**
   * Returns the defaults of {@code APPI@2022-04-01}: more than 1,000 persons, preliminary report
   * within 5 days, final report within 30 days or 60 days for an unlawful act, encryption exempts.
   *
   * @return the defaults
   */
  public static BreachRules appi2022() {
    return new BreachRules("APPI@2022-04-01", 1_000, 5, 30, 60, true, ZoneId.of("Asia/Tokyo"));
  }

  /**
   * Returns a copy with another preliminary period.
   *
   * @param days the days after awareness
   * @return the new rules
   */
  public BreachRules withPreliminaryDays(int days) {
    return new BreachRules(ruleSetVersion, personThreshold, days, finalDays, finalDaysUnlawful, encryptionExempts, zone);
  }

  /**
   * Returns a copy with another person threshold.
   *
   * @param threshold reportable when strictly more persons are affected
   * @return the new rules
   */
  public BreachRules withPersonThreshold(long threshold) {
    return new BreachRules(ruleSetVersion, threshold, preliminaryDays, finalDays, finalDaysUnlawful, encryptionExempts, zone);
  }
}
