package org.alumnisdk.metrics.segment;

import org.alumnisdk.core.Checks;

/**
 * The segment an alumnus was placed in and the rule that placed them.
 *
 * @param segment the segment name
 * @param reason the matching rule's description, or that no rule matched
 * @since 0.1.0
 */
public record SegmentAssignment(String segment, String reason) {
  /**
   * Validates the assignment.
   *
   * @param segment the segment name
   * @param reason the matching rule's description, or that no rule matched
   * @throws org.alumnisdk.core.InvalidValueException if a field is blank
   */
  public SegmentAssignment {
    segment = Checks.notBlank(segment, "segment");
    reason = Checks.notBlank(reason, "reason");
  }
}
