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
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ledger appends per second including canonical encoding, SHA-256 chaining, the in-memory store
 * and the per-consent index: each invocation appends {@value #BATCH} pre-built events (10,000
 * alumni x 4 purposes, in time order) to a fresh ledger, so memory stays bounded. Target: at
 * least 200,000 appends/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LedgerAppendBenchmark {
  static final int BATCH = 20_000;
  private static final TenantId TENANT = TenantId.of("bench");
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private ConsentEvent[] events;
  private ConsentLedger ledger;

  /** Pre-builds the events. */
  @Setup(Level.Trial)
  public void events() {
    PurposeId[] purposes = {PurposeId.REFERRAL_OUTREACH, PurposeId.REHIRE_OUTREACH,
        PurposeId.MENTORING, PurposeId.ENGAGEMENT_ANALYTICS};
    NoticeRef ref = NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja");
    SplittableRandom rnd = new SplittableRandom(7);
    events = new ConsentEvent[BATCH];
    for (int n = 0; n < BATCH; n++) {
      AlumnusId a = AlumnusId.of("alumnus-" + rnd.nextInt(10_000));
      PurposeId p = purposes[rnd.nextInt(4)];
      Instant at = T0.plusSeconds(60L * n);
      ConsentEventType type = ConsentEventType.values()[rnd.nextInt(6)];
      events[n] = type.grants()
          ? ConsentEvent.given(TENANT, "ev-" + n, a, p, at, ConsentMethod.CHECKBOX, "exit-form-" + n, ref)
          : ConsentEvent.of(TENANT, "ev-" + n, a, p, type, at, ConsentActor.SELF, ConsentMethod.CHECKBOX, "form-" + n);
    }
  }

  /** A fresh ledger per batch. */
  @Setup(Level.Invocation)
  public void freshLedger() {
    ledger = ConsentLedger.inMemory();
  }

  /**
   * Appends one batch; JMH divides by {@value #BATCH}.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void append(Blackhole bh) {
    for (ConsentEvent e : events) {
      bh.consume(ledger.append(e));
    }
  }
}
