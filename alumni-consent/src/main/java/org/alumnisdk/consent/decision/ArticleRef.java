package org.alumnisdk.consent.decision;

import org.alumnisdk.core.Checks;

/**
 * A reference to an article of the law in a given rule-set version, printed as
 * {@code APPI@2022-04-01:Art.27(1)}.
 *
 * @param lawVersion the rule-set version, e.g. {@code APPI@2022-04-01}
 * @param article the article, e.g. {@code Art.27(1)}
 * @since 0.1.0
 */
public record ArticleRef(String lawVersion, String article) {
  /**
   * Validates the reference.
   *
   * @param lawVersion the rule-set version, e.g. {@code APPI@2022-04-01}
   * @param article the article, e.g. {@code Art.27(1)}
   * @throws org.alumnisdk.core.InvalidValueException if a part is blank
   */
  public ArticleRef {
    lawVersion = Checks.notBlank(lawVersion, "articleRef.lawVersion");
    article = Checks.notBlank(article, "articleRef.article");
  }

  @Override
  public String toString() {
    return lawVersion + ":" + article;
  }
}
