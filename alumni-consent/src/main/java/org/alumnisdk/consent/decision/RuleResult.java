package org.alumnisdk.consent.decision;

import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * What one policy says about a request: it does not apply, it is satisfied (with the basis and the
 * duties that follow), or it is not satisfied (with a verdict, reasons and missing facts).
 *
 * @since 0.1.0
 */
public sealed interface RuleResult
    permits RuleResult.NotApplicable, RuleResult.Satisfied, RuleResult.Unsatisfied {

  /** The policy does not concern this request. */
  record NotApplicable() implements RuleResult {}

  /**
   * The policy is satisfied.
   *
   * @param reasons the legal basis relied on
   * @param obligations the duties that follow
   */
  record Satisfied(List<Reason> reasons, List<Obligation> obligations) implements RuleResult {
    /**
     * Copies the lists.
     *
     * @param reasons the legal basis relied on
     * @param obligations the duties that follow
     */
    public Satisfied {
      reasons = List.copyOf(reasons);
      obligations = List.copyOf(obligations);
    }
  }

  /**
   * The policy is not satisfied.
   *
   * @param verdict what it asks for: {@code REQUIRE_NOTICE}, {@code REQUIRE_CONSENT} or {@code DENY}
   * @param reasons why
   * @param missingFacts the facts it needed but did not have (non-empty only with {@code DENY})
   * @param remedies what would lift the block
   */
  record Unsatisfied(
      Verdict verdict, List<Reason> reasons, List<FactName> missingFacts, List<Obligation> remedies)
      implements RuleResult {
    /**
     * Validates and copies.
     * come with a verdict other than DENY
     *
     * @param verdict what it asks for: {@code REQUIRE_NOTICE}, {@code REQUIRE_CONSENT} or {@code DENY}
     * @param reasons why
     * @param missingFacts the facts it needed but did not have (non-empty only with {@code DENY})
     * @param remedies what would lift the block
     * @throws InvalidValueException if the verdict is PERMIT, there is no reason, or missing facts
     */
    public Unsatisfied {
      Checks.notNull(verdict, "verdict");
      if (verdict == Verdict.PERMIT) {
        throw new InvalidValueException("verdict", "an unsatisfied rule cannot permit");
      }
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new InvalidValueException("reasons", "an unsatisfied rule must give a reason");
      }
      missingFacts = List.copyOf(missingFacts);
      if (!missingFacts.isEmpty() && verdict != Verdict.DENY) {
        throw new InvalidValueException("missingFacts", "missing facts fail closed: verdict must be DENY");
      }
      remedies = List.copyOf(remedies);
    }
  }

  /**
   * Returns the shared not-applicable result.
   *
   * @return the result
   */
  static RuleResult notApplicable() {
    return new NotApplicable();
  }
}
