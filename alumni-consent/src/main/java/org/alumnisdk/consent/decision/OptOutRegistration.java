package org.alumnisdk.consent.decision;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;

/**
 * An opt-out provision set-up (Art. 27(2)): the notice of items (i)-(viii) given beforehand and the
 * filing with the PPC, and the data items it covers.
 *
 * @param tenant the tenant (the operator)
 * @param items the data-category ids named in the notice (Art. 27(2)(iii))
 * @param noticeVersion the opt-out notice version
 * @param noticeGivenAt when the notice was given or made readily accessible, or null if not yet
 * @param ppcFilingRef the PPC filing reference, or blank if not filed
 * @param ppcFiledAt when it was filed, or null if not filed
 * @since 0.1.0
 */
public record OptOutRegistration(
    TenantId tenant,
    Set<String> items,
    String noticeVersion,
    Instant noticeGivenAt,
    String ppcFilingRef,
    Instant ppcFiledAt) {
  /**
   * Validates and copies.
   *
   * @param tenant the tenant (the operator)
   * @param items the data-category ids named in the notice (Art. 27(2)(iii))
   * @param noticeVersion the opt-out notice version
   * @param noticeGivenAt when the notice was given or made readily accessible, or null if not yet
   * @param ppcFilingRef the PPC filing reference, or blank if not filed
   * @param ppcFiledAt when it was filed, or null if not filed
   * @throws org.alumnisdk.core.InvalidValueException if a required part is missing
   */
  public OptOutRegistration {
    Checks.notNull(tenant, "optOut.tenant");
    items = Set.copyOf(Checks.notNull(items, "optOut.items"));
    noticeVersion = noticeVersion == null ? "" : noticeVersion.strip();
    ppcFilingRef = ppcFilingRef == null ? "" : ppcFilingRef.strip();
  }

  /**
   * Returns when the PPC filing was made.
   *
   * @return the instant, or empty if not filed
   */
  public Optional<Instant> filed() {
    return ppcFilingRef.isEmpty() ? Optional.empty() : Optional.ofNullable(ppcFiledAt);
  }

  /**
   * Returns when the notice was given.
   *
   * @return the instant, or empty if not given
   */
  public Optional<Instant> noticeGiven() {
    return Optional.ofNullable(noticeGivenAt);
  }
}
