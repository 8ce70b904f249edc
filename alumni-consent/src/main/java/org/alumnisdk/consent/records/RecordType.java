package org.alumnisdk.consent.records;

/**
 * The two statutory record kinds.
 *
 * @since 0.1.0
 */
public enum RecordType {
  /** Record of a provision to a third party (APPI@2022-04-01 Art. 29(1)). */
  PROVISION_ART_29("APPI@2022-04-01:Art.29"),
  /** Record of a receipt from a third party, with the confirmations made (Art. 30(1), (3)). */
  RECEIPT_ART_30("APPI@2022-04-01:Art.30");

  private final String article;

  RecordType(String article) {
    this.article = article;
  }

  /**
   * The article that requires the record.
   *
   * @return the article reference with the law version
   */
  public String article() {
    return article;
  }
}
