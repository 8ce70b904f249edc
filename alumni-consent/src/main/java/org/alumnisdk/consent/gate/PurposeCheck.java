package org.alumnisdk.consent.gate;

import org.alumnisdk.consent.purpose.Purpose;
import org.alumnisdk.core.Checks;

/**
 * The detailed outcome of the {@link ConsentPurposeGate} for one alumnus and purpose.
 *
 * @since 0.1.0
 */
public sealed interface PurposeCheck permits PurposeCheck.Allowed, PurposeCheck.Denied {
  /**
   * A reason a person can read, citing the rule set and article; never personal data.
   *
   * @return the reason
   */
  String reason();

  /**
   * Every fact needed was on record.
   *
   * @param purpose the purpose version in force
   * @param reason why it is allowed
   */
  record Allowed(Purpose purpose, String reason) implements PurposeCheck {
    /**
     * Validates the outcome.
     *
     * @param purpose the purpose version in force
     * @param reason why it is allowed
     */
    public Allowed {
      Checks.notNull(purpose, "purpose");
      Checks.notNull(reason, "reason");
    }
  }

  /**
   * A fact was missing; the gate failed closed.
   *
   * @param missing which fact was missing
   * @param reason what was missing, with the article
   */
  record Denied(MissingFact missing, String reason) implements PurposeCheck {
    /**
     * Validates the outcome.
     *
     * @param missing which fact was missing
     * @param reason what was missing, with the article
     */
    public Denied {
      Checks.notNull(missing, "missing");
      Checks.notNull(reason, "reason");
    }
  }
}
