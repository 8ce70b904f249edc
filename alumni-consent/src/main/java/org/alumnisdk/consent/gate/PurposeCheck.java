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
   * A fact was missing or a restriction applied; the gate failed closed.
   *
   * @param missing which fact was missing
   * @param article the article the denial rests on, with the rule set, or empty
   * @param reason what was missing, with the article
   */
  record Denied(MissingFact missing, String article, String reason) implements PurposeCheck {
    /**
     * Validates the outcome.
     *
     * @param missing which fact was missing
     * @param article the article the denial rests on, or empty
     * @param reason what was missing, with the article
     */
    public Denied {
      Checks.notNull(missing, "missing");
      Checks.notNull(article, "article");
      Checks.notNull(reason, "reason");
    }

    /**
     * A denial citing the fact's default {@link MissingFact#article() article}.
     *
     * @param missing which fact was missing
     * @param reason what was missing, with the article
     */
    public Denied(MissingFact missing, String reason) {
      this(missing, Checks.notNull(missing, "missing").article(), reason);
    }
  }
}
