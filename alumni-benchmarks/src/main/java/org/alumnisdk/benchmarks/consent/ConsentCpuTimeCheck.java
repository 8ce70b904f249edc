package org.alumnisdk.benchmarks.consent;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A supplement to the JMH runs for a shared, overloaded machine: runs the same benchmark bodies
 * in a plain loop and divides the operations by the thread's <em>CPU time</em> (and, for
 * comparison, by wall time). CPU time excludes the time the thread waited for a core, so it
 * estimates single-thread throughput on an uncontended core; it does not replace JMH.
 *
 * <p>Run: {@code java -cp benchmarks.jar org.alumnisdk.benchmarks.consent.ConsentCpuTimeCheck}.
 */
public final class ConsentCpuTimeCheck {
  private ConsentCpuTimeCheck() {}

  /**
   * Runs both measurements and prints one line per round.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    PurposeGateBenchmark gate = new PurposeGateBenchmark();
    gate.alumni = 10_000;
    gate.eventsPerConsent = 8;
    gate.setUp();
    long allowed = 0;
    for (int round = 0; round < 10; round++) {
      int n = 5_000_000;
      long c0 = mx.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        allowed += gate.purposeCheck().allowed() ? 1 : 0;
      }
      long c1 = mx.getCurrentThreadCpuTime();
      long w1 = System.nanoTime();
      System.out.printf(Locale.ROOT, "purposeCheck round %d: %,.0f ops/cpu-s  %,.0f ops/wall-s%n",
          round, n * 1e9 / (c1 - c0), n * 1e9 / (w1 - w0));
    }
    LedgerAppendBenchmark append = new LedgerAppendBenchmark();
    append.events();
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    for (int round = 0; round < 12; round++) {
      long cpu = 0;
      long wall = 0;
      int n = 0;
      for (int b = 0; b < 10; b++) {
        append.freshLedger();
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        append.append(bh);
        cpu += mx.getCurrentThreadCpuTime() - c0;
        wall += System.nanoTime() - w0;
        n += LedgerAppendBenchmark.BATCH;
      }
      System.out.printf(Locale.ROOT, "ledgerAppend round %d: %,.0f ops/cpu-s  %,.0f ops/wall-s%n",
          round, n * 1e9 / cpu, n * 1e9 / wall);
    }
    System.out.println("(allowed checks: " + allowed + ")");
  }
}
