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
    Map<AlumnusId, String> excluded = new LinkedHashMap<>();
    for (AlumnusId id : alumni) {
      GateDecision d = check(tenant, id, purpose, at);
      if (d.allowed()) {
        allowed.add(id);
      } else {
        excluded.put(id, d.reason());
      }
    }
    return new Partition(allowed, excluded);
  }

  /**
   * A gate that denies everything: the fail-closed default when no consent module is wired.
   *
   * @return the gate
   */
  static PurposeGate denyAll() {
    return (tenant, alumnus, purpose, at) -> GateDecision.deny("no purpose gate configured");
  }

  /**
   * A gate that allows everything. For tests, benchmarks and synthetic data only: it bypasses
   * consent, so never wire it in production.
   *
   * @return the gate
   */
  static PurposeGate allowAllForTesting() {
    return (tenant, alumnus, purpose, at) -> GateDecision.allow("allow-all test gate");
  }

  /**
   * The result of {@link #partition}.
   *
   * @param allowed ids the purpose is covered for, in input order
   * @param excluded ids excluded, with the gate's reason, in input order
   */
  record Partition(List<AlumnusId> allowed, Map<AlumnusId, String> excluded) {
    /**
     * Copies the collections.
     *
     * @param allowed ids the purpose is covered for, in input order
     * @param excluded ids excluded, with the gate's reason, in input order
     */
    public Partition {
      allowed = List.copyOf(allowed);
      excluded = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(excluded));
    }
  }
}
