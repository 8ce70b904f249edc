package org.alumnisdk.consent.breach;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;

/**
 * A leak, loss or damage of personal data as known to the operator. Unknown values fail closed: an
 * unknown affected count or encryption state never makes an incident non-reportable.
 *
 * @param tenant the tenant (the operator)
 * @param id the incident id
 * @param awareAt when the operator became aware of it; deadlines run from here
 * @param likelihood whether it occurred, probably occurred, or not
 * @param specialCareRequired whether special care-required information is involved
 * @param financialLossRisk whether data whose misuse may cause financial loss is involved
 * @param unlawfulPurpose whether it was possibly caused by an act with an unlawful purpose
 * @param affectedCount the number of persons affected, or -1 if unknown
 * @param strongEncryption whether advanced encryption or equivalent protection was applied: true,
 *     false, or null if unknown
 * @param role whether the assessor is the operator or a processor
 * @param operatorNotifiedAt for a processor, when it notified the entrusting operator, or null
 * @param affected the alumni known to be affected (for notification tasks)
 * @param pseudonymisedOnly whether only pseudonymised information was involved (Art. 41(9) excludes Art. 26)
 * @since 0.1.0
 */
public record Incident(
    TenantId tenant,
    String id,
    Instant awareAt,
    Likelihood likelihood,
    boolean specialCareRequired,
    boolean financialLossRisk,
    boolean unlawfulPurpose,
    long affectedCount,
    Boolean strongEncryption,
    HandlerRole role,
    Instant operatorNotifiedAt,
    List<AlumnusId> affected,
    boolean pseudonymisedOnly) {

  /**

   * Validates and copies.

   *

   * @param tenant the tenant (the operator)

   * @param id the incident id

   * @param awareAt when the operator became aware of it; deadlines run from here

   * @param likelihood whether it occurred, probably occurred, or not

   * @param specialCareRequired whether special care-required information is involved

   * @param financialLossRisk whether data whose misuse may cause financial loss is involved

   * @param unlawfulPurpose whether it was possibly caused by an act with an unlawful purpose

   * @param affectedCount the number of persons affected, or -1 if unknown

   * @param strongEncryption whether advanced encryption or equivalent protection was applied: true, false, or null if unknown

   * @param role whether the assessor is the operator or a processor

   * @param operatorNotifiedAt for a processor, when it notified the entrusting operator, or null

   * @param affected the alumni known to be affected (for notification tasks)

   * @param pseudonymisedOnly whether only pseudonymised information was involved (Art. 41(9) excludes Art. 26)

   * @throws InvalidValueException naming the field if a value is missing or out of range

   */
  public Incident {
    Checks.notNull(tenant, "incident.tenant");
    id = Checks.notBlank(id, "incident.id");
    Checks.notNull(awareAt, "incident.awareAt");
    Checks.notNull(likelihood, "incident.likelihood");
    if (affectedCount < -1) {
      throw new InvalidValueException("incident.affectedCount", "must be -1 (unknown) or a count >= 0");
    }
    Checks.notNull(role, "incident.role");
    affected = Checks.copyOf(affected, "incident.affected");
    if (Set.copyOf(affected).size() != affected.size()) {
      throw new InvalidValueException("incident.affected", "lists an alumnus twice");
    }
    if (affectedCount >= 0 && affected.size() > affectedCount) {
      throw new InvalidValueException("incident.affected", "lists more alumni than incident.affectedCount");
    }
  }

  /**
   * Starts a builder for an operator's incident with nothing known but the awareness time.
   *
   * @param tenant the tenant
   * @param id the incident id
   * @param awareAt when the operator became aware
   * @return the builder
   */
  public static Builder builder(TenantId tenant, String id, Instant awareAt) {
    return new Builder(tenant, id, awareAt);
  }

  /**
   * Returns the affected count.
   *
   * @return the count, or empty when unknown
   */
  public OptionalLong count() {
    return affectedCount < 0 ? OptionalLong.empty() : OptionalLong.of(affectedCount);
  }

  /**
   * Returns when a processor notified the operator.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> operatorNotified() {
    return Optional.ofNullable(operatorNotifiedAt);
  }

  @Override
  public String toString() {
    return "Incident[" + tenant + "/" + id + ", awareAt=" + awareAt + ", " + likelihood
        + ", count=" + affectedCount + ", role=" + role + "]";
  }

  /** Builds an {@link Incident}. */
  public static final class Builder {
    private final TenantId tenant;
    private final String id;
    private final Instant awareAt;
    private Likelihood likelihood = Likelihood.PROBABLE;
    private boolean special;
    private boolean financial;
    private boolean unlawful;
    private long count = -1;
    private Boolean encryption;
    private HandlerRole role = HandlerRole.OPERATOR;
    private Instant operatorNotifiedAt;
    private List<AlumnusId> affected = List.of();
    private boolean pseudonymisedOnly;

    private Builder(TenantId tenant, String id, Instant awareAt) {
      this.tenant = tenant;
      this.id = id;
      this.awareAt = awareAt;
    }

    /**
     * Sets the likelihood.
     *
     * @param value the likelihood
     * @return this builder
     */
    public Builder likelihood(Likelihood value) {
      this.likelihood = value;
      return this;
    }

    /**
     * Marks special care-required information as involved.
     *
     * @param value whether involved
     * @return this builder
     */
    public Builder specialCareRequired(boolean value) {
      this.special = value;
      return this;
    }

    /**
     * Marks data with a risk of financial loss as involved.
     *
     * @param value whether involved
     * @return this builder
     */
    public Builder financialLossRisk(boolean value) {
      this.financial = value;
      return this;
    }

    /**
     * Marks a possible act with an unlawful purpose.
     *
     * @param value whether possible
     * @return this builder
     */
    public Builder unlawfulPurpose(boolean value) {
      this.unlawful = value;
      return this;
    }

    /**
     * Sets the number of affected persons.
     *
     * @param value the count, or -1 if unknown
     * @return this builder
     */
    public Builder affectedCount(long value) {
      this.count = value;
      return this;
    }

    /**
     * Sets whether advanced encryption was applied.
     *
     * @param value true, false, or null if unknown
     * @return this builder
     */
    public Builder strongEncryption(Boolean value) {
      this.encryption = value;
      return this;
    }

    /**
     * Marks the assessor as a processor and records when it notified the operator.
     *
     * @param notifiedAt when it notified the entrusting operator, or null if it has not
     * @return this builder
     */
    public Builder asProcessor(Instant notifiedAt) {
      this.role = HandlerRole.PROCESSOR;
      this.operatorNotifiedAt = notifiedAt;
      return this;
    }

    /**
     * Sets the alumni known to be affected.
     *
     * @param value the alumni
     * @return this builder
     */
    public Builder affected(List<AlumnusId> value) {
      this.affected = value;
      return this;
    }

    /**
     * Marks that only pseudonymised information was involved.
     *
     * @param value whether so
     * @return this builder
     */
    public Builder pseudonymisedOnly(boolean value) {
      this.pseudonymisedOnly = value;
      return this;
    }

    /**
     * Builds the incident.
     *
     * @return the incident
     * @throws InvalidValueException naming the field if a value is invalid
     */
    public Incident build() {
      return new Incident(tenant, id, awareAt, likelihood, special, financial, unlawful, count,
          encryption, role, operatorNotifiedAt, affected, pseudonymisedOnly);
    }
  }
}
