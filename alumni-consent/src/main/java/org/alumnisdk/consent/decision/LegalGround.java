package org.alumnisdk.consent.decision;

import java.util.Optional;

/**
 * The statutory exceptions that lift a consent requirement, with the item they have in each article.
 * Arts. 18(3), 20(2) and 27(1) share most grounds but number them differently; a ground that an
 * article does not list cannot be relied on under it.
 *
 * @since 0.1.0
 */
public enum LegalGround {
  /** Based on laws and regulations. */
  LAWS_AND_REGULATIONS("i", "i", "i"),
  /** Needed to protect life, body or property and consent is hard to obtain. */
  LIFE_BODY_PROPERTY("ii", "ii", "ii"),
  /** Specially needed for public health or the healthy development of children, consent hard to obtain. */
  PUBLIC_HEALTH_OR_CHILDREN("iii", "iii", "iii"),
  /** Cooperation with a public body, where asking would hinder its duties. */
  PUBLIC_BODY_COOPERATION("iv", "iv", "iv"),
  /** Academic research by or with an academic research institution. */
  ACADEMIC_RESEARCH("v)-(vi", "v)-(vi", "v)-(vii"),
  /** Made public by the person, a public body, the press or others listed (Art. 20(2)(vii) only). */
  MADE_PUBLIC(null, "vii", null),
  /** Other cases set by Cabinet Order (Art. 20(2)(viii) only). */
  CABINET_ORDER_CASE(null, "viii", null);

  private final String art18;
  private final String art20;
  private final String art27;

  LegalGround(String art18, String art20, String art27) {
    this.art18 = art18;
    this.art20 = art20;
    this.art27 = art27;
  }

  /**
   * Returns the article item for this ground in Art. 18(3).
   *
   * @return e.g. {@code Art.18(3)(ii)}, or empty if Art. 18(3) does not list it
   */
  public Optional<String> underArt18() {
    return Optional.ofNullable(art18).map(i -> "Art.18(3)(" + i + ")");
  }

  /**
   * Returns the article item for this ground in Art. 20(2).
   *
   * @return e.g. {@code Art.20(2)(vii)}, or empty if Art. 20(2) does not list it
   */
  public Optional<String> underArt20() {
    return Optional.ofNullable(art20).map(i -> "Art.20(2)(" + i + ")");
  }

  /**
   * Returns the article item for this ground in Art. 27(1).
   *
   * @return e.g. {@code Art.27(1)(i)}, or empty if Art. 27(1) does not list it
   */
  public Optional<String> underArt27() {
    return Optional.ofNullable(art27).map(i -> "Art.27(1)(" + i + ")");
  }
}
