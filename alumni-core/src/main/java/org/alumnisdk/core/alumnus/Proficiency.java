package org.alumnisdk.core.alumnus;

/**
 * How well a person masters a skill, in increasing order.
 *
 * @since 0.1.0
 */
public enum Proficiency {
  /** Knows the basics. */
  BEGINNER,
  /** Works independently. */
  INTERMEDIATE,
  /** Leads others. */
  ADVANCED,
  /** Recognised authority. */
  EXPERT
}
