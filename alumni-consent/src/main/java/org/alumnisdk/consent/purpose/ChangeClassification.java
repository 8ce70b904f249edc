package org.alumnisdk.consent.purpose;

/**
 * A person's classification of an altered purpose. The SDK never makes this judgement: whether
 * a new purpose keeps "appreciable linkage" (相当の関連性) with the old one is a legal assessment
 * that a human records.
 *
 * @since 0.1.0
 */
public enum ChangeClassification {
  /**
   * Within APPI@2022-04-01 Art. 17(2): the altered purpose keeps appreciable linkage with the
   * original; it must be notified or published (Art. 21(3)), consent is not needed.
   */
  WITHIN_ART_17_2("APPI@2022-04-01:Art.17(2)"),
  /**
   * A new purpose, beyond Art. 17(2): using data already held for it needs the person's prior
   * consent (Art. 18(1)).
   */
  NEW_PURPOSE("APPI@2022-04-01:Art.18(1)");

  private final String article;

  ChangeClassification(String article) {
    this.article = article;
  }

  /**
   * The article reference behind the classification, with the law version.
   *
   * @return for example {@code APPI@2022-04-01:Art.17(2)}
   */
  public String article() {
    return article;
  }
}
