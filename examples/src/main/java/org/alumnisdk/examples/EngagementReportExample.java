package org.alumnisdk.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alumnisdk.core.ActivityId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.EventId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.activity.ActivityType;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.ContactPoint;
import org.alumnisdk.core.alumnus.CurrentSituation;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.DepartureType;
import org.alumnisdk.core.alumnus.Grade;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.MembershipHistory;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.alumnus.Tenure;
import org.alumnisdk.core.alumnus.VisibilitySettings;
import org.alumnisdk.core.alumnus.Willingness;
import org.alumnisdk.core.inmemory.InMemoryActivityLog;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;
import org.alumnisdk.metrics.Engagement;
import org.alumnisdk.metrics.EngagementAnalysis;
import org.alumnisdk.metrics.EngagementRates;
import org.alumnisdk.metrics.MemberMetrics;
import org.alumnisdk.metrics.Population;
import org.alumnisdk.metrics.export.Csv;
import org.alumnisdk.metrics.export.JsonExport;
import org.alumnisdk.metrics.kpi.CostAssumptions;
import org.alumnisdk.metrics.kpi.EventFact;
import org.alumnisdk.metrics.kpi.HireFact;
import org.alumnisdk.metrics.kpi.HireSource;
import org.alumnisdk.metrics.kpi.HiringKpis;
import org.alumnisdk.metrics.kpi.Kpi;
import org.alumnisdk.metrics.kpi.ParticipationKpis;
import org.alumnisdk.metrics.kpi.Window;
import org.alumnisdk.metrics.score.EngagementScorer;
import org.alumnisdk.metrics.score.IngestSummary;

/**
 * Engagement report walk-through: eight synthetic alumni (one without engagement-analytics
 * consent), a year of activity in an in-memory log, then scores, Orbit levels, RFM, segments and
 * auditable KPIs for the Japanese fiscal year, exported to CSV and JSON.
 */
public final class EngagementReportExample {
  private static final TenantId TENANT = TenantId.of("acme-jp");
  private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");

  private EngagementReportExample() {}

  /**
   * What the walk-through produced.
   *
   * @param analysis the batch analysis
   * @param rates percentage engaged for FY2026
   * @param kpis every KPI printed, in order
   * @param kpiCsv the KPIs as CSV
   * @param streamingScoreOfSato the streaming scorer's score of a-sato (equals the batch score)
   * @param replay what a second scorer made of the whole log handed over at once with
   *     {@code acceptAll}, the log twice over (the second copy is all duplicates)
   */
  public record Outcome(EngagementAnalysis analysis, EngagementRates rates, List<Kpi> kpis, String kpiCsv,
      double streamingScoreOfSato, IngestSummary replay) {}

  /**
   * Runs the walk-through and prints it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  private static Alumnus alumnus(String id, LocalDate left, boolean registered) {
    Instant invited = left.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
    MembershipHistory m = MembershipHistory.invited(invited);
    if (registered) {
      m = m.moveTo(MembershipStatus.REGISTERED, invited.plus(Duration.ofDays(3)), "");
    }
    Tenure t = new Tenure("Engineering", "Engineer", "engineering", Grade.of("G3", 3),
        Location.japan("Tokyo"), left.minusYears(4), left);
    return new Alumnus(AlumnusId.of(id), TENANT, "E-" + id, PersonName.of("試験", "太郎"),
        List.of(ContactPoint.email(id + "@example.invalid", true)), List.of(t),
        new Departure(left, DepartureType.VOLUNTARY, "", RehireEligibility.eligible()),
        CurrentSituation.unknown(), List.of(), List.of(), Willingness.none(),
        VisibilitySettings.privateByDefault(), m, 0);
  }

  /**
   * Runs the walk-through.
   *
   * @param out where to print
   * @return what it produced
   */
  public static Outcome run(PrintStream out) {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    List<Alumnus> alumni = List.of(
        alumnus("a-sato", LocalDate.of(2023, 3, 31), true),
        alumnus("a-suzuki", LocalDate.of(2024, 6, 30), true),
        alumnus("a-takahashi", LocalDate.of(2022, 9, 30), true),
        alumnus("a-tanaka", LocalDate.of(2025, 3, 31), true),
        alumnus("a-ito", LocalDate.of(2021, 12, 31), true),
        alumnus("a-watanabe", LocalDate.of(2025, 9, 30), false),
        alumnus("a-yamamoto", LocalDate.of(2024, 3, 31), true),
        alumnus("a-nakamura", LocalDate.of(2023, 8, 31), true));
    // a-nakamura has not consented to engagement analytics: never measured, only counted as excluded
    PurposeGate gate = (tenant, who, purpose, at) -> purpose.equals(PurposeId.ENGAGEMENT_ANALYTICS)
        && !who.value().equals("a-nakamura") ? GateDecision.allow("engagement-analytics consent on record")
        : GateDecision.deny("no engagement-analytics consent");

    InMemoryActivityLog log = new InMemoryActivityLog();
    int[] seq = {0};
    java.util.function.BiConsumer<String, Object[]> add = (who, spec) -> {
      ActivityType type = (ActivityType) spec[0];
      int daysAgo = (Integer) spec[1];
      log.append(Activity.of(ActivityId.of("act-" + (++seq[0])), TENANT, AlumnusId.of(who), type,
          NOW.minus(Duration.ofDays(daysAgo))));
    };
    // a-sato: weekly clicks, hosted a meetup, referred a hire: a champion
    for (int d = 1; d < 200; d += 7) {
      add.accept("a-sato", new Object[] {ActivityType.CONTENT_CLICKED, d});
    }
    add.accept("a-sato", new Object[] {ActivityType.HOSTING, 20});
    add.accept("a-sato", new Object[] {ActivityType.REFERRAL_SUBMITTED, 150});
    add.accept("a-sato", new Object[] {ActivityType.REFERRAL_HIRED, 60});
    // a-suzuki: attends events, answers surveys
    add.accept("a-suzuki", new Object[] {ActivityType.EVENT_ATTENDED, 30});
    add.accept("a-suzuki", new Object[] {ActivityType.SURVEY_ANSWERED, 45});
    add.accept("a-suzuki", new Object[] {ActivityType.EVENT_ATTENDED, 120});
    // a-takahashi: mentored a lot last year, nothing lately: declining
    for (int d = 150; d < 420; d += 10) {
      add.accept("a-takahashi", new Object[] {ActivityType.MENTORING, d});
    }
    // a-tanaka: only RSVPs and opens, which do not count
    add.accept("a-tanaka", new Object[] {ActivityType.EVENT_RSVP, 30});
    add.accept("a-tanaka", new Object[] {ActivityType.CONTENT_OPENED, 10});
    // a-ito: one click two years ago
    add.accept("a-ito", new Object[] {ActivityType.CONTENT_CLICKED, 700});
    // a-yamamoto: a profile update last month
    add.accept("a-yamamoto", new Object[] {ActivityType.PROFILE_UPDATED, 25});
    // a-nakamura (no consent): activity exists but is not measured
    add.accept("a-nakamura", new Object[] {ActivityType.SPEAKING, 15});

    out.println("== Engagement report, tenant " + TENANT + ", as of " + NOW);
    Population pop = Engagement.population(TENANT, alumni, gate, clock);
    out.println(pop);
    EngagementAnalysis analysis = Engagement.analyze(Engagement.defaults(), pop, log);
    out.println(analysis.activityCounts());
    out.println();
    out.println(String.format("%-12s %7s %6s %-20s %-4s %-20s %s", "alumnus", "score", "trend", "orbit level", "RFM",
        "RFM segment", "segment (reason)"));
    for (MemberMetrics m : analysis.members()) {
      out.println(String.format(java.util.Locale.ROOT, "%-12s %7.2f %6.2f %-20s %-4s %-20s %s (%s)", m.alumnus(),
          m.score(), m.momentum(), m.level().label(), m.rfm().code(), m.rfm().segment(), m.segment().segment(),
          m.segment().reason()));
    }
    out.println("segments: " + analysis.segmentCounts());
    out.println("levels:   " + analysis.levelCounts() + ", weighted commitment " + analysis.weightedCommitment());
    out.println();

    EngagementRates rates = analysis.percentEngaged();
    Window fy = rates.period();
    List<Kpi> kpis = new ArrayList<>(rates.all());
    kpis.add(analysis.activeMemberRate());
    kpis.add(analysis.inactiveMembers().share());
    kpis.add(analysis.captureRate(analysis.config().fiscalYear().year(2025)));
    kpis.addAll(analysis.retentionByDepartureCohort());

    List<EventFact> events = List.of(new EventFact(EventId.of("ev-autumn"), NOW.minus(Duration.ofDays(30)),
        Set.of(AlumnusId.of("a-suzuki"), AlumnusId.of("a-tanaka"), AlumnusId.of("a-sato")),
        Set.of(AlumnusId.of("a-suzuki"), AlumnusId.of("a-sato"))));
    kpis.add(ParticipationKpis.eventParticipation(events, fy, analysis.alumniOfRecord(fy)));
    kpis.add(ParticipationKpis.showUpRate(events, fy, analysis.measuredIds()));

    List<HireFact> hires = List.of(
        HireFact.alumniReferral("hire-1", NOW.minus(Duration.ofDays(60)), AlumnusId.of("a-sato"), 9_000_000),
        HireFact.boomerang("hire-2", NOW.minus(Duration.ofDays(90)), AlumnusId.of("x-former"),
            LocalDate.of(2024, 1, 31), 10_000_000),
        HireFact.other("hire-3", NOW.minus(Duration.ofDays(100)), HireSource.AGENCY, 8_000_000),
        HireFact.other("hire-4", NOW.minus(Duration.ofDays(110)), HireSource.DIRECT, 6_000_000));
    kpis.add(HiringKpis.boomerangHireRate(hires, fy, Period.ofMonths(36), fy.from().atZone(
        analysis.config().fiscalYear().zone()).getZone()));
    kpis.add(HiringKpis.referralShareOfHires(hires, fy));
    kpis.add(HiringKpis.costSaved(hires, List.of(), fy, CostAssumptions.defaults().withProgrammeCost(2_000_000)));

    out.println("== KPIs (" + fy.label() + ")");
    for (Kpi k : kpis) {
      out.println("  " + k.summary());
    }
    Kpi any = rates.any();
    out.println();
    out.println("== Audit trail of " + any.name());
    out.println("  formula:     " + any.definition().formula());
    out.println("  numerator:   " + any.definition().numerator());
    out.println("  denominator: " + any.definition().denominator());
    out.println("  excluded:    " + any.definition().excluded());

    String csv = Csv.write(Kpi.class, kpis);
    out.println();
    out.println("== CSV (first lines)");
    csv.lines().limit(3).forEach(l -> out.println("  " + l));
    out.println("== JSON of a-sato");
    out.println("  " + JsonExport.write(analysis.member(AlumnusId.of("a-sato")).orElseThrow()));

    EngagementScorer scorer = Engagement.scorer(TENANT, Engagement.defaults(), clock, gate);
    log.forEach(TENANT, scorer::accept);
    double streaming = scorer.score(AlumnusId.of("a-sato")).orElseThrow().score();
    out.println("== streaming score of a-sato: " + String.format(java.util.Locale.ROOT, "%.6f", streaming)
        + " (batch " + String.format(java.util.Locale.ROOT, "%.6f",
            analysis.member(AlumnusId.of("a-sato")).orElseThrow().score()) + ")");
    // a batch (say a page of an export, or a replay after a restart) goes in with one call
    List<Activity> batch = new java.util.ArrayList<>();
    log.forEach(TENANT, batch::add);
    log.forEach(TENANT, batch::add);
    IngestSummary replay = Engagement.scorer(TENANT, Engagement.defaults(), clock, gate).acceptAll(batch);
    out.println("== acceptAll of the log twice over: " + replay.counts());
    return new Outcome(analysis, rates, List.copyOf(kpis), csv, streaming, replay);
  }
}
