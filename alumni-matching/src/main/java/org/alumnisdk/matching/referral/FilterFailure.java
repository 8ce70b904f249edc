package org.alumnisdk.matching.referral;

import org.alumnisdk.core.Checks;

/**
 * One hard filter an alumnus failed, with a short detail that never holds personal data.
 *
 * @param filter the filter
 * @param detail what failed, e.g. {@code status LEFT} or the gate's reason
 * @since 0.1.0
 */
public record FilterFailure(HardFilter filter, String detail) {
  /**
   * Validates the value.
   *
   * @param filter the filter
   * @param detail what failed, e.g. {@code status LEFT} or the gate's reason
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public FilterFailure {
    Checks.notNull(filter, "filter");
    Checks.notNull(detail, "detail");
  }
}
