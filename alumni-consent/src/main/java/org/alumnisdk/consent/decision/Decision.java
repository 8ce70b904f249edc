package org.alumnisdk.consent.decision;

import java.util.List;
import org.alumnisdk.core.Checks;

/**
 * The outcome of deciding a processing request: permit, deny, require consent or require notice,
 * each with the reasons (citing articles and the rule-set version) and the obligations that follow.
 *
 * @since 0.1.0
 */
public sealed interface Decision
    permits Decision.Permit, Decision.Deny, Decision.RequireConsent, Decision.RequireNotice {

  /**
   * Returns the verdict.
   *
   * @return the verdict
   */
  Verdict verdict();

  /**
   * Returns the rule-set version the decision was taken under, e.g. {@code APPI@2022-04-01}.
   *
   * @return the version
   */
  String ruleSetVersion();

  /**
   * Returns every reason behind the decision, in policy order.
   *
   * @return the reasons
   */
  List<Reason> reasons();

  /**
   * Returns what the operator must do: on a permit, the duties that follow; otherwise, the steps
   * that would lift the block.
   *
   * @return the obligations
   */
  List<Obligation> obligations();

  /**
   * Says whether the processing may go ahead now.
   *
   * @return true only for {@link Permit}
   */
  default boolean permitted() {
    return verdict() == Verdict.PERMIT;
  }

  /**
   * The processing may go ahead.
   *
   * @param ruleSetVersion the rule-set version
   * @param reasons the reasons (the legal basis relied on)
   * @param obligations the duties that follow (records, notices)
   */
  record Permit(String ruleSetVersion, List<Reason> reasons, List<Obligation> obligations)
      implements Decision {
    /**
     * Validates and copies.
     *
     * @param ruleSetVersion the rule-set version
     * @param reasons the reasons (the legal basis relied on)
     * @param obligations the duties that follow (records, notices)
     * @throws org.alumnisdk.core.InvalidValueException if a part is missing
     */
    public Permit {
      Checks.notBlank(ruleSetVersion, "ruleSetVersion");
      reasons = List.copyOf(reasons);
      obligations = List.copyOf(obligations);
    }

    @Override
    public Verdict verdict() {
      return Verdict.PERMIT;
    }
  }

  /**
   * The processing may not go ahead.
   *
   * @param ruleSetVersion the rule-set version
   * @param reasons every reason, including those of other rules that were not satisfied
   * @param missingFacts the facts that were needed but unknown (empty when the deny is on the merits)
   */
  record Deny(String ruleSetVersion, List<Reason> reasons, List<FactName> missingFacts)
      implements Decision {
    /**
     * Validates and copies.
     *
     * @param ruleSetVersion the rule-set version
     * @param reasons every reason, including those of other rules that were not satisfied
     * @param missingFacts the facts that were needed but unknown (empty when the deny is on the merits)
     * @throws org.alumnisdk.core.InvalidValueException if a part is missing
     */
    public Deny {
      Checks.notBlank(ruleSetVersion, "ruleSetVersion");
      reasons = List.copyOf(reasons);
      missingFacts = List.copyOf(missingFacts);
    }

    @Override
    public Verdict verdict() {
      return Verdict.DENY;
    }

    @Override
    public List<Obligation> obligations() {
      return List.of();
    }
  }

  /**
   * The processing needs the person's consent first.
   *
   * @param ruleSetVersion the rule-set version
   * @param reasons the reasons
   * @param obligations which consents (and prior information) to obtain, and any notices
   */
  record RequireConsent(String ruleSetVersion, List<Reason> reasons, List<Obligation> obligations)
      implements Decision {
    /**
     * Validates and copies.
     *
     * @param ruleSetVersion the rule-set version
     * @param reasons the reasons
     * @param obligations which consents (and prior information) to obtain, and any notices
     * @throws org.alumnisdk.core.InvalidValueException if a part is missing
     */
    public RequireConsent {
      Checks.notBlank(ruleSetVersion, "ruleSetVersion");
      reasons = List.copyOf(reasons);
      obligations = List.copyOf(obligations);
    }

    @Override
    public Verdict verdict() {
      return Verdict.REQUIRE_CONSENT;
    }
  }

  /**
   * The processing needs a notice to be given or published first.
   *
   * @param ruleSetVersion the rule-set version
   * @param reasons the reasons
   * @param obligations which notices to give, publish or file
   */
  record RequireNotice(String ruleSetVersion, List<Reason> reasons, List<Obligation> obligations)
      implements Decision {
    /**
     * Validates and copies.
     *
     * @param ruleSetVersion the rule-set version
     * @param reasons the reasons
     * @param obligations which notices to give, publish or file
     * @throws org.alumnisdk.core.InvalidValueException if a part is missing
     */
    public RequireNotice {
      Checks.notBlank(ruleSetVersion, "ruleSetVersion");
      reasons = List.copyOf(reasons);
      obligations = List.copyOf(obligations);
    }

    @Override
    public Verdict verdict() {
      return Verdict.REQUIRE_NOTICE;
    }
  }
}
