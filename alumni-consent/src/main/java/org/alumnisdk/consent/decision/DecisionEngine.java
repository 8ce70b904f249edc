package org.alumnisdk.consent.decision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.core.Checks;

/**
 * Decides processing requests under the rule set in force at the time of the processing.
 *
 * <p>Every policy of the rule set is evaluated, then every house rule. The decision is the most severe verdict of the
 * unsatisfied policies (deny, then require consent, then require notice); if all applicable
 * policies are satisfied, it is a permit with their reasons and obligations. A request that no
 * policy covers, a request at a date no rule set covers, and a request lacking a needed fact are
 * denied. Thread-safe and stateless.
 *
 * @since 0.1.0
 */
public final class DecisionEngine {
  private final RuleSets ruleSets;

  private DecisionEngine(RuleSets ruleSets) {
    this.ruleSets = ruleSets;
  }

  /**
   * Creates an engine over the given rule sets.
   *
   * @param ruleSets the rule sets
   * @return the engine
   * @throws org.alumnisdk.core.InvalidValueException if null
   */
  public static DecisionEngine of(RuleSets ruleSets) {
    return new DecisionEngine(Checks.notNull(ruleSets, "ruleSets"));
  }

  /**
   * Creates an engine over the standard rule sets ({@code APPI@2022-04-01}).
   *
   * @return the engine
   */
  public static DecisionEngine standard() {
    return of(RuleSets.standard());
  }

  /**
   * Returns the rule sets.
   *
   * @return the rule sets
   */
  public RuleSets ruleSets() {
    return ruleSets;
  }

  /**
   * Decides a request.
   *
   * @param request the request
   * @return the decision, with reasons citing the rule-set version
   * @throws org.alumnisdk.core.InvalidValueException if the request is null
   */
  public Decision decide(DecisionRequest request) {
    Checks.notNull(request, "request");
    Optional<RuleSet> inForce = ruleSets.inForceAt(request.at());
    if (inForce.isEmpty()) {
      String v = "APPI@none";
      return new Decision.Deny(v, List.of(new Reason("ruleSetSelection", new ArticleRef(v, "Art.16-46"),
          "no rule set of this engine is in force at " + request.at())), List.of());
    }
    return decide(request, inForce.get());
  }

  /**
   * Decides a request under a given rule set (for what-if analysis).
   *
   * @param request the request
   * @param rules the rule set
   * @return the decision
   * @throws org.alumnisdk.core.InvalidValueException if an argument is null
   */
  public static Decision decide(DecisionRequest request, RuleSet rules) {
    Checks.notNull(request, "request");
    Checks.notNull(rules, "rules");
    Verdict verdict = Verdict.PERMIT;
    boolean anyApplicable = false;
    List<Reason> permitReasons = new ArrayList<>();
    List<Obligation> permitObligations = new ArrayList<>();
    List<Reason> blockReasons = new ArrayList<>();
    List<Obligation> remedies = new ArrayList<>();
    Set<FactName> missing = EnumSet.noneOf(FactName.class);
    List<DecisionPolicy> all = new ArrayList<>(rules.policies());
    all.addAll(rules.houseRules());
    int statutory = rules.policies().size();
    for (int i = 0; i < all.size(); i++) {
      DecisionPolicy policy = all.get(i);
      RuleResult result = Checks.notNull(policy.evaluate(request, rules), "policy " + policy.name());
      if (i < statutory && !(result instanceof RuleResult.NotApplicable)) {
        anyApplicable = true;
      }
      if (result instanceof RuleResult.Satisfied s) {
        permitReasons.addAll(s.reasons());
        permitObligations.addAll(s.obligations());
      } else if (result instanceof RuleResult.Unsatisfied u) {
        verdict = verdict.max(u.verdict());
        blockReasons.addAll(u.reasons());
        remedies.addAll(u.remedies());
        missing.addAll(u.missingFacts());
      }
    }
    String v = rules.version();
    if (!anyApplicable) {
      blockReasons.add(0, new Reason("noApplicableRule", rules.cite("Art.16-46"),
          "no rule of " + v + " covers " + request.action() + " of " + request.dataClass()
              + "; denied by default"));
      return new Decision.Deny(v, blockReasons, List.copyOf(missing));
    }
    switch (verdict) {
      case PERMIT:
        return new Decision.Permit(v, permitReasons, distinct(permitObligations));
      case REQUIRE_NOTICE:
        return new Decision.RequireNotice(v, blockReasons, distinct(remedies));
      case REQUIRE_CONSENT:
        return new Decision.RequireConsent(v, blockReasons, distinct(remedies));
      default:
        return new Decision.Deny(v, blockReasons, List.copyOf(missing));
    }
  }

  private static List<Obligation> distinct(List<Obligation> obligations) {
    return obligations.stream().distinct().toList();
  }
}
