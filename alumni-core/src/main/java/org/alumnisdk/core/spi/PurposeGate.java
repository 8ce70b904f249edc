package org.alumnisdk.core.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * Port: tells whether the consents and notices on record cover a purpose for an alumnus.
 *
 * <p>The matching and metrics modules call it to keep only alumni who allow a purpose (referral
 * outreach, rehire outreach, mentoring, engagement analytics) without knowing how consents are
 * stored. The consent module provides the real implementation. Implementations fail closed: an
 * unknown alumnus, purpose or tenant is denied. Implementations must be thread-safe.
 * Experimental SPI until 1.0.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PurposeGate {
  /**
   * Decides whether {@code purpose} is covered for one alumnus at an instant.
   *
   * @param tenant the tenant the alumnus belongs to
   * @param alumnus the alumnus
   * @param purpose the purpose
   * @param at the instant the processing happens
   * @return the decision with its reason
   */
  GateDecision check(TenantId tenant, AlumnusId alumnus, PurposeId purpose, Instant at);

  /**
   * Splits alumni into those the purpose is covered for and those excluded, with reasons.
   *
   * @param tenant the tenant
   * @param alumni the alumni to check, in the order to keep
   * @param purpose the purpose
   * @param at the instant the processing happens
   * @return the allowed ids in input order and the excluded ids with their reasons
   */
  default Partition partition(
      TenantId tenant, Collection<AlumnusId> alumni, PurposeId purpose, Instant at) {
    List<AlumnusId> allowed = new ArrayList<>();
    Map<AlumnusId, GateDecision> denied = new LinkedHashMap<>();
    for (AlumnusId id : alumni) {
      GateDecision d = check(tenant, id, purpose, at);
      if (d != null && d.allowed()) {
        allowed.add(id);
      } else {
        denied.put(id, d != null ? d : FailClosed.NULL_ANSWER);
      }
    }
    return new Partition(allowed, denied);
  }

  /**
   * A gate that denies everything: the fail-closed default when no consent module is wired.
   *
   * @return the gate
   */
  static PurposeGate denyAll() {
    return (tenant, alumnus, purpose, at) -> FailClosed.NO_GATE;
  }

  /**
   * A gate that allows everything. For tests, benchmarks and synthetic data only: it bypasses
   * consent, so never wire it in production. Prefer {@link #withoutConsentCheck(String)}, which
   * says why and is recorded in results.
   *
   * @return the gate
   */
  static PurposeGate allowAllForTesting() {
    return (tenant, alumnus, purpose, at) -> GateDecision.allow(
        GateDecision.CODE_CHECK_WAIVED, null, "allow-all test gate");
  }

  /**
   * The explicit, named opt-out from consent checks, for data that is not personal data (for
   * example {@code withoutConsentCheck("anonymised research data")}). Every decision allows, with
   * code {@link GateDecision#CODE_CHECK_WAIVED} and the justification as its reason; consumers
   * (mentor matching, referral ranking, engagement scoring, population building) record the
   * justification in their results, so no result can hide that nobody was asked.
   *
   * @param justification why no consent check applies; not blank
   * @return the waiving gate
   * @throws org.alumnisdk.core.InvalidValueException if the justification is null or blank
   */
  static PurposeGate withoutConsentCheck(String justification) {
    return new Waived(org.alumnisdk.core.Checks.notBlank(justification, "justification"));
  }

  /**
   * Wraps a host gate so that it fails closed: a gate that throws or answers null denies with
   * code {@link GateDecision#CODE_GATE_FAILURE} instead of propagating. The SDK's consumers wrap
   * every gate they are given. Idempotent.
   *
   * @param gate the gate to guard
   * @return the guarded gate
   * @throws org.alumnisdk.core.InvalidValueException if the gate is null
   */
  static PurposeGate failClosed(PurposeGate gate) {
    org.alumnisdk.core.Checks.notNull(gate, "gate");
    return gate instanceof FailClosed || gate instanceof Waived ? gate : new FailClosed(gate);
  }

  /**
   * What a consumer records about how consent was checked: the waiver's justification when the
   * gate is {@link #withoutConsentCheck(String)}, otherwise that every alumnus went through the
   * gate.
   *
   * @param gate the gate
   * @return a one-line description; never personal data
   */
  static String describe(PurposeGate gate) {
    PurposeGate g = gate instanceof FailClosed f ? f.delegate : gate;
    return g instanceof Waived w
        ? "consent check waived: " + w.justification()
        : "every alumnus checked by the purpose gate";
  }

  /**
   * The gate returned by {@link #withoutConsentCheck(String)}.
   *
   * @param justification why no consent check applies
   */
  record Waived(String justification) implements PurposeGate {
    /**
     * Validates the justification.
     *
     * @param justification why no consent check applies
     */
    public Waived {
      org.alumnisdk.core.Checks.notBlank(justification, "justification");
    }

    @Override
    public GateDecision check(TenantId tenant, AlumnusId alumnus, PurposeId purpose, Instant at) {
      return GateDecision.allow(
          GateDecision.CODE_CHECK_WAIVED, null, "consent check waived: " + justification);
    }
  }

  /** The guard returned by {@link #failClosed(PurposeGate)}. */
  final class FailClosed implements PurposeGate {
    static final GateDecision NULL_ANSWER = GateDecision.deny(
        GateDecision.CODE_GATE_FAILURE, null, "the purpose gate gave no answer; denied (fail closed)");
    static final GateDecision NO_GATE = GateDecision.deny(
        GateDecision.CODE_NO_GATE, null, "no purpose gate configured; denied (fail closed)");
    private final PurposeGate delegate;

    private FailClosed(PurposeGate delegate) {
      this.delegate = delegate;
    }

    @Override
    public GateDecision check(TenantId tenant, AlumnusId alumnus, PurposeId purpose, Instant at) {
      try {
        GateDecision d = delegate.check(tenant, alumnus, purpose, at);
        return d != null ? d : NULL_ANSWER;
      } catch (RuntimeException e) {
        return failure(e);
      }
    }

    @Override
    public Partition partition(
        TenantId tenant, Collection<AlumnusId> alumni, PurposeId purpose, Instant at) {
      try {
        Partition p = delegate.partition(tenant, alumni, purpose, at);
        if (p != null) {
          return p;
        }
      } catch (RuntimeException e) {
        // fall through: decide one by one, each failure a denial
      }
      return PurposeGate.super.partition(tenant, alumni, purpose, at);
    }

    private static GateDecision failure(RuntimeException e) {
      // the exception's message may carry host data: only its type is kept
      return GateDecision.deny(
          GateDecision.CODE_GATE_FAILURE, null,
          "the purpose gate failed (" + e.getClass().getSimpleName() + "); denied (fail closed)");
    }

    @Override
    public String toString() {
      return "PurposeGate.failClosed(" + delegate + ")";
    }
  }

  /**
   * The result of {@link #partition}.
   *
   * @param allowed ids the purpose is covered for, in input order
   * @param denials ids excluded, with the gate's whole decision (code, article, reason), in input
   *     order
   */
  record Partition(List<AlumnusId> allowed, Map<AlumnusId, GateDecision> denials) {
    /**
     * Copies the collections.
     *
     * @param allowed ids the purpose is covered for, in input order
     * @param denials ids excluded, with the gate's whole decision, in input order
     */
    public Partition {
      allowed = List.copyOf(allowed);
      denials = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(denials));
    }

    /**
     * The excluded ids with the reason text of their denial, in input order.
     *
     * @return the reasons by id
     */
    public Map<AlumnusId, String> excluded() {
      Map<AlumnusId, String> text = new LinkedHashMap<>();
      denials.forEach((id, d) -> text.put(id, d.reason()));
      return java.util.Collections.unmodifiableMap(text);
    }
  }
}
