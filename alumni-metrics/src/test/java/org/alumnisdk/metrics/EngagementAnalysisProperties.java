package org.alumnisdk.metrics;

import static org.alumnisdk.metrics.support.Fixtures.NOW;
import static org.alumnisdk.metrics.support.Fixtures.TENANT;
import static org.alumnisdk.metrics.support.Fixtures.clockAt;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.EventId;
import org.alumnisdk.core.ContentId;
import org.alumnisdk.core.ReferralId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.metrics.kpi.CampaignFact;
import org.alumnisdk.metrics.kpi.CostAssumptions;
import org.alumnisdk.metrics.kpi.EventFact;
import org.alumnisdk.metrics.kpi.FunnelStage;
import org.alumnisdk.metrics.kpi.HireFact;
import org.alumnisdk.metrics.kpi.HireSource;
import org.alumnisdk.metrics.kpi.HiringKpis;
import org.alumnisdk.metrics.kpi.Kpi;
import org.alumnisdk.metrics.kpi.KpiKind;
import org.alumnisdk.metrics.kpi.ParticipationKpis;
import org.alumnisdk.metrics.kpi.ReferralFact;
import org.alumnisdk.metrics.kpi.ReferralOutcome;
import org.alumnisdk.metrics.kpi.Window;
import org.alumnisdk.metrics.score.EngagementScore;
import org.alumnisdk.metrics.score.EngagementScorer;
import org.alumnisdk.metrics.support.Gens;
import org.alumnisdk.metrics.support.People;
import org.junit.jupiter.api.Test;

class EngagementAnalysisProperties {
  private static final long SEED = 20261126L;
  private static final int ALUMNI = 6;

  private static List<Alumnus> alumni(long seed) {
    Random r = new Random(seed);
    List<Alumnus> l = new ArrayList<>();
    for (int i = 0; i < ALUMNI; i++) {
      LocalDate left = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(1900));
      l.add(r.nextBoolean() ? People.registered(TENANT, "a" + i, left) : People.invitedOnly(TENANT, "a" + i, left));
    }
    return l;
  }

  private static PurposeGate gate(long seed) {
    return (t, a, p, at) -> ((a.value().hashCode() ^ seed) & 3) != 0 ? GateDecision.allow("ok") : GateDecision.deny("none");
  }

  @Test
  void streamingAndBatchGiveTheSameScores() {
    qt().withFixedSeed(SEED).withExamples(200)
        .forAll(Gens.histories(ALUMNI, 1500, 80), longs().all())
        .check((history, seed) -> {
          Population pop = Engagement.population(TENANT, alumni(seed), gate(seed), clockAt(NOW));
          EngagementAnalysis batch = Engagement.analyze(Engagement.defaults(), pop, history);
          EngagementScorer stream = Engagement.scorer(TENANT, Engagement.defaults(), clockAt(NOW), gate(seed));
          List<Activity> shuffled = new ArrayList<>(history);
          Collections.shuffle(shuffled, new Random(seed));
          stream.acceptAll(shuffled);
          Map<AlumnusId, EngagementScore> s = new HashMap<>();
          stream.report().scores().forEach(x -> s.put(x.alumnus(), x));
          for (MemberMetrics m : batch.members()) {
            EngagementScore e = s.remove(m.alumnus());
            if (e == null) {
              if (m.activities() != 0) {
                return false;
              }
              continue;
            }
            if (Math.abs(e.score() - m.score()) > 1e-9 * Math.max(1, m.score())
                || Math.abs(e.recentScore() - m.recentScore()) > 1e-9 * Math.max(1, m.recentScore())
                || e.activities() != m.activities()
                || !e.lastActivity().equals(m.lastActivity())) {
              return false;
            }
          }
          return s.isEmpty();
        });
  }

  @Test
  void noKpiNumeratorExceedsItsDenominatorAndOverlapAddsUp() {
    qt().withFixedSeed(SEED).withExamples(150)
        .forAll(Gens.histories(ALUMNI + 2, 900, 80), longs().all(),
            lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 30))
        .check((history, seed, noise) -> {
          Population pop = Engagement.population(TENANT, alumni(seed), gate(seed), clockAt(NOW));
          EngagementAnalysis a = Engagement.analyze(Engagement.defaults(), pop, history);
          List<Kpi> all = new ArrayList<>(a.percentEngaged().all());
          all.add(a.activeMemberRate());
          all.add(a.activeMemberRate(30));
          all.add(a.inactiveMembers().share());
          all.addAll(a.retentionByDepartureCohort());
          Window fy = a.config().fiscalYear().containing(NOW);
          Window prev = a.config().fiscalYear().year(2025);
          all.add(a.captureRate(prev));
          all.add(a.captureRate(fy));
          Facts f = facts(seed, noise);
          all.add(HiringKpis.boomerangHireRate(f.hires, fy, java.time.Period.ofMonths(36), java.time.ZoneOffset.UTC));
          all.add(HiringKpis.referralShareOfHires(f.hires, fy));
          all.add(HiringKpis.rehireYield(f.hires, fy, a.alumniOfRecord(prev)));
          all.addAll(HiringKpis.referralConversionByCohort(f.referrals, a.config().fiscalYear(), NOW));
          all.add(ParticipationKpis.eventParticipation(f.events, fy, a.alumniOfRecord(fy)));
          all.add(ParticipationKpis.showUpRate(f.events, fy, a.measuredIds()));
          all.add(ParticipationKpis.clickRate(f.campaigns, fy, a.measuredIds()));
          all.add(ParticipationKpis.openRate(f.campaigns, fy, a.measuredIds()));
          all.addAll(ParticipationKpis.funnel(List.of(
              new FunnelStage("attended", f.ids(0)), new FunnelStage("clicked", f.ids(1)),
              new FunnelStage("referred", f.ids(2))), fy, a.measuredIds()));
          for (Kpi k : all) {
            if (k.kind() == KpiKind.RATIO && (k.numerator() < 0 || k.numerator() > k.denominator())) {
              return false;
            }
          }
          EngagementRates r = a.percentEngaged();
          long sumOverlap = r.overlap().stream().mapToLong(Kpi::numerator).sum();
          long weighted = 0;
          for (int k = 0; k <= 4; k++) {
            weighted += k * r.overlap().get(k).numerator();
          }
          long perMode = r.byMode().values().stream().mapToLong(Kpi::numerator).sum();
          long maxMode = r.byMode().values().stream().mapToLong(Kpi::numerator).max().orElse(0);
          return sumOverlap == r.any().denominator() && weighted == perMode
              && r.any().numerator() >= maxMode && r.any().numerator() <= perMode;
        });
  }

  /** Random facts mentioning measured, unmeasured and unknown alumni. */
  private record Facts(List<HireFact> hires, List<ReferralFact> referrals, List<EventFact> events,
      List<CampaignFact> campaigns, List<Set<AlumnusId>> sets) {
    Set<AlumnusId> ids(int i) {
      return sets.get(i);
    }
  }

  private static Facts facts(long seed, List<Integer> noise) {
    Random r = new Random(seed ^ noise.hashCode());
    Instant base = Instant.parse("2025-01-01T00:00:00Z");
    List<HireFact> hires = new ArrayList<>();
    List<ReferralFact> refs = new ArrayList<>();
    List<EventFact> events = new ArrayList<>();
    List<CampaignFact> campaigns = new ArrayList<>();
    List<Set<AlumnusId>> sets = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sets.add(randomIds(r));
    }
    for (int n : noise) {
      Instant at = base.plusSeconds(86_400L * (n % 700));
      AlumnusId who = AlumnusId.of("a" + (n % (ALUMNI + 2)));
      switch (n % 5) {
        case 0 -> hires.add(HireFact.boomerang("h" + n, at, who, LocalDate.of(2020, 1, 1).plusDays(n % 2000), 8_000_000));
        case 1 -> hires.add(HireFact.alumniReferral("h" + n, at, who, 6_000_000));
        case 2 -> hires.add(HireFact.other("h" + n, at, HireSource.values()[2 + n % 4], 5_000_000));
        case 3 -> {
          boolean hired = n % 2 == 0;
          refs.add(new ReferralFact(ReferralId.of("r" + n), who, at,
              hired ? ReferralOutcome.HIRED : ReferralOutcome.values()[n % 4 == 1 ? 0 : 2],
              hired ? java.util.Optional.of(at.plusSeconds(86_400L * (n % 90))) : java.util.Optional.empty(), 100_000));
        }
        default -> {
          events.add(new EventFact(EventId.of("e" + n), at, randomIds(r), randomIds(r)));
          campaigns.add(new CampaignFact(ContentId.of("c" + n), at, randomIds(r), randomIds(r), randomIds(r)));
        }
      }
    }
    HiringKpis.costSaved(hires, refs, Window.of(base, NOW), CostAssumptions.defaults());
    return new Facts(hires, refs, events, campaigns, sets);
  }

  private static Set<AlumnusId> randomIds(Random r) {
    Set<AlumnusId> s = new HashSet<>();
    for (int i = 0; i < ALUMNI + 3; i++) {
      if (r.nextBoolean()) {
        s.add(AlumnusId.of("a" + i));
      }
    }
    return s;
  }
}
