package org.alumnisdk.benchmarks.consent;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.consent.spi.RightsStore;
import org.alumnisdk.consent.gate.ConsentPurposeGate;
import org.alumnisdk.consent.ledger.ConsentActor;
import org.alumnisdk.consent.ledger.ConsentEvent;
import org.alumnisdk.consent.ledger.ConsentEventType;
import org.alumnisdk.consent.ledger.ConsentLedger;
import org.alumnisdk.consent.ledger.ConsentMethod;
import org.alumnisdk.consent.ledger.NoticeRef;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.notice.NoticeChannel;
import org.alumnisdk.consent.notice.NoticeRegistry;
import org.alumnisdk.consent.notice.NoticeShown;
import org.alumnisdk.consent.notice.NoticeType;
import org.alumnisdk.consent.purpose.PurposeCatalogue;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.GateDecision;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Purpose checks per second on one thread over in-memory state: {@code alumni} alumni, the four
 * standard purposes, each consent with a history of about {@code eventsPerConsent} events
 * (requests, grants, withdrawals, renewals spread over two years), notices shown. Each check asks
 * about a pseudo-random (alumnus, purpose, instant). Target: at least 1,000,000 checks/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PurposeGateBenchmark {
  private static final TenantId TENANT = TenantId.of("bench");
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final int QUERIES = 1 << 16;

  @Param({"1000", "10000"})
  int alumni;

  @Param({"8"})
  int eventsPerConsent;

  private ConsentPurposeGate gate;
  private ConsentLedger ledger;
  private AlumnusId[] qAlumni;
  private PurposeId[] qPurpose;
  private Instant[] qAt;
  private int i;

  /** Builds the catalogue, notices and ledger. */
  @Setup
  public void setUp() {
    PurposeCatalogue catalogue = new PurposeCatalogue();
    NoticeRegistry notices = new NoticeRegistry();
    ledger = ConsentLedger.inMemory();
    StandardPurposes.all(T0).forEach(p -> catalogue.register(TENANT, p));
    notices.publish(Notice.of(TENANT, StandardPurposes.PURPOSE_NOTICE, 1,
        NoticeType.COLLECTION_PURPOSE_NOTICE, "ja", "bench notice", List.of(), T0));
    gate = new ConsentPurposeGate(catalogue, ledger, notices, RightsStore.inMemory());
    List<PurposeId> purposes = List.of(PurposeId.REFERRAL_OUTREACH, PurposeId.REHIRE_OUTREACH,
        PurposeId.MENTORING, PurposeId.ENGAGEMENT_ANALYTICS);
    NoticeRef ref = NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja");
    SplittableRandom rnd = new SplittableRandom(42);
    AlumnusId[] ids = new AlumnusId[alumni];
    long id = 0;
    long twoYears = 2L * 365 * 86_400;
    for (int a = 0; a < alumni; a++) {
      ids[a] = AlumnusId.of("alumnus-" + a);
      notices.recordShown(new NoticeShown(TENANT, ids[a], StandardPurposes.PURPOSE_NOTICE, 1, "ja",
          T0.plusSeconds(rnd.nextLong(86_400)), NoticeChannel.WEB_FORM));
      for (PurposeId p : purposes) {
        long t = 86_400;
        for (int e = 0; e < eventsPerConsent; e++) {
          t += rnd.nextLong(twoYears / eventsPerConsent);
          Instant at = T0.plusSeconds(t);
          ConsentEventType type = ConsentEventType.values()[rnd.nextInt(6)];
          String eid = "ev-" + (id++);
          ledger.append(type.grants()
              ? ConsentEvent.given(TENANT, eid, ids[a], p, at, ConsentMethod.CHECKBOX, "form", ref)
              : ConsentEvent.of(TENANT, eid, ids[a], p, type, at, ConsentActor.SELF, ConsentMethod.CHECKBOX, "form"));
        }
      }
    }
    qAlumni = new AlumnusId[QUERIES];
    qPurpose = new PurposeId[QUERIES];
    qAt = new Instant[QUERIES];
    for (int q = 0; q < QUERIES; q++) {
      qAlumni[q] = ids[rnd.nextInt(alumni)];
      qPurpose[q] = purposes.get(rnd.nextInt(purposes.size()));
      qAt[q] = T0.plusSeconds(rnd.nextLong(twoYears + 86_400));
    }
  }

  /**
   * One purpose check through the core {@code PurposeGate} port.
   *
   * @return the decision (consumed by JMH)
   */
  @Benchmark
  public GateDecision purposeCheck() {
    int q = i++ & (QUERIES - 1);
    return gate.check(TENANT, qAlumni[q], qPurpose[q], qAt[q]);
  }

  /**
   * One "state as of T" ledger query (binary search), without catalogue or notice lookups.
   *
   * @return the state (consumed by JMH)
   */
  @Benchmark
  public Object ledgerStateAt() {
    int q = i++ & (QUERIES - 1);
    return ledger.stateAt(TENANT, qAlumni[q], qPurpose[q], qAt[q]);
  }
}
