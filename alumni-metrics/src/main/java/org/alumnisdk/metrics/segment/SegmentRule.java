package org.alumnisdk.metrics.segment;

import java.util.function.Predicate;
import org.alumnisdk.core.Checks;

/**
 * A named segment rule: the alumnus belongs to {@code segment} when the predicate holds.
 *
 * @param segment the segment name
 * @param description the rule in words (shown as the assignment's reason)
 * @param test the predicate
 * @since 0.1.0
 */
public record SegmentRule(String segment, String description, Predicate<MemberFacts> test) {
  /**
   * Validates the rule.
   *
   * @param segment the segment name
   * @param description the rule in words (shown as the assignment's reason)
   * @param test the predicate
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public SegmentRule {
    segment = Checks.notBlank(segment, "segment");
    description = Checks.notBlank(description, "description");
    Checks.notNull(test, "test");
  }

  @Override
  public String toString() {
    return segment + ": " + description;
  }
}
