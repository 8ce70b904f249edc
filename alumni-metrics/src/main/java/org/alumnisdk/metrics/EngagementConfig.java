package org.alumnisdk.metrics;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.metrics.kpi.FiscalYear;
import org.alumnisdk.metrics.level.LevelPolicy;
import org.alumnisdk.metrics.rfm.RfmConfig;
import org.alumnisdk.metrics.score.ScoringPolicy;
import org.alumnisdk.metrics.segment.SegmentRules;
import org.alumnisdk.metrics.taxonomy.ActivityTaxonomy;

/**
 * Everything the engagement analysis is parameterised by. Immutable; use the {@code with*} copies.
 *
 * @param taxonomy activity types to modes and weights
 * @param scoring half-lives and the future-date policy
 * @param levels Orbit level look-back, milestones and hysteresis
 * @param rfm RFM period, bands and segments
 * @param segments segment rules
 * @param fiscalYear the reporting calendar; its zone also decides day boundaries
 * @param activeWindowDays the trailing window of the active member rate (default 90)
 * @param inactiveIntervalDays the CHAOSS inactivity interval (default 365)
 * @since 0.1.0
 */
public record EngagementConfig(
    ActivityTaxonomy taxonomy, ScoringPolicy scoring, LevelPolicy levels, RfmConfig rfm,
    SegmentRules segments, FiscalYear fiscalYear, int activeWindowDays, int inactiveIntervalDays) {
  /**
   * Validates the configuration.
   *
   * @param taxonomy activity types to modes and weights
   * @param scoring half-lives and the future-date policy
   * @param levels Orbit level look-back, milestones and hysteresis
   * @param rfm RFM period, bands and segments
   * @param segments segment rules
   * @param fiscalYear the reporting calendar; its zone also decides day boundaries
   * @param activeWindowDays the trailing window of the active member rate (default 90)
   * @param inactiveIntervalDays the CHAOSS inactivity interval (default 365)
   * @throws InvalidValueException if a field is missing or a window is not positive
   */
  public EngagementConfig {
    Checks.notNull(taxonomy, "taxonomy");
    Checks.notNull(scoring, "scoring");
    Checks.notNull(levels, "levels");
    Checks.notNull(rfm, "rfm");
    Checks.notNull(segments, "segments");
    Checks.notNull(fiscalYear, "fiscalYear");
    if (activeWindowDays < 1) {
      throw new InvalidValueException("activeWindowDays", "must be at least 1");
    }
    if (inactiveIntervalDays < 1) {
      throw new InvalidValueException("inactiveIntervalDays", "must be at least 1");
    }
  }

  /**
   * Defaults: default taxonomy, 180-day half-life, Orbit v2 levels, CRAN-style RFM, default
   * segments, Japanese fiscal year (April-March, Asia/Tokyo), 90-day active window, 365-day
   * inactivity interval.
   *
   * @return the configuration
   */
  public static EngagementConfig defaults() {
    return new EngagementConfig(ActivityTaxonomy.defaults(), ScoringPolicy.defaults(),
        LevelPolicy.orbitDefaults(), RfmConfig.defaults(), SegmentRules.defaults(),
        FiscalYear.japanese(), 90, 365);
  }

  /**
   * Returns a copy with another taxonomy.
   *
   * @param value the taxonomy
   * @return the copy
   */
  public EngagementConfig withTaxonomy(ActivityTaxonomy value) {
    return new EngagementConfig(value, scoring, levels, rfm, segments, fiscalYear, activeWindowDays, inactiveIntervalDays);
  }

  /**
   * Returns a copy with another scoring policy.
   *
   * @param value the policy
   * @return the copy
   */
  public EngagementConfig withScoring(ScoringPolicy value) {
    return new EngagementConfig(taxonomy, value, levels, rfm, segments, fiscalYear, activeWindowDays, inactiveIntervalDays);
  }

  /**
   * Returns a copy with another level policy.
   *
   * @param value the policy
   * @return the copy
   */
  public EngagementConfig withLevels(LevelPolicy value) {
    return new EngagementConfig(taxonomy, scoring, value, rfm, segments, fiscalYear, activeWindowDays, inactiveIntervalDays);
  }

  /**
   * Returns a copy with another RFM configuration.
   *
   * @param value the configuration
   * @return the copy
   */
  public EngagementConfig withRfm(RfmConfig value) {
    return new EngagementConfig(taxonomy, scoring, levels, value, segments, fiscalYear, activeWindowDays, inactiveIntervalDays);
  }

  /**
   * Returns a copy with other segment rules.
   *
   * @param value the rules
   * @return the copy
   */
  public EngagementConfig withSegments(SegmentRules value) {
    return new EngagementConfig(taxonomy, scoring, levels, rfm, value, fiscalYear, activeWindowDays, inactiveIntervalDays);
  }

  /**
   * Returns a copy with another fiscal calendar.
   *
   * @param value the calendar
   * @return the copy
   */
  public EngagementConfig withFiscalYear(FiscalYear value) {
    return new EngagementConfig(taxonomy, scoring, levels, rfm, segments, value, activeWindowDays, inactiveIntervalDays);
  }

  /**
   * Returns a copy with other activity windows.
   *
   * @param activeDays the active member rate window
   * @param inactiveDays the inactivity interval
   * @return the copy
   */
  public EngagementConfig withWindows(int activeDays, int inactiveDays) {
    return new EngagementConfig(taxonomy, scoring, levels, rfm, segments, fiscalYear, activeDays, inactiveDays);
  }
}
