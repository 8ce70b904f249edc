package org.alumnisdk.core.alumnus;

/**
 * How an employment ended.
 *
 * @since 0.1.0
 */
public enum DepartureType {
  /** The employee resigned. */
  VOLUNTARY,
  /** The employer ended the employment. */
  INVOLUNTARY,
  /** Mandatory or voluntary retirement. */
  RETIREMENT,
  /** A fixed-term contract ended. */
  CONTRACT_END,
  /** Transfer to a group company (tenseki). */
  TRANSFER_TO_GROUP_COMPANY
}
