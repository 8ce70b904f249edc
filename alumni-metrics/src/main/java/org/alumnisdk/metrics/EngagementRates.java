package org.alumnisdk.metrics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.alumnisdk.core.Checks;
import org.alumnisdk.metrics.kpi.Kpi;
import org.alumnisdk.metrics.kpi.Window;
import org.alumnisdk.metrics.taxonomy.EngagementMode;

/**
 * CASE-style "percentage engaged" for a reporting period: in any mode, per mode, and the overlap
 * histogram (engaged in exactly 0, 1, 2, 3 or 4 modes). All share one denominator.
 *
 * @param period the reporting period
 * @param any engaged in at least one mode
 * @param byMode engaged per mode
 * @param overlap index k = engaged in exactly k modes (k = 0..4)
 * @since 0.1.0
 */
public record EngagementRates(Window period, Kpi any, Map<EngagementMode, Kpi> byMode, List<Kpi> overlap) {
  /**
   * Validates and copies.
   *
   * @param period the reporting period
   * @param any engaged in at least one mode
   * @param byMode engaged per mode
   * @param overlap index k = engaged in exactly k modes (k = 0..4)
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public EngagementRates {
    Checks.notNull(period, "period");
    Checks.notNull(any, "any");
    byMode = Collections.unmodifiableMap(new EnumMap<>(Checks.notNull(byMode, "byMode")));
    overlap = Checks.copyOf(overlap, "overlap");
  }

  /**
   * All KPIs in one list: any, the four modes, then the overlap.
   *
   * @return the list
   */
  public List<Kpi> all() {
    java.util.ArrayList<Kpi> l = new java.util.ArrayList<>();
    l.add(any);
    l.addAll(byMode.values());
    l.addAll(overlap);
    return List.copyOf(l);
  }
}
