package org.alumnisdk.consent.decision;

import org.alumnisdk.core.Checks;

/**
 * One reason behind a decision: which policy produced it, the article it rests on, and a text a
 * compliance officer can read. Texts never contain personal data.
 *
 * @param policy the name of the policy that produced the reason
 * @param article the article, with the rule-set version
 * @param text the explanation
 * @since 0.1.0
 */
public record Reason(String policy, ArticleRef article, String text) {
  /**
   * Validates the reason.
   *
   * @param policy the name of the policy that produced the reason
   * @param article the article, with the rule-set version
   * @param text the explanation
   * @throws org.alumnisdk.core.InvalidValueException if a part is missing
   */
  public Reason {
    policy = Checks.notBlank(policy, "reason.policy");
    Checks.notNull(article, "reason.article");
    text = Checks.notBlank(text, "reason.text");
  }

  @Override
  public String toString() {
    return "[" + article + "] " + text;
  }
}
