package org.alumnisdk.benchmarks.consent;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.alumnisdk.consent.ledger.ConsentEvent;
import org.alumnisdk.consent.ledger.ConsentLedger;
import org.alumnisdk.consent.ledger.ConsentState;
import org.alumnisdk.consent.ledger.InMemoryConsentLedgerStore;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;

/**
 * Retained heap of a ledger after a million appends in random time order, split into the
 * in-memory store (the records: payload and hashes) and the ledger's index over it. Heap used
 * after full GCs, with the events themselves dropped. Run with {@code java -Xmx3g -cp
 * benchmarks.jar org.alumnisdk.benchmarks.consent.LedgerHeap [n] [random|time]}.
 */
public final class LedgerHeap {
  private LedgerHeap() {}

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
   * Prints the figures.
   *
   * @param args the number of events (default 1,000,000) and the order (default random)
   * @throws InterruptedException if interrupted while waiting for the GC
   */
  public static void main(String[] args) throws InterruptedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : LedgerBackfillBenchmark.EVENTS;
    boolean random = args.length < 2 || args[1].equals("random");
    MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
    ConsentEvent[] events = LedgerBackfillBenchmark.events(n, random);
    long before = usedAfterGc(mx);
    InMemoryConsentLedgerStore store = new InMemoryConsentLedgerStore();
    ConsentLedger ledger = new ConsentLedger(store);
    long t0 = System.nanoTime();
    for (ConsentEvent e : events) {
      ledger.append(e);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    events = null;
    long withLedger = usedAfterGc(mx);
    // a second ledger over the same store, not yet loaded: what the records alone retain
    ConsentState probe = ledger.stateAt(LedgerBackfillBenchmark.TENANT, AlumnusId.of("alumnus-1"),
        PurposeId.MENTORING, LedgerBackfillBenchmark.T0.plusSeconds(30L * n));
    ledger = null;
    long storeOnly = usedAfterGc(mx);
    System.out.printf("events=%d order=%s append=%d ms (%.0f appends/s) retained: store+ledger=%.1f MB"
            + " store=%.1f MB index=%.1f MB (%.0f bytes/event) probe=%s records=%d%n",
        n, random ? "random" : "time", ms, n * 1000.0 / Math.max(1, ms), (withLedger - before) / 1e6,
        (storeOnly - before) / 1e6, (withLedger - storeOnly) / 1e6, (withLedger - storeOnly) / (double) n,
        probe, store.size(LedgerBackfillBenchmark.TENANT));
  }
}
