package org.alumnisdk.benchmarks.consent;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.consent.ledger.ConsentActor;
import org.alumnisdk.consent.ledger.ConsentEvent;
import org.alumnisdk.consent.ledger.ConsentEventType;
import org.alumnisdk.consent.ledger.ConsentLedger;
import org.alumnisdk.consent.ledger.ConsentMethod;
import org.alumnisdk.consent.ledger.NoticeRef;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One million appends to a fresh in-memory ledger, 10,000 alumni x 4 purposes, with every
 * event type: {@code order=random} shuffles the event times (a paper backfill, or appenders whose
 * clocks interleave), {@code order=time} appends the same events oldest first, the peer the
 * random order is measured against in the same run. Single shot: one operation is the whole
 * million (encoding, SHA-256 chaining, the store and the per-consent index). The retained heap of
 * the result is printed by {@link LedgerHeap}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class LedgerBackfillBenchmark {
  /** Events per operation. */
  public static final int EVENTS = 1_000_000;
  static final TenantId TENANT = TenantId.of("bench");
  static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");

  /** {@code random} or {@code time}. */
  @Param({"random", "time"})
  public String order;

  private ConsentEvent[] events;
  private ConsentLedger ledger;

  /**
   * The events of one run: 10,000 alumni, 4 purposes, all event types, seeded.
   *
   * @param n how many
   * @param shuffled whether the times are in random order (otherwise ascending)
   * @return the events, in append order
   */
  static ConsentEvent[] events(int n, boolean shuffled) {
    PurposeId[] purposes = {PurposeId.REFERRAL_OUTREACH, PurposeId.REHIRE_OUTREACH,
        PurposeId.MENTORING, PurposeId.ENGAGEMENT_ANALYTICS};
    AlumnusId[] alumni = new AlumnusId[10_000];
    for (int i = 0; i < alumni.length; i++) {
      alumni[i] = AlumnusId.of("alumnus-" + i);
    }
    long[] seconds = new long[n];
    for (int i = 0; i < n; i++) {
      seconds[i] = 30L * i;
    }
    SplittableRandom rnd = new SplittableRandom(20261205L);
    if (shuffled) {
      for (int i = n - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        long t = seconds[i];
        seconds[i] = seconds[j];
        seconds[j] = t;
      }
    }
    NoticeRef ref = NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja");
    ConsentEventType[] types = ConsentEventType.values();
    ConsentEvent[] out = new ConsentEvent[n];
    SplittableRandom kinds = new SplittableRandom(7);
    for (int i = 0; i < n; i++) {
      AlumnusId a = alumni[kinds.nextInt(alumni.length)];
      PurposeId p = purposes[kinds.nextInt(purposes.length)];
      ConsentEventType type = types[kinds.nextInt(types.length)];
      Instant at = T0.plusSeconds(seconds[i]);
      out[i] = type.grants()
          ? ConsentEvent.given(TENANT, "ev-" + i, a, p, at, ConsentMethod.CHECKBOX, "exit-form", ref)
          : ConsentEvent.of(TENANT, "ev-" + i, a, p, type, at, ConsentActor.SELF, ConsentMethod.CHECKBOX, "form");
    }
    return out;
  }

  /** Builds the events once per trial. */
  @Setup(Level.Trial)
  public void build() {
    events = events(EVENTS, order.equals("random"));
  }

  /** A fresh ledger for every operation. */
  @Setup(Level.Iteration)
  public void fresh() {
    ledger = ConsentLedger.inMemory();
  }

  /**
   * Appends the million events.
   *
   * @return the ledger, so that nothing is dead code
   */
  @Benchmark
  public ConsentLedger appendMillion() {
    for (ConsentEvent e : events) {
      ledger.append(e);
    }
    return ledger;
  }
}
