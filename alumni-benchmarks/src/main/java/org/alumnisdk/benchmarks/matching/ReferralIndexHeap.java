package org.alumnisdk.benchmarks.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.alumnisdk.matching.referral.ReferralIndex;

/**
 * Measures the retained heap of a {@link ReferralIndex} of n alumni: heap used after full GCs with
 * the index reachable, minus the same before building it. Run with
 * {@code java -cp benchmarks.jar org.alumnisdk.benchmarks.matching.ReferralIndexHeap 1000000}.
 */
public final class ReferralIndexHeap {
  private ReferralIndexHeap() {}

  private static long usedAfterGc(MemoryMXBean mx) throws InterruptedException {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(200);
      best = Math.min(best, mx.getHeapMemoryUsage().getUsed());
    }
    return best;
  }

  /**
   * Prints the retained heap of the index in MB.
   *
   * @param args the population size (default 1,000,000)
   * @throws InterruptedException if interrupted while waiting for the GC
   */
  public static void main(String[] args) throws InterruptedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(mx);
    long t0 = System.nanoTime();
    ReferralIndex index = ReferralPopulation.index(n, 42L);
    long buildMs = (System.nanoTime() - t0) / 1_000_000;
    long after = usedAfterGc(mx);
    System.out.printf("alumni=%d build=%d ms retained=%.1f MB arrays=%.1f MB size=%d%n", n, buildMs,
        (after - before) / 1e6, index.arrayBytes() / 1e6, index.size());
  }
}
