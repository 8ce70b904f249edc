package org.alumnisdk.consent.records;

/**
 * How a statutory record was made; it decides the retention period under the PPC Enforcement
 * Rules (Arts. 14 and 18 [M: from general knowledge of the Rules, not checked against their
 * text; the periods are therefore configured in {@link RecordRetention}]).
 *
 * @since 0.1.0
 */
public enum RecordingMethod {
  /** One record per provision or receipt: by default kept 3 years from when it was made. */
  PER_EVENT,
  /**
   * One record for continuous or repeated provisions or receipts to or from the same party: by
   * default kept 3 years from the last provision or receipt.
   */
  CONTINUOUS,
  /**
   * Recorded in the contract with the person when the provision is part of supplying goods or
   * services to them: by default kept 1 year from the last provision or receipt.
   */
  CONTRACT_WITH_PERSON
}
