package org.alumnisdk.consent.rights;

/**
 * The kinds of data-subject request (Arts. 32-35).
 *
 * @since 0.1.0
 */
public enum RequestKind {
  /** Notification of the purposes of use of the person's retained personal data (Art. 32(2)). */
  PURPOSE_NOTIFICATION("Art.32(2)"),
  /** Disclosure of retained personal data, in the electronic form asked for (Art. 33). */
  DISCLOSURE("Art.33"),
  /** Correction, addition or deletion of untrue content (Art. 34). */
  CORRECTION("Art.34"),
  /** Cessation of use (Art. 35(1), (5)). */
  CESSATION_OF_USE("Art.35"),
  /** Deletion (Art. 35(1), (5)). */
  DELETION("Art.35"),
  /** Cessation of third-party provision (Art. 35(3), (5)). */
  CESSATION_OF_PROVISION("Art.35");

  private final String article;

  RequestKind(String article) {
    this.article = article;
  }

  /**
   * Returns the article the request rests on.
   *
   * @return e.g. {@code Art.33}
   */
  public String article() {
    return article;
  }

  /**
   * Says whether the request is an Art. 35 request that needs a ground.
   *
   * @return true for cessation of use, deletion and cessation of provision
   */
  public boolean needsGround() {
    return this == CESSATION_OF_USE || this == DELETION || this == CESSATION_OF_PROVISION;
  }
}
