package org.alumnisdk.benchmarks.consentdecision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.consent.decision.Action;
import org.alumnisdk.consent.decision.DataCategory;
import org.alumnisdk.consent.decision.DataClass;
import org.alumnisdk.consent.decision.Decision;
import org.alumnisdk.consent.decision.DecisionEngine;
import org.alumnisdk.consent.decision.DecisionRequest;
import org.alumnisdk.consent.decision.FactName;
import org.alumnisdk.consent.decision.JointUse;
import org.alumnisdk.consent.decision.OptOutRegistration;
import org.alumnisdk.consent.decision.Recipient;
import org.alumnisdk.consent.decision.RecipientRelation;
import org.alumnisdk.consent.research.AnonymisationSpec;
import org.alumnisdk.consent.research.AnonymisedExport;
import org.alumnisdk.consent.research.ResearchExport;
import org.alumnisdk.consent.research.ResearchRecord;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * APPI decisions per second on one thread: a permitted joint-use provision (every policy runs,
 * reasons and obligations built), an opt-out provision blocked by all three prohibitions, and an
 * Art. 28 transfer; plus one k-anonymity check over 10,000 research rows with four
 * quasi-identifiers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecisionEngineBenchmark {
  private static final TenantId T = TenantId.of("bench");
  private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");

  private DecisionEngine engine;
  private DecisionRequest jointUse;
  private DecisionRequest optOutBarred;
  private DecisionRequest foreign;
  private List<ResearchRecord> rows;
  private AnonymisationSpec spec;

  /** Builds the requests and the research rows (seeded). */
  @Setup
  public void setUp() {
    engine = DecisionEngine.standard();
    DataCategory history = DataCategory.ordinary("employment-history");
    DataCategory leave = DataCategory.specialCare("leave-reason");
    JointUse ju = new JointUse(T, "ju", Set.of("employment-history"), Set.of("group-co"),
        Set.of(PurposeId.REHIRE_OUTREACH), "Holdings KK", "v1", Instant.parse("2026-01-01T00:00:00Z"));
    jointUse = DecisionRequest.builder(T, Action.PROVIDE, PurposeId.REHIRE_OUTREACH, NOW)
        .dataClass(DataClass.PERSONAL_DATA).categories(history).subjects(AlumnusId.of("a-1"))
        .recipient(Recipient.of("group-co", RecipientRelation.JOINT_USER, "JP")).jointUse(ju).build();
    OptOutRegistration oo = new OptOutRegistration(T, Set.of("employment-history", "leave-reason"), "v1",
        Instant.parse("2026-01-01T00:00:00Z"), "PPC-1", Instant.parse("2026-01-02T00:00:00Z"));
    optOutBarred = DecisionRequest.builder(T, Action.PROVIDE, PurposeId.of("list-sale"), NOW)
        .dataClass(DataClass.PERSONAL_DATA).categories(history, leave).subjects(AlumnusId.of("a-1"))
        .recipient(Recipient.of("broker", RecipientRelation.THIRD_PARTY, "JP")).optOut(oo)
        .fact(FactName.CONSENT_TO_PROVIDE, false).fact(FactName.ACQUIRED_IMPROPERLY, true)
        .fact(FactName.RECEIVED_BY_OPT_OUT, true).fact(FactName.OPT_OUT_STOP_REQUESTED, false).build();
    foreign = DecisionRequest.builder(T, Action.PROVIDE, PurposeId.REHIRE_OUTREACH, NOW)
        .dataClass(DataClass.PERSONAL_DATA).categories(history).subjects(AlumnusId.of("a-1"))
        .recipient(Recipient.of("crm-us", RecipientRelation.PROCESSOR, "US"))
        .fact(FactName.WITHIN_SPECIFIED_PURPOSE, true).fact(FactName.RECIPIENT_CONFORMING_SYSTEM, false)
        .fact(FactName.FOREIGN_CONSENT_AFTER_ART28_INFO, true).build();
    SplittableRandom r = new SplittableRandom(20261125L);
    rows = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      rows.add(new ResearchRecord(T, AlumnusId.of("a-" + i), Map.of(
          ResearchRecord.BIRTH_YEAR, Integer.toString(1960 + r.nextInt(40)),
          ResearchRecord.PREFECTURE, "P" + r.nextInt(5),
          ResearchRecord.DEPARTMENT, "D" + r.nextInt(4),
          ResearchRecord.DEPARTURE_YEAR, Integer.toString(2015 + r.nextInt(10))), Map.of()));
    }
    spec = AnonymisationSpec.of(2, ResearchRecord.BIRTH_YEAR, ResearchRecord.PREFECTURE,
        ResearchRecord.DEPARTMENT, ResearchRecord.DEPARTURE_YEAR).generalise(ResearchRecord.BIRTH_YEAR,
        AnonymisationSpec.yearBand(10));
  }

  /**
   * A permitted joint-use provision.
   *
   * @return the decision
   */
  @Benchmark
  public Decision permitJointUse() {
    return engine.decide(jointUse);
  }

  /**
   * An opt-out provision barred three times over.
   *
   * @return the decision
   */
  @Benchmark
  public Decision requireConsentOptOutBarred() {
    return engine.decide(optOutBarred);
  }

  /**
   * An Art. 28 transfer with consent after the Art. 28(2) information.
   *
   * @return the decision
   */
  @Benchmark
  public Decision permitForeignTransfer() {
    return engine.decide(foreign);
  }

  /**
   * One k-anonymity check over 10,000 rows.
   *
   * @return the export or refusal
   */
  @Benchmark
  public AnonymisedExport anonymise10k() {
    return ResearchExport.anonymise(T, rows, spec);
  }
}
