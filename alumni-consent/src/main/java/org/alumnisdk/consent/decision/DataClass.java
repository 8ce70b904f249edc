package org.alumnisdk.consent.decision;

/**
 * The legal class of the data in a request (Arts. 2, 16). Every request names it explicitly.
 *
 * @since 0.1.0
 */
public enum DataClass {
  /** Personal data (in a searchable database), including retained personal data. */
  PERSONAL_DATA,
  /** Pseudonymised information (Art. 41). */
  PSEUDONYMISED,
  /** Anonymised information (Arts. 43-44). */
  ANONYMISED,
  /** Personally referable information: cookie ids, device ids, browsing data (Art. 31). */
  PERSONALLY_REFERABLE
}
