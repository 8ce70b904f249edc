package org.alumnisdk.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;

/**
 * The alumni a report may measure: those whose consent covers
 * {@link PurposeId#ENGAGEMENT_ANALYTICS} at the as-of instant, plus how many were left out and why.
 *
 * @param tenant the tenant
 * @param asOf the instant of the report
 * @param measured the measured alumni, ordered by id
 * @param excluded the ids left out for lack of consent (ids only; used to classify their activity)
 * @param excludedByReason how many were left out, by the gate's reason (sorted by reason)
 * @param consentCheck how consent was checked ({@code PurposeGate.describe}): every alumnus through
 *     the purpose gate, or the named waiver's justification
 * @since 0.1.0
 */
public record Population(
    TenantId tenant, Instant asOf, List<Alumnus> measured, Set<AlumnusId> excluded,
    java.util.Map<String, Long> excludedByReason, String consentCheck) {
  /**
   * Validates and copies.
   *
   * @param tenant the tenant
   * @param asOf the instant of the report
   * @param measured the measured alumni, ordered by id
   * @param excluded the ids left out for lack of consent (ids only; used to classify their activity)
   * @param excludedByReason how many were left out, by the gate's reason (sorted by reason)
   * @param consentCheck how consent was checked
   * @throws InvalidValueException if a field is missing
   */
  public Population {
    Checks.notNull(tenant, "tenant");
    Checks.instant(asOf, "asOf");
    measured = Checks.copyOf(measured, "measured");
    excluded = Set.copyOf(Checks.notNull(excluded, "excluded"));
    excludedByReason = Collections.unmodifiableMap(new TreeMap<>(Checks.notNull(excludedByReason, "excludedByReason")));
    Checks.notBlank(consentCheck, "consentCheck");
  }

  /**
   * Asks the gate about every alumnus at the clock's instant and keeps those allowed. The gate is
   * guarded by {@link PurposeGate#failClosed}: an alumnus for whom it throws or answers null is
   * left out with the failure as the reason.
   *
   * @param tenant the tenant
   * @param alumni the alumni of the tenant
   * @param gate the purpose gate
   * @param clock the clock giving the as-of instant
   * @return the population
   * @throws org.alumnisdk.core.TenantMismatchException if an alumnus belongs to another tenant
   * @throws InvalidValueException if an id appears twice
   */
  public static Population of(TenantId tenant, Collection<Alumnus> alumni, PurposeGate gate, Clock clock) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(alumni, "alumni");
    PurposeGate guarded = PurposeGate.failClosed(gate);
    Checks.notNull(clock, "clock");
    Instant asOf = clock.instant();
    List<Alumnus> kept = new ArrayList<>(alumni.size());
    Set<AlumnusId> excluded = new HashSet<>();
    Set<AlumnusId> seen = new HashSet<>(alumni.size() * 2);
    TreeMap<String, Long> reasons = new TreeMap<>();
    for (Alumnus a : alumni) {
      Checks.notNull(a, "alumni[]");
      Checks.sameTenant(tenant, a.tenant(), "alumni[" + a.id() + "].tenant");
      if (!seen.add(a.id())) {
        throw new InvalidValueException("alumni[" + a.id() + "]", "appears more than once");
      }
      GateDecision d = guarded.check(tenant, a.id(), PurposeId.ENGAGEMENT_ANALYTICS, asOf);
      if (d.allowed()) {
        kept.add(a);
      } else {
        excluded.add(a.id());
        reasons.merge(d.reason(), 1L, Long::sum);
      }
    }
    kept.sort(Comparator.comparing(Alumnus::id));
    return new Population(tenant, asOf, kept, excluded, reasons, PurposeGate.describe(gate));
  }

  /**
   * How many were measured.
   *
   * @return the count
   */
  public int size() {
    return measured.size();
  }

  /**
   * How many were left out for lack of consent.
   *
   * @return the count
   */
  public long excludedForConsent() {
    return excluded.size();
  }

  @Override
  public String toString() {
    return "Population[tenant=" + tenant + ", asOf=" + asOf + ", measured=" + measured.size()
        + ", excludedForConsent=" + excluded.size() + ", reasons=" + excludedByReason
        + ", consentCheck=" + consentCheck + "]";
  }
}
