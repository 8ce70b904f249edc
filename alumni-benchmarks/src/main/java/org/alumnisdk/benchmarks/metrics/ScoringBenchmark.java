package org.alumnisdk.benchmarks.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.metrics.Engagement;
import org.alumnisdk.metrics.score.DecayedSum;
import org.alumnisdk.metrics.score.EngagementScorer;
import org.alumnisdk.metrics.taxonomy.ActivityTaxonomy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Incremental scoring throughput on one thread. Scores are ops/s where one op = one activity
 * (1,000,000 activities per invocation over 1,000 or 100,000 alumni, activities in random time order,
 * ids issued in sequence or random UUIDs). Each invocation starts from an empty scorer, so the
 * figure includes the growth of its tables.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ScoringBenchmark {
  private static final int N = 1_000_000;

  @Param({"1000", "100000"})
  public int alumni;

  /** Activity ids issued in sequence ("x0", "x1", ...) or random UUID texts. */
  @Param({"sequential", "uuid"})
  public String ids;

  private Activity[] activities;
  private java.util.List<Activity> activityList;
  private long[] at;
  private double[] weight;
  private EngagementScorer warmScorer;
  private Clock clock;

  @Setup(Level.Trial)
  public void setUp() {
    activities = SyntheticEngagement.activities(SyntheticEngagement.ids(alumni), N, 42, ids.equals("uuid"));
    activityList = java.util.Arrays.asList(activities);
    clock = Clock.fixed(SyntheticEngagement.AS_OF, ZoneOffset.UTC);
    at = new long[N];
    weight = new double[N];
    ActivityTaxonomy t = ActivityTaxonomy.defaults();
    for (int i = 0; i < N; i++) {
      at[i] = activities[i].at().toEpochMilli();
      weight[i] = t.ruleOrNull(activities[i].type()).weight();
    }
  }

  /** Full streaming path: tenant check, taxonomy, consent (allow-all gate), duplicate set, two half-lives. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void scorerAccept(Blackhole bh) {
    EngagementScorer s = Engagement.scorer(SyntheticEngagement.TENANT, Engagement.defaults(), clock,
        PurposeGate.allowAllForTesting());
    for (Activity a : activities) {
      bh.consume(s.accept(a));
    }
  }

  /**
   * The same work through {@link EngagementScorer#acceptAll} (one call with the whole batch): same
   * outcomes, but chunked so the cache misses of neighbouring activities overlap.
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public Object scorerAcceptAll() {
    EngagementScorer s = Engagement.scorer(SyntheticEngagement.TENANT, Engagement.defaults(), clock,
        PurposeGate.allowAllForTesting());
    return s.acceptAll(activityList);
  }

  /** The O(1) half-life update alone (one alumnus's DecayedSum, times in random order). */
  @Benchmark
  @OperationsPerInvocation(N)
  public double decayedSumAdd() {
    DecayedSum s = DecayedSum.withHalfLife(Duration.ofDays(180));
    for (int i = 0; i < N; i++) {
      s.addMillis(at[i], weight[i]);
    }
    return s.valueAtMillis(SyntheticEngagement.AS_OF.toEpochMilli());
  }
}
