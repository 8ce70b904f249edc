package org.alumnisdk.metrics.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * Hiring KPIs of an alumni programme: boomerang hire rate, rehire yield, referral-to-hire
 * conversion by submission cohort, referral share of hires and cost saved against agency fees.
 * Each result carries its definition. Stateless.
 *
 * @since 0.1.0
 */
public final class HiringKpis {
  private HiringKpis() {}

  private static Map<String, Long> map(Object... kv) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Long) kv[i + 1]);
    }
    return m;
  }

  /**
   * Boomerang hire rate (company view): boomerang hires in the window whose time away is within
   * {@code maxTimeAway} ÷ all external hires in the window.
   *
   * @param hires the hires (any window; filtered here)
   * @param window the window on the hire date
   * @param maxTimeAway the longest time away that still counts as a boomerang (e.g. 36 months)
   * @param zone the zone for the hire date
   * @return the KPI
   */
  public static Kpi boomerangHireRate(List<HireFact> hires, Window window, Period maxTimeAway, ZoneId zone) {
    Checks.notNull(hires, "hires");
    Checks.notNull(window, "window");
    Checks.notNull(maxTimeAway, "maxTimeAway");
    Checks.notNull(zone, "zone");
    long external = 0;
    long boomerangs = 0;
    long tooLong = 0;
    long unknownTimeAway = 0;
    long internal = 0;
    for (HireFact h : hires) {
      if (!window.contains(h.hiredAt())) {
        continue;
      }
      if (!h.source().external()) {
        internal++;
        continue;
      }
      external++;
      if (h.source() == HireSource.BOOMERANG) {
        if (h.previousLastWorkingDay().isEmpty()) {
          unknownTimeAway++;
        } else if (LocalDate.ofInstant(h.hiredAt(), zone).isAfter(h.previousLastWorkingDay().get().plus(maxTimeAway))) {
          tooLong++;
        } else {
          boomerangs++;
        }
      }
    }
    return Kpi.ratio("boomerang-hire-rate", boomerangs, external, new KpiDefinition(
        "boomerang hires with time away <= " + maxTimeAway + " / external hires, hire date in window",
        window, "boomerang hires in window, time away <= " + maxTimeAway,
        "external hires in window (all sources except internal transfers)",
        map("boomerangs away longer than " + maxTimeAway + " (in denominator only)", tooLong,
            "boomerangs with unknown previous last working day (in denominator only)", unknownTimeAway,
            "internal transfers (not external hires)", internal),
        List.of("look-back (max time away): " + maxTimeAway)));
  }

  /**
   * Alumni rehire yield (programme view): rehires in the window of people who were alumni of
   * record at its start ÷ alumni of record at its start.
   *
   * @param hires the hires
   * @param window the window
   * @param alumniOfRecordAtStart the denominator: measured alumni of record at {@code window.from}
   * @return the KPI
   */
  public static Kpi rehireYield(List<HireFact> hires, Window window, Set<AlumnusId> alumniOfRecordAtStart) {
    Checks.notNull(hires, "hires");
    Checks.notNull(window, "window");
    Checks.notNull(alumniOfRecordAtStart, "alumniOfRecordAtStart");
    java.util.HashSet<AlumnusId> rehired = new java.util.HashSet<>();
    long outside = 0;
    for (HireFact h : hires) {
      if (h.source() == HireSource.BOOMERANG && window.contains(h.hiredAt())) {
        if (alumniOfRecordAtStart.contains(h.alumnus().orElseThrow())) {
          rehired.add(h.alumnus().get());
        } else {
          outside++;
        }
      }
    }
    return Kpi.ratio("rehire-yield", rehired.size(), alumniOfRecordAtStart.size(), new KpiDefinition(
        "distinct alumni rehired in window / alumni of record at window start", window,
        "distinct alumni of record at start rehired in window", "measured alumni of record at " + window.from(),
        map("rehires of people not in the denominator (left during the window or not measured)", outside),
        List.of()));
  }

  /**
   * Referral-to-hire conversion by submission cohort: per fiscal year of submission, referrals
   * whose candidate was hired by {@code asOf} ÷ referrals submitted that year.
   *
   * @param referrals the referrals
   * @param fiscalYear the cohort calendar
   * @param asOf hires after this instant are not counted yet
   * @return one KPI per cohort, oldest first
   */
  public static List<Kpi> referralConversionByCohort(List<ReferralFact> referrals, FiscalYear fiscalYear, Instant asOf) {
    Checks.notNull(referrals, "referrals");
    Checks.notNull(fiscalYear, "fiscalYear");
    Checks.notNull(asOf, "asOf");
    TreeMap<Integer, long[]> cohorts = new TreeMap<>();
    for (ReferralFact r : referrals) {
      if (r.submittedAt().isAfter(asOf)) {
        continue;
      }
      long[] c = cohorts.computeIfAbsent(fiscalYear.yearOf(r.submittedAt()), k -> new long[3]);
      c[0]++;
      if (r.outcome() == ReferralOutcome.HIRED && !r.hiredAt().get().isAfter(asOf)) {
        c[1]++;
      } else if (r.outcome() == ReferralOutcome.PENDING) {
        c[2]++;
      }
    }
    List<Kpi> out = new ArrayList<>();
    cohorts.forEach((year, c) -> {
      Window w = fiscalYear.year(year);
      out.add(Kpi.ratio("referral-to-hire." + w.label(), c[1], c[0], new KpiDefinition(
          "referrals submitted in cohort and hired by as-of / referrals submitted in cohort", w,
          "referrals of the cohort hired by " + asOf + " (the hire may fall in a later period)",
          "referrals submitted in " + w.label(), map(),
          List.of("still pending: " + c[2] + " (in denominator)"))));
    });
    return out;
  }

  /**
   * Referral share of hires: hires from alumni referrals ÷ external hires, hire date in window.
   *
   * @param hires the hires
   * @param window the window
   * @return the KPI
   */
  public static Kpi referralShareOfHires(List<HireFact> hires, Window window) {
    Checks.notNull(hires, "hires");
    Checks.notNull(window, "window");
    long external = 0;
    long referred = 0;
    long employeeReferrals = 0;
    for (HireFact h : hires) {
      if (window.contains(h.hiredAt()) && h.source().external()) {
        external++;
        if (h.source() == HireSource.ALUMNI_REFERRAL) {
          referred++;
        } else if (h.source() == HireSource.EMPLOYEE_REFERRAL) {
          employeeReferrals++;
        }
      }
    }
    return Kpi.ratio("referral-share-of-hires", referred, external, new KpiDefinition(
        "alumni-referral hires / external hires, hire date in window", window,
        "hires referred by alumni", "external hires in window",
        map("employee (non-alumni) referral hires (in denominator only)", employeeReferrals), List.of()));
  }

  /**
   * Cost saved against agency fees: Σ over alumni-sourced hires in the window (boomerangs and
   * alumni referrals) of fee rate × theoretical annual salary, minus referral rewards paid for
   * referrals hired in the window, minus the programme cost.
   *
   * @param hires the hires
   * @param referrals the referrals (for rewards)
   * @param window the window
   * @param assumptions fee rate, programme cost, currency
   * @return the KPI (an amount; may be negative)
   */
  public static Kpi costSaved(List<HireFact> hires, List<ReferralFact> referrals, Window window, CostAssumptions assumptions) {
    Checks.notNull(hires, "hires");
    Checks.notNull(referrals, "referrals");
    Checks.notNull(window, "window");
    Checks.notNull(assumptions, "assumptions");
    double avoided = 0;
    long counted = 0;
    for (HireFact h : hires) {
      if (window.contains(h.hiredAt()) && h.source().alumniSourced()) {
        avoided += assumptions.agencyFeeRate() * h.theoreticalAnnualSalary();
        counted++;
      }
    }
    long rewards = 0;
    for (ReferralFact r : referrals) {
      if (r.hiredAt().isPresent() && window.contains(r.hiredAt().get())) {
        rewards += r.rewardPaid();
      }
    }
    double saved = avoided - rewards - assumptions.programmeCost();
    return Kpi.amount("cost-saved-vs-agency", saved, new KpiDefinition(
        "sum(fee rate x theoretical annual salary) over alumni-sourced hires - referral rewards - programme cost",
        window, "", "", map(),
        List.of("currency: " + assumptions.currency(),
            "fee rate: " + assumptions.agencyFeeRate(),
            "alumni-sourced hires counted: " + counted,
            String.format(java.util.Locale.ROOT, "avoided agency fees: %.0f", avoided),
            "referral rewards paid (referrals hired in window): " + rewards,
            "programme cost: " + assumptions.programmeCost())));
  }

}
