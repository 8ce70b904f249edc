package org.alumnisdk.consent.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * A request to decide: who ({@code requester}) wants to do what ({@code action}) with which data
 * categories of which alumni, for which purpose, to which recipient, at which instant, with the facts
 * known about it. Facts not given are unknown.
 *
 * @param tenant the tenant (the operator); every referenced arrangement must belong to it
 * @param at when the processing would happen; selects the rule set in force
 * @param requester who asks (a staff, system or product id; not a name)
 * @param action what is to be done
 * @param purpose the purpose of use
 * @param dataClass the legal class of the data
 * @param categories the data categories concerned, at least one
 * @param subjects the alumni concerned (may be empty for anonymised data)
 * @param recipient the recipient, required for {@link Action#PROVIDE}, otherwise may be null
 * @param exception a recorded statutory exception, or null
 * @param jointUse the joint-use arrangement relied on, or null
 * @param optOut the opt-out set-up relied on, or null
 * @param facts the known facts; absent names are unknown
 * @since 0.1.0
 */
public record DecisionRequest(
    TenantId tenant,
    Instant at,
    String requester,
    Action action,
    PurposeId purpose,
    DataClass dataClass,
    List<DataCategory> categories,
    List<AlumnusId> subjects,
    Recipient recipient,
    ExceptionClaim exception,
    JointUse jointUse,
    OptOutRegistration optOut,
    Map<FactName, Boolean> facts) {

  /**

   * Validates and copies.

   *

   * @param tenant the tenant (the operator); every referenced arrangement must belong to it

   * @param at when the processing would happen; selects the rule set in force

   * @param requester who asks (a staff, system or product id; not a name)

   * @param action what is to be done

   * @param purpose the purpose of use

   * @param dataClass the legal class of the data

   * @param categories the data categories concerned, at least one

   * @param subjects the alumni concerned (may be empty for anonymised data)

   * @param recipient the recipient, required for {@link Action#PROVIDE}, otherwise may be null

   * @param exception a recorded statutory exception, or null

   * @param jointUse the joint-use arrangement relied on, or null

   * @param optOut the opt-out set-up relied on, or null

   * @param facts the known facts; absent names are unknown

   * @throws InvalidValueException naming the field if the request is malformed

   * @throws org.alumnisdk.core.TenantMismatchException if an arrangement belongs to another tenant

   */
  public DecisionRequest {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(at, "at");
    requester = Checks.notBlank(requester, "requester");
    Checks.notNull(action, "action");
    Checks.notNull(purpose, "purpose");
    Checks.notNull(dataClass, "dataClass");
    categories = Checks.copyOf(categories, "categories");
    if (categories.isEmpty()) {
      throw new InvalidValueException("categories", "must name at least one data category");
    }
    subjects = Checks.copyOf(subjects, "subjects");
    if (action == Action.PROVIDE && recipient == null) {
      throw new InvalidValueException("recipient", "is required when the action is PROVIDE");
    }
    if (jointUse != null) {
      Checks.sameTenant(tenant, jointUse.tenant(), "jointUse");
    }
    if (optOut != null) {
      Checks.sameTenant(tenant, optOut.tenant(), "optOut");
    }
    EnumMap<FactName, Boolean> copy = new EnumMap<>(FactName.class);
    Checks.notNull(facts, "facts").forEach((k, v) -> copy.put(Checks.notNull(k, "facts.key"), Checks.notNull(v, "facts." + k)));
    facts = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Returns a fact, known or unknown.
   *
   * @param name the fact
   * @return the fact
   */
  public Fact<Boolean> fact(FactName name) {
    Boolean v = facts.get(name);
    return v == null ? Fact.unknown() : Fact.known(v);
  }

  /**
   * Says whether any category is special care-required.
   *
   * @return true if at least one is
   */
  public boolean hasSpecialCare() {
    return categories.stream().anyMatch(DataCategory::specialCareRequired);
  }

  /**
   * Returns the recipient.
   *
   * @return the recipient, or empty
   */
  public Optional<Recipient> recipientOpt() {
    return Optional.ofNullable(recipient);
  }

  /**
   * Returns the exception claim.
   *
   * @return the claim, or empty
   */
  public Optional<ExceptionClaim> exceptionOpt() {
    return Optional.ofNullable(exception);
  }

  /**
   * Returns a copy with one fact set.
   *
   * @param name the fact
   * @param value its value
   * @return the new request
   */
  public DecisionRequest withFact(FactName name, boolean value) {
    EnumMap<FactName, Boolean> copy = new EnumMap<>(FactName.class);
    copy.putAll(facts);
    copy.put(name, value);
    return new DecisionRequest(tenant, at, requester, action, purpose, dataClass, categories,
        subjects, recipient, exception, jointUse, optOut, copy);
  }

  /**
   * Returns a copy with one fact made unknown.
   *
   * @param name the fact
   * @return the new request
   */
  public DecisionRequest withUnknown(FactName name) {
    EnumMap<FactName, Boolean> copy = new EnumMap<>(FactName.class);
    copy.putAll(facts);
    copy.remove(name);
    return new DecisionRequest(tenant, at, requester, action, purpose, dataClass, categories,
        subjects, recipient, exception, jointUse, optOut, copy);
  }

  /**
   * Returns a copy with one more data category.
   *
   * @param category the category
   * @return the new request
   */
  public DecisionRequest withCategory(DataCategory category) {
    List<DataCategory> more = new ArrayList<>(categories);
    more.add(category);
    return new DecisionRequest(tenant, at, requester, action, purpose, dataClass, more,
        subjects, recipient, exception, jointUse, optOut, facts);
  }

  /**
   * Starts a builder.
   *
   * @param tenant the tenant
   * @param action the action
   * @param purpose the purpose
   * @param at when the processing would happen
   * @return the builder
   */
  public static Builder builder(TenantId tenant, Action action, PurposeId purpose, Instant at) {
    return new Builder(tenant, action, purpose, at);
  }

  @Override
  public String toString() {
    return "DecisionRequest[tenant=" + tenant + ", " + action + " " + dataClass + " for " + purpose
        + ", categories=" + categories.size() + ", subjects=" + subjects.size()
        + (recipient == null ? "" : ", recipient=" + recipient.id()) + ", at=" + at + "]";
  }

  /** Builds a {@link DecisionRequest}; unset facts stay unknown. */
  public static final class Builder {
    private final TenantId tenant;
    private final Action action;
    private final PurposeId purpose;
    private final Instant at;
    private String requester = "system";
    private DataClass dataClass;
    private final List<DataCategory> categories = new ArrayList<>();
    private final List<AlumnusId> subjects = new ArrayList<>();
    private Recipient recipient;
    private ExceptionClaim exception;
    private JointUse jointUse;
    private OptOutRegistration optOut;
    private final EnumMap<FactName, Boolean> facts = new EnumMap<>(FactName.class);

    private Builder(TenantId tenant, Action action, PurposeId purpose, Instant at) {
      this.tenant = tenant;
      this.action = action;
      this.purpose = purpose;
      this.at = at;
    }

    /**
     * Sets who asks.
     *
     * @param requester a staff, system or product id
     * @return this builder
     */
    public Builder requester(String requester) {
      this.requester = requester;
      return this;
    }

    /**
     * Sets the data class.
     *
     * @param dataClass the class
     * @return this builder
     */
    public Builder dataClass(DataClass dataClass) {
      this.dataClass = dataClass;
      return this;
    }

    /**
     * Adds data categories.
     *
     * @param more the categories
     * @return this builder
     */
    public Builder categories(DataCategory... more) {
      categories.addAll(List.of(more));
      return this;
    }

    /**
     * Adds alumni.
     *
     * @param more the alumni
     * @return this builder
     */
    public Builder subjects(AlumnusId... more) {
      subjects.addAll(List.of(more));
      return this;
    }

    /**
     * Sets the recipient.
     *
     * @param recipient the recipient
     * @return this builder
     */
    public Builder recipient(Recipient recipient) {
      this.recipient = recipient;
      return this;
    }

    /**
     * Records a statutory exception.
     *
     * @param exception the claim
     * @return this builder
     */
    public Builder exception(ExceptionClaim exception) {
      this.exception = exception;
      return this;
    }

    /**
     * Sets the joint-use arrangement relied on.
     *
     * @param jointUse the arrangement
     * @return this builder
     */
    public Builder jointUse(JointUse jointUse) {
      this.jointUse = jointUse;
      return this;
    }

    /**
     * Sets the opt-out set-up relied on.
     *
     * @param optOut the set-up
     * @return this builder
     */
    public Builder optOut(OptOutRegistration optOut) {
      this.optOut = optOut;
      return this;
    }

    /**
     * Sets a fact to a known value.
     *
     * @param name the fact
     * @param value its value
     * @return this builder
     */
    public Builder fact(FactName name, boolean value) {
      facts.put(Checks.notNull(name, "fact"), value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws InvalidValueException naming the field if the request is malformed
     */
    public DecisionRequest build() {
      return new DecisionRequest(tenant, at, requester, action, purpose, dataClass, categories,
          subjects, recipient, exception, jointUse, optOut, facts);
    }
  }
}
