package org.alumnisdk.consent.breach;

/**
 * The categories of leak, loss or damage that make an incident reportable to the PPC (Art. 26(1)
 * with Rules Art. 7 [S]). The first three apply at any number of persons; the last one when more
 * than the configured number (1,000) are affected.
 *
 * @since 0.1.0
 */
public enum BreachTrigger {
  /** Special care-required information is involved (Rules Art. 7(i)). */
  SPECIAL_CARE_REQUIRED("Rules Art.7(i)"),
  /** Data whose misuse may cause financial loss, such as card numbers (Rules Art. 7(ii)). */
  FINANCIAL_LOSS_RISK("Rules Art.7(ii)"),
  /** Possibly caused by an act with an unlawful purpose: unauthorised access, ransomware, theft (Rules Art. 7(iii)). */
  UNLAWFUL_PURPOSE("Rules Art.7(iii)"),
  /** More than the threshold number of persons (1,000 by default; Rules Art. 7(iv)). */
  MORE_THAN_THRESHOLD_PERSONS("Rules Art.7(iv)");

  private final String rule;

  BreachTrigger(String rule) {
    this.rule = rule;
  }

  /**
   * Returns the Enforcement Rules item this trigger comes from.
   *
   * @return e.g. {@code Rules Art.7(iii)}
   */
  public String rule() {
    return rule;
  }
}
