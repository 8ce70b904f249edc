package org.alumnisdk.consent.rights;

import java.time.Duration;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * The configurable parts of the request workflow. The Act says "without delay" (遅滞なく) with no
 * day count, so the deadline is a host setting.
 *
 * @param ruleSetVersion the rule-set version cited in reasons
 * @param withoutDelay how long "without delay" may take at most, from receipt
 * @since 0.1.0
 */
public record RightsPolicy(String ruleSetVersion, Duration withoutDelay) {
  /**
   * Validates.
   *
   * @param ruleSetVersion the rule-set version cited in reasons
   * @param withoutDelay how long "without delay" may take at most, from receipt
   * @throws InvalidValueException if the duration is not positive
   */
  public RightsPolicy {
    ruleSetVersion = Checks.notBlank(ruleSetVersion, "rightsPolicy.ruleSetVersion");
    Checks.notNull(withoutDelay, "rightsPolicy.withoutDelay");
    if (withoutDelay.isNegative() || withoutDelay.isZero()) {
      throw new InvalidValueException("rightsPolicy.withoutDelay", "must be positive");
    }
  }

  /**
   * Returns the default: 14 days, matching the two weeks after which the person may sue (Art. 39).
   *
   * @return the policy
   */
  public static RightsPolicy defaults() {
    return new RightsPolicy("APPI@2022-04-01", Duration.ofDays(14));
  }
}
