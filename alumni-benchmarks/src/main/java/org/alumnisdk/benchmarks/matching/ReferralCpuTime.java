package org.alumnisdk.benchmarks.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.matching.referral.GateMode;
import org.alumnisdk.matching.referral.ReferralConfig;
import org.alumnisdk.matching.referral.ReferralIndex;
import org.alumnisdk.matching.referral.ReferralQuery;
import org.alumnisdk.matching.referral.ReferralRanker;
import org.alumnisdk.matching.referral.Referrals;

/**
 * Companion of {@link ReferralRankingBenchmark} for a shared, overloaded machine: runs the same
 * scenarios and reports, per operation, the calling thread's CPU time (ThreadMXBean) next to wall
 * time. CPU time leaves out the time the thread waited for a core, so it estimates the
 * single-thread cost on an idle core (cache contention from neighbours still counts). Run with
 * {@code java -Xmx3g -cp benchmarks.jar org.alumnisdk.benchmarks.matching.ReferralCpuTime}.
 */
public final class ReferralCpuTime {
  private ReferralCpuTime() {}

  /**
   * Runs the scenarios and prints median and minimum CPU and wall milliseconds per operation.
   *
   * @param args population size (default 1,000,000), measured operations (default 15)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int ops = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    ReferralIndex index = ReferralPopulation.index(n, 42L);
    PurposeGate live = ReferralPopulation.snapshotGate(n, 7L);
    index.refreshConsent(live, ReferralPopulation.NOW);
    Clock clock = Clock.fixed(ReferralPopulation.NOW, ZoneOffset.UTC);
    ReferralQuery boomerang = ReferralQuery.boomerang(ReferralPopulation.opening(1), 100).withHiringDepartment("dept-4");
    ReferralQuery referrer = ReferralQuery.referrer(ReferralPopulation.opening(2), 100)
        .withTargets(Set.of("industry-3", "industry-7"), Set.of("employer-12"));
    List<ReferralQuery> batch = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ReferralQuery q = ReferralQuery.boomerang(ReferralPopulation.opening(10 + i), 100);
      batch.add(i % 2 == 0 ? q : ReferralQuery.referrer(q.opening(), 100));
    }
    ReferralConfig verified = ReferralConfig.builder().gateMode(GateMode.SNAPSHOT_VERIFIED).build();
    for (String gate : new String[] {"live", "verified", "allowAll"}) {
      ReferralRanker r = Referrals.ranker(index,
          "allowAll".equals(gate) ? PurposeGate.allowAllForTesting() : live,
          "verified".equals(gate) ? verified : ReferralConfig.defaults(), clock);
      measure("top100Boomerang gate=" + gate, ops, () -> r.topK(boomerang));
      measure("top100Referrer  gate=" + gate, ops, () -> r.topK(referrer));
      measure("top100Batch10   gate=" + gate, Math.max(3, ops / 3), () -> r.topK(batch));
    }
  }

  private static void measure(String name, int ops, Supplier<Object> op) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 5; i++) {
      op.get();
    }
    long[] cpu = new long[ops];
    long[] wall = new long[ops];
    Object sink = null;
    for (int i = 0; i < ops; i++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      sink = op.get();
      wall[i] = System.nanoTime() - w0;
      cpu[i] = mx.getCurrentThreadCpuTime() - c0;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf("%-36s cpu median %7.1f ms min %7.1f ms | wall median %7.1f ms min %7.1f ms (%d ops, %s)%n",
        name, cpu[ops / 2] / 1e6, cpu[0] / 1e6, wall[ops / 2] / 1e6, wall[0] / 1e6, ops,
        sink == null ? "-" : "ok");
  }
}
