package org.alumnisdk.consent.decision;

/**
 * What a request wants to do with the data.
 *
 * @since 0.1.0
 */
public enum Action {
  /** Acquire (collect) the data (Arts. 20, 21). */
  ACQUIRE,
  /** Use the data internally (Art. 18). */
  USE,
  /** Contact the person (call, mail, e-mail, visit) using the data (Arts. 18, 41(8)). */
  CONTACT,
  /** Provide the data to a recipient (Arts. 27, 28, 31, 41(6), 43(4)). */
  PROVIDE,
  /** Re-identify the persons behind pseudonymised or anonymised data (Arts. 41(7), 43(5), 45). */
  REIDENTIFY
}
