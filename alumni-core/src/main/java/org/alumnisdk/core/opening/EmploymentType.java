package org.alumnisdk.core.opening;

/**
 * The kind of employment an opening offers.
 *
 * @since 0.1.0
 */
public enum EmploymentType {
  /** Permanent full-time (seishain). */
  FULL_TIME,
  /** Part-time. */
  PART_TIME,
  /** Fixed-term contract. */
  CONTRACT,
  /** Freelance or advisory work. */
  FREELANCE
}
