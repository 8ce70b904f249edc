package org.alumnisdk.metrics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.spi.ActivityLog;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.metrics.kpi.Window;
import org.alumnisdk.metrics.level.LevelAssessment;
import org.alumnisdk.metrics.score.EngagementScorer;

/**
 * Entry point of the metrics module: streaming scorers and batch analyses, all tenant-scoped,
 * consent-aware (only alumni whose consent covers engagement analytics are measured) and
 * computed as of an injected {@link Clock}.
 *
 * <pre>{@code
 * Population pop = Engagement.population(tenant, alumni, gate, clock);
 * EngagementAnalysis a = Engagement.analyze(Engagement.defaults(), pop, activities);
 * a.percentEngaged().any();       // Kpi with value and definition
 * a.members().get(0).segment();   // champion / at-risk / active / passive / dormant, with reason
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Engagement {
  private Engagement() {}

  /**
   * The default configuration.
   *
   * @return the configuration
   */
  public static EngagementConfig defaults() {
    return EngagementConfig.defaults();
  }

  /**
   * A streaming scorer.
   *
   * @param tenant the tenant
   * @param config the configuration (taxonomy and scoring policy are used)
   * @param clock the clock
   * @param gate the purpose gate
   * @return the scorer
   */
  public static EngagementScorer scorer(TenantId tenant, EngagementConfig config, Clock clock, PurposeGate gate) {
    Checks.notNull(config, "config");
    return new EngagementScorer(tenant, config.scoring(), config.taxonomy(), clock, gate);
  }

  /**
   * The measured population as of the clock's instant.
   *
   * @param tenant the tenant
   * @param alumni the tenant's alumni
   * @param gate the purpose gate
   * @param clock the clock
   * @return the population
   */
  public static Population population(TenantId tenant, Collection<Alumnus> alumni, PurposeGate gate, Clock clock) {
    return Population.of(tenant, alumni, gate, clock);
  }

  /**
   * Analyses activities for the fiscal year containing the as-of instant, without previous levels.
   *
   * @param config the configuration
   * @param population the population
   * @param activities the activities
   * @return the analysis
   */
  public static EngagementAnalysis analyze(EngagementConfig config, Population population, Iterable<Activity> activities) {
    Checks.notNull(config, "config");
    Checks.notNull(population, "population");
    return EngagementAnalysis.run(config, population, activities,
        config.fiscalYear().containing(population.asOf()), Map.of());
  }

  /**
   * Analyses activities for a reporting period with previous levels (hysteresis).
   *
   * @param config the configuration
   * @param population the population
   * @param activities the activities
   * @param period the reporting period
   * @param previousLevels levels from the previous analysis
   * @return the analysis
   */
  public static EngagementAnalysis analyze(EngagementConfig config, Population population,
      Iterable<Activity> activities, Window period, Map<AlumnusId, LevelAssessment> previousLevels) {
    return EngagementAnalysis.run(config, population, activities, period, previousLevels);
  }

  /**
   * Analyses everything in an activity log of the population's tenant, for the fiscal year
   * containing the as-of instant. The log's contract makes ids unique, so no duplicate table is kept.
   *
   * @param config the configuration
   * @param population the population
   * @param log the log
   * @return the analysis
   */
  public static EngagementAnalysis analyze(EngagementConfig config, Population population, ActivityLog log) {
    Checks.notNull(log, "log");
    Checks.notNull(population, "population");
    Checks.notNull(config, "config");
    List<Activity> all = new ArrayList<>();
    log.forEach(population.tenant(), all::add);
    return EngagementAnalysis.run(config, population, all, config.fiscalYear().containing(population.asOf()),
        Map.of(), true);
  }
}
