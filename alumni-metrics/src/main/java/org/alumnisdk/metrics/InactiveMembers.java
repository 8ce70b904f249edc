package org.alumnisdk.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.alumnisdk.core.Checks;
import org.alumnisdk.metrics.kpi.Kpi;

/**
 * CHAOSS "inactive contributors" for alumni: who had counted activity once but none within the
 * interval, and in which fiscal year their last activity fell.
 *
 * @param share inactive ÷ alumni who ever had a counted activity
 * @param byPeriodOfLastActivity inactive alumni by the fiscal year of their last activity
 * @since 0.1.0
 */
public record InactiveMembers(Kpi share, Map<String, Long> byPeriodOfLastActivity) {
  /**
   * Validates and copies.
   *
   * @param share inactive ÷ alumni who ever had a counted activity
   * @param byPeriodOfLastActivity inactive alumni by the fiscal year of their last activity
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public InactiveMembers {
    Checks.notNull(share, "share");
    byPeriodOfLastActivity = Collections.unmodifiableMap(new TreeMap<>(Checks.notNull(byPeriodOfLastActivity, "byPeriodOfLastActivity")));
  }
}
