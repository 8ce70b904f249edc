package org.alumnisdk.consent.notice;

/**
 * The kinds of notice and publication APPI relies on, each with the article behind it.
 *
 * @since 0.1.0
 */
public enum NoticeType {
  /** The operator's privacy policy (carries the Art. 21(1) publication of purposes). */
  PRIVACY_POLICY("APPI@2022-04-01:Art.21(1)"),
  /** The purpose stated explicitly before collecting directly from the person (Art. 21(2)). */
  COLLECTION_PURPOSE_NOTICE("APPI@2022-04-01:Art.21(2)"),
  /** The joint-use notice: items, users, purpose, responsible party (Art. 27(5)(iii)). */
  JOINT_USE_NOTICE("APPI@2022-04-01:Art.27(5)(iii)"),
  /** The opt-out notice, filed with the PPC before provision (Art. 27(2)). */
  OPT_OUT_NOTICE("APPI@2022-04-01:Art.27(2)"),
  /** Information on the foreign country, its protection system and the recipient (Art. 28(2)). */
  FOREIGN_TRANSFER_INFORMATION("APPI@2022-04-01:Art.28(2)"),
  /** The public statement on retained personal data (Art. 32(1)). */
  PUBLIC_STATEMENT("APPI@2022-04-01:Art.32(1)"),
  /** Publication of the purpose of pseudonymised information (Art. 41(4)). */
  PSEUDONYMISED_PUBLICATION("APPI@2022-04-01:Art.41(4)"),
  /** Publication of the items of anonymised information produced or provided (Art. 43(3)-(4)). */
  ANONYMISED_PUBLICATION("APPI@2022-04-01:Art.43(3)");

  private final String article;

  NoticeType(String article) {
    this.article = article;
  }

  /**
   * The article that requires this notice, with the law version.
   *
   * @return the article reference
   */
  public String article() {
    return article;
  }

  /**
   * Whether a notice of this type must carry a PPC filing reference (only the opt-out notice).
   *
   * @return true for {@link #OPT_OUT_NOTICE}
   */
  public boolean requiresPpcFiling() {
    return this == OPT_OUT_NOTICE;
  }
}
