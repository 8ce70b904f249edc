package org.alumnisdk.consent.decision;

import java.util.List;
import java.util.function.BiFunction;
import org.alumnisdk.core.Checks;

/**
 * A named rule that judges a request under a rule set. Rules are composed by the
 * {@link DecisionEngine}: every applicable rule must be satisfied, and every unsatisfied rule's
 * reasons are collected, not only the first.
 *
 * @since 0.1.0
 */
public interface DecisionPolicy {

  /**
   * Returns the rule's name, used in reasons.
   *
   * @return the name
   */
  String name();

  /**
   * Judges a request.
   *
   * @param request the request
   * @param rules the rule set in force
   * @return the result
   */
  RuleResult evaluate(DecisionRequest request, RuleSet rules);

  /**
   * Creates a named policy from a function.
   *
   * @param name the name
   * @param rule the function
   * @return the policy
   * @throws org.alumnisdk.core.InvalidValueException if the name is blank or the rule null
   */
  static DecisionPolicy of(String name, BiFunction<DecisionRequest, RuleSet, RuleResult> rule) {
    String n = Checks.notBlank(name, "policy.name");
    Checks.notNull(rule, "policy.rule");
    return new DecisionPolicy() {
      @Override
      public String name() {
        return n;
      }

      @Override
      public RuleResult evaluate(DecisionRequest request, RuleSet rules) {
        return rule.apply(request, rules);
      }

      @Override
      public String toString() {
        return "DecisionPolicy[" + n + "]";
      }
    };
  }

  /**
   * Returns the APPI policies of the 2022 rule set, in evaluation order.
   *
   * @return the policies
   */
  static List<DecisionPolicy> appi2022() {
    return AppiPolicies.ALL;
  }
}
