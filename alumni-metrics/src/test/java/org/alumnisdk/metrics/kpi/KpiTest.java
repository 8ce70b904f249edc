package org.alumnisdk.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.ContentId;
import org.alumnisdk.core.EventId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.ReferralId;
import org.junit.jupiter.api.Test;

class KpiTest {
  private static final FiscalYear FY = FiscalYear.japanese();
  private static final Window FY2026 = FY.year(2026);
  private static final Instant MAY = Instant.parse("2026-05-10T00:00:00Z");
  private static final AlumnusId A = AlumnusId.of("a");
  private static final AlumnusId B = AlumnusId.of("b");
  private static final AlumnusId C = AlumnusId.of("c");

  @Test
  void japaneseFiscalYearRunsAprilToMarchInTokyo() {
    assertThat(FY2026.from()).isEqualTo(Instant.parse("2026-03-31T15:00:00Z"));
    assertThat(FY2026.to()).isEqualTo(Instant.parse("2027-03-31T15:00:00Z"));
    assertThat(FY.yearOf(Instant.parse("2026-03-31T14:59:59Z"))).isEqualTo(2025);
    assertThat(FY.yearOf(Instant.parse("2026-03-31T15:00:00Z"))).isEqualTo(2026);
    assertThat(FiscalYear.calendar(ZoneOffset.UTC).containing(MAY).label()).isEqualTo("FY2026");
    assertThatThrownBy(() -> new FiscalYear(java.time.MonthDay.of(2, 29), ZoneOffset.UTC))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void ratioEnforcesTheCohortRule() {
    KpiDefinition d = new KpiDefinition("f", FY2026, "n", "d", Map.of(), List.of());
    assertThat(Kpi.ratio("x", 1, 4, d).value()).isEqualTo(0.25);
    assertThat(Kpi.ratio("x", 0, 0, d).flags()).containsExactly(KpiFlag.EMPTY_DENOMINATOR);
    assertThatThrownBy(() -> Kpi.ratio("x", 5, 4, d))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("cohort rule");
    assertThat(Kpi.ratio("x", 1, 4, d).summary()).isEqualTo("x = 25.0% (1/4) FY2026");
    assertThat(Kpi.growth("g", -2, 8, d).value()).isEqualTo(-0.25);
  }

  @Test
  void boomerangHireRateUsesTheLookBackAndExternalDenominator() {
    List<HireFact> hires = List.of(
        HireFact.boomerang("1", MAY, A, LocalDate.of(2024, 1, 1), 9_000_000),     // 28 months away
        HireFact.boomerang("2", MAY, B, LocalDate.of(2020, 1, 1), 9_000_000),     // 6 years away
        HireFact.alumniReferral("3", MAY, C, 6_000_000),
        HireFact.other("4", MAY, HireSource.AGENCY, 5_000_000),
        HireFact.other("5", MAY, HireSource.INTERNAL_TRANSFER, 5_000_000),
        HireFact.other("6", Instant.parse("2025-05-10T00:00:00Z"), HireSource.DIRECT, 5_000_000));
    Kpi k = HiringKpis.boomerangHireRate(hires, FY2026, Period.ofMonths(36), FY.zone());
    assertThat(k.numerator()).isEqualTo(1);
    assertThat(k.denominator()).isEqualTo(4);
    assertThat(k.definition().excluded()).containsValues(1L, 0L, 1L);
    Kpi share = HiringKpis.referralShareOfHires(hires, FY2026);
    assertThat(share.numerator()).isEqualTo(1);
    assertThat(share.denominator()).isEqualTo(4);
    Kpi yield = HiringKpis.rehireYield(hires, FY2026, Set.of(A, C));
    assertThat(yield.numerator()).isEqualTo(1);
    assertThat(yield.denominator()).isEqualTo(2);
    assertThat(yield.definition().excluded().values()).containsExactly(1L);
  }

  @Test
  void costSavedIsFeeRateTimesSalaryMinusRewardsAndProgrammeCost() {
    List<HireFact> hires = List.of(
        HireFact.boomerang("1", MAY, A, LocalDate.of(2025, 1, 1), 10_000_000),
        HireFact.alumniReferral("2", MAY, B, 6_000_000),
        HireFact.other("3", MAY, HireSource.AGENCY, 8_000_000));
    List<ReferralFact> refs = List.of(new ReferralFact(ReferralId.of("r"), B, MAY.minusSeconds(86_400 * 30),
        ReferralOutcome.HIRED, Optional.of(MAY), 300_000));
    Kpi k = HiringKpis.costSaved(hires, refs, FY2026, CostAssumptions.defaults().withProgrammeCost(1_000_000));
    // 0.35 x (10M + 6M) = 5.6M; - 0.3M reward - 1M programme = 4.3M (doc example: 10M x 35% = 3.5M)
    assertThat(k.value()).isEqualTo(4_300_000.0);
    assertThat(k.kind()).isEqualTo(KpiKind.AMOUNT);
    assertThat(k.definition().notes()).contains("currency: JPY");
  }

  @Test
  void referralConversionIsByCohortAndCountsLaterHires() {
    Instant mar2026 = Instant.parse("2026-03-10T00:00:00Z");
    List<ReferralFact> refs = List.of(
        new ReferralFact(ReferralId.of("1"), A, mar2026, ReferralOutcome.HIRED, Optional.of(MAY), 0),
        new ReferralFact(ReferralId.of("2"), A, mar2026, ReferralOutcome.REJECTED, Optional.empty(), 0),
        new ReferralFact(ReferralId.of("3"), B, MAY, ReferralOutcome.PENDING, Optional.empty(), 0));
    List<Kpi> k = HiringKpis.referralConversionByCohort(refs, FY, Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(k).extracting(Kpi::name).containsExactly("referral-to-hire.FY2025", "referral-to-hire.FY2026");
    assertThat(k.get(0).numerator()).isEqualTo(1);
    assertThat(k.get(0).denominator()).isEqualTo(2);
    assertThat(k.get(1).numerator()).isZero();
    assertThat(k.get(1).definition().notes()).contains("still pending: 1 (in denominator)");
    // as of before the hire, the FY2025 cohort has no hire yet
    assertThat(HiringKpis.referralConversionByCohort(refs, FY, MAY.minusSeconds(1)).get(0).numerator()).isZero();
    assertThatThrownBy(() -> new ReferralFact(ReferralId.of("x"), A, MAY, ReferralOutcome.HIRED, Optional.empty(), 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("hiredAt");
  }

  @Test
  void eventsCountAttendanceNotRsvpAndShowUpIgnoresWalkIns() {
    List<EventFact> events = List.of(
        new EventFact(EventId.of("e1"), MAY, Set.of(A, B), Set.of(A, C)),
        new EventFact(EventId.of("e2"), MAY, Set.of(A), Set.of(A)));
    Kpi part = ParticipationKpis.eventParticipation(events, FY2026, Set.of(A, B, C, AlumnusId.of("d")));
    assertThat(part.numerator()).isEqualTo(2);
    assertThat(part.denominator()).isEqualTo(4);
    Kpi show = ParticipationKpis.showUpRate(events, FY2026, Set.of(A, B, C));
    assertThat(show.numerator()).isEqualTo(2);
    assertThat(show.denominator()).isEqualTo(3);
    assertThat(show.definition().excluded()).containsEntry("walk-ins without RSVP (not in numerator)", 1L);
    Kpi notMeasured = ParticipationKpis.showUpRate(events, FY2026, Set.of(A));
    assertThat(notMeasured.denominator()).isEqualTo(2);
    assertThat(notMeasured.definition().excluded()).containsEntry("RSVPs of alumni not measured (no consent)", 1L);
  }

  @Test
  void clickRateIsPreferredAndOpenRateIsFlagged() {
    List<CampaignFact> c = List.of(new CampaignFact(ContentId.of("n1"), MAY, Set.of(A, B, C), Set.of(A, B, C), Set.of(A)));
    Kpi click = ParticipationKpis.clickRate(c, FY2026, Set.of(A, B, C));
    Kpi open = ParticipationKpis.openRate(c, FY2026, Set.of(A, B, C));
    assertThat(click.numerator()).isEqualTo(1);
    assertThat(click.flags()).isEmpty();
    assertThat(open.numerator()).isEqualTo(3);
    assertThat(open.flags()).containsExactly(KpiFlag.UNRELIABLE_SIGNAL);
  }

  @Test
  void funnelStagesNest() {
    List<Kpi> f = ParticipationKpis.funnel(List.of(
        new FunnelStage("attended", Set.of(A, B, C)),
        new FunnelStage("referred", Set.of(A, B, AlumnusId.of("z"))),
        new FunnelStage("hired", Set.of(A, C))), FY2026, Set.of(A, B, C));
    assertThat(f).extracting(Kpi::numerator).containsExactly(2L, 1L);
    assertThat(f).extracting(Kpi::denominator).containsExactly(3L, 2L);
    assertThat(f.get(1).definition().excluded().values()).containsExactly(1L);
    assertThatThrownBy(() -> ParticipationKpis.funnel(List.of(new FunnelStage("a", Set.of())), FY2026, Set.of()))
        .isInstanceOf(InvalidValueException.class);
  }
}
