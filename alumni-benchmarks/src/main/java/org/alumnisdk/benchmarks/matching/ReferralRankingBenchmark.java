package org.alumnisdk.benchmarks.matching;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.matching.referral.GateMode;
import org.alumnisdk.matching.referral.RankedReferrals;
import org.alumnisdk.matching.referral.ReferralConfig;
import org.alumnisdk.matching.referral.ReferralIndex;
import org.alumnisdk.matching.referral.ReferralQuery;
import org.alumnisdk.matching.referral.ReferralRanker;
import org.alumnisdk.matching.referral.Referrals;
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

/**
 * Referral ranking over a synthetic population (see {@link ReferralPopulation}): top-100 for one
 * opening in boomerang and referrer mode, and a batch of 10 openings in one pass, under three ways
 * of checking consent (see {@link #gate}). Goal: top-100 over 1,000,000 alumni in at most
 * 150 ms on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ReferralRankingBenchmark {
  @Param({"1000000"})
  public int alumni;

  /**
   * How consent is checked: {@code live} asks a hash-set gate (10% denials) per alumnus; {@code
   * verified} scans the index's consent snapshot and verifies the returned candidates with the same
   * gate ({@link GateMode#SNAPSHOT_VERIFIED}); {@code allowAll} asks an allow-all gate per alumnus
   * (the ranking's own cost without a consent lookup).
   */
  @Param({"live", "verified", "allowAll"})
  public String gate;

  private ReferralRanker ranker;
  private ReferralQuery boomerang;
  private ReferralQuery referrer;
  private List<ReferralQuery> batch;

  /** Builds the index and the queries. */
  @Setup(Level.Trial)
  public void setUp() {
    ReferralIndex index = ReferralPopulation.index(alumni, 42L);
    PurposeGate purposeGate = "allowAll".equals(gate)
        ? PurposeGate.allowAllForTesting() : ReferralPopulation.snapshotGate(alumni, 7L);
    ReferralConfig config = ReferralConfig.defaults();
    if ("verified".equals(gate)) {
      index.refreshConsent(purposeGate, ReferralPopulation.NOW);
      config = config.toBuilder().gateMode(GateMode.SNAPSHOT_VERIFIED).build();
    }
    ranker = Referrals.ranker(index, purposeGate, config,
        Clock.fixed(ReferralPopulation.NOW, ZoneOffset.UTC));
    boomerang = ReferralQuery.boomerang(ReferralPopulation.opening(1), 100).withHiringDepartment("dept-4");
    referrer = ReferralQuery.referrer(ReferralPopulation.opening(2), 100)
        .withTargets(java.util.Set.of("industry-3", "industry-7"), java.util.Set.of("employer-12"));
    batch = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ReferralQuery q = ReferralQuery.boomerang(ReferralPopulation.opening(10 + i), 100);
      batch.add(i % 2 == 0 ? q : ReferralQuery.referrer(q.opening(), 100));
    }
  }

  /**
   * Top-100 boomerang candidates for one on-site opening.
   *
   * @return the ranking
   */
  @Benchmark
  public RankedReferrals top100Boomerang() {
    return ranker.topK(boomerang);
  }

  /**
   * Top-100 referrers for one opening.
   *
   * @return the ranking
   */
  @Benchmark
  public RankedReferrals top100Referrer() {
    return ranker.topK(referrer);
  }

  /**
   * Top-100 for 10 openings in one pass (5 boomerang, 5 referrer).
   *
   * @return the rankings
   */
  @Benchmark
  public List<RankedReferrals> top100Batch10() {
    return ranker.topK(batch);
  }
}
