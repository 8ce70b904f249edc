/**
 * Alumni SDK metrics: engagement scoring, levels, RFM, segments, and KPIs with their definitions
 * and exports. {@code org.alumnisdk.metrics.internal} is not exported.
 */
module org.alumnisdk.metrics {
  requires transitive org.alumnisdk.core;
  requires static transitive org.jspecify;

  exports org.alumnisdk.metrics;
  exports org.alumnisdk.metrics.export;
  exports org.alumnisdk.metrics.kpi;
  exports org.alumnisdk.metrics.level;
  exports org.alumnisdk.metrics.rfm;
  exports org.alumnisdk.metrics.score;
  exports org.alumnisdk.metrics.segment;
  exports org.alumnisdk.metrics.taxonomy;
}
