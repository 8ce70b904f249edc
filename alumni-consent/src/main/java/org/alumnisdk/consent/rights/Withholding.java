package org.alumnisdk.consent.rights;

import org.alumnisdk.core.Checks;

/**
 * A part of a disclosure that is withheld, with its ground (Art. 33(2)) and the explanation for the
 * person (Art. 36). Items are matched by prefix ({@code departure.} withholds every departure item).
 *
 * @param itemPrefix the item or item prefix withheld
 * @param ground the ground
 * @param explanation the explanation given to the person
 * @since 0.1.0
 */
public record Withholding(String itemPrefix, Ground ground, String explanation) {

  /** The grounds for not disclosing (Art. 33(2)). */
  public enum Ground {
    /** Disclosure may harm the life, body, property or other rights of the person or a third party (Art. 33(2)(i)). */
    HARM_TO_PERSON_OR_OTHERS("Art.33(2)(i)"),
    /** Disclosure may seriously interfere with the proper conduct of the operator's business (Art. 33(2)(ii)). */
    SERIOUS_BUSINESS_INTERFERENCE("Art.33(2)(ii)"),
    /** Disclosure would breach other laws (Art. 33(2)(iii)). */
    VIOLATES_OTHER_LAWS("Art.33(2)(iii)");

    private final String article;

    Ground(String article) {
      this.article = article;
    }

    /**
     * Returns the article.
     *
     * @return e.g. {@code Art.33(2)(ii)}
     */
    public String article() {
      return article;
    }
  }

  /**

   * Validates.

   *

   * @param itemPrefix the item or item prefix withheld

   * @param ground the ground

   * @param explanation the explanation given to the person

   * @throws org.alumnisdk.core.InvalidValueException if a part is missing

   */
  public Withholding {
    itemPrefix = Checks.notBlank(itemPrefix, "withholding.itemPrefix");
    Checks.notNull(ground, "withholding.ground");
    explanation = Checks.notBlank(explanation, "withholding.explanation");
  }

  @Override
  public String toString() {
    return "Withholding[" + itemPrefix + ", " + ground + "]";
  }
}
