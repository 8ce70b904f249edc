package org.alumnisdk.metrics;

import org.alumnisdk.core.Checks;

/**
 * What an analysis did with the activities it read.
 *
 * @param read activities read
 * @param scored counted activities of measured alumni at or before the as-of instant
 * @param duplicates ignored: id already read
 * @param unmapped ignored: no taxonomy rule
 * @param notCounted ignored: the type does not count (RSVP, open)
 * @param afterAsOf ignored: dated after the as-of instant
 * @param noConsent ignored: the alumnus's consent does not cover engagement analytics
 * @param unknownAlumnus ignored: the alumnus is not in the population
 * @since 0.1.0
 */
public record ActivityCounts(
    long read, long scored, long duplicates, long unmapped, long notCounted, long afterAsOf,
    long noConsent, long unknownAlumnus) {
  /**
   * Validates the counts.
   *
   * @param read activities read
   * @param scored counted activities of measured alumni at or before the as-of instant
   * @param duplicates ignored: id already read
   * @param unmapped ignored: no taxonomy rule
   * @param notCounted ignored: the type does not count (RSVP, open)
   * @param afterAsOf ignored: dated after the as-of instant
   * @param noConsent ignored: the alumnus's consent does not cover engagement analytics
   * @param unknownAlumnus ignored: the alumnus is not in the population
   * @throws org.alumnisdk.core.InvalidValueException if a count is negative
   */
  public ActivityCounts {
    Checks.notNegative(read, "read");
    Checks.notNegative(scored, "scored");
    Checks.notNegative(duplicates, "duplicates");
    Checks.notNegative(unmapped, "unmapped");
    Checks.notNegative(notCounted, "notCounted");
    Checks.notNegative(afterAsOf, "afterAsOf");
    Checks.notNegative(noConsent, "noConsent");
    Checks.notNegative(unknownAlumnus, "unknownAlumnus");
  }
}
