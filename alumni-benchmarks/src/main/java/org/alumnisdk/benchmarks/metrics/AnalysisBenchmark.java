package org.alumnisdk.benchmarks.metrics;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.metrics.Engagement;
import org.alumnisdk.metrics.EngagementAnalysis;
import org.alumnisdk.metrics.Population;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Batch analysis: consent partition of 500,000 alumni, one pass over 10,000,000 activities
 * (scores, levels, RFM, segments) and the population KPIs. Single-shot time per full report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g", "-Xms12g"})
public class AnalysisBenchmark {
  @Param({"500000"})
  public int alumni;

  @Param({"10000000"})
  public int activities;

  /** true = ids trusted unique (the ActivityLog path); false = per-alumnus duplicate sets. */
  @Param({"true", "false"})
  public boolean trustUniqueIds;

  private List<Alumnus> people;
  private List<Activity> log;
  private Clock clock;
  private PurposeGate gate;

  @Setup(Level.Trial)
  public void setUp() {
    var ids = SyntheticEngagement.ids(alumni);
    people = SyntheticEngagement.alumni(ids, 7);
    log = Arrays.asList(SyntheticEngagement.activities(ids, activities, 42));
    clock = Clock.fixed(SyntheticEngagement.AS_OF, ZoneOffset.UTC);
    // about 10% of alumni without engagement-analytics consent
    gate = (t, a, p, at) -> (a.value().hashCode() % 10) == 3
        ? org.alumnisdk.core.spi.GateDecision.deny("no consent")
        : org.alumnisdk.core.spi.GateDecision.allow("ok");
  }

  /** Population + analysis + segment counts + every population KPI. */
  @Benchmark
  public void fullReport(Blackhole bh) {
    Population pop = Engagement.population(SyntheticEngagement.TENANT, people, gate, clock);
    EngagementAnalysis a = EngagementAnalysis.run(Engagement.defaults(), pop, log,
        Engagement.defaults().fiscalYear().containing(pop.asOf()), java.util.Map.of(), trustUniqueIds);
    bh.consume(a.segmentCounts());
    bh.consume(a.levelCounts());
    bh.consume(a.rfmSegmentCounts());
    bh.consume(a.percentEngaged());
    bh.consume(a.activeMemberRate());
    bh.consume(a.inactiveMembers());
    bh.consume(a.retentionByDepartureCohort());
    bh.consume(a.captureRate(a.config().fiscalYear().year(2025)));
    bh.consume(a.networkGrowth(a.config().fiscalYear().year(2025)));
  }
}
