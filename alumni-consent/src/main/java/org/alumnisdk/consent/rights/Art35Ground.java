package org.alumnisdk.consent.rights;

import java.util.Set;

/**
 * The grounds on which a person may ask to stop use, delete or stop provision (Art. 35), with the
 * paragraph that grants the right and the one that sets the operator's duty.
 *
 * @since 0.1.0
 */
public enum Art35Ground {
  /** Handled beyond the purpose of use in breach of Art. 18 (Art. 35(1)). */
  USED_BEYOND_PURPOSE("Art.35(1)", "Art.35(2)", "handled beyond the purpose of use (Art. 18)"),
  /** Used in a way that risks encouraging unlawful or improper acts, Art. 19 (Art. 35(1)). */
  IMPROPER_USE("Art.35(1)", "Art.35(2)", "used inappropriately (Art. 19)"),
  /** Acquired in breach of Art. 20 (Art. 35(1)). */
  IMPROPERLY_ACQUIRED("Art.35(1)", "Art.35(2)", "acquired improperly (Art. 20)"),
  /** Provided to a third party in breach of Art. 27(1) or Art. 28 (Art. 35(3)). */
  PROVIDED_IN_BREACH("Art.35(3)", "Art.35(4)", "provided in breach of Art. 27(1) or Art. 28"),
  /** The operator no longer needs to use the data (Art. 35(5)); leaving the network brings it into play. */
  NO_LONGER_NEEDED("Art.35(5)", "Art.35(6)", "no longer needed by the operator"),
  /** A reportable breach (Art. 26(1)) concerning the data occurred (Art. 35(5)). */
  REPORTABLE_BREACH("Art.35(5)", "Art.35(6)", "a reportable breach under Art. 26(1) occurred"),
  /** Handling is likely to harm the person's rights or legitimate interests (Art. 35(5)). */
  HARM_TO_RIGHTS("Art.35(5)", "Art.35(6)", "handling is likely to harm the person's rights or legitimate interests");

  private final String right;
  private final String duty;
  private final String description;

  Art35Ground(String right, String duty, String description) {
    this.right = right;
    this.duty = duty;
    this.description = description;
  }

  /**
   * Returns the paragraph granting the right.
   *
   * @return e.g. {@code Art.35(5)}
   */
  public String right() {
    return right;
  }

  /**
   * Returns the paragraph setting the operator's duty to comply.
   *
   * @return e.g. {@code Art.35(6)}
   */
  public String duty() {
    return duty;
  }

  /**
   * Returns a short description.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the request kinds this ground supports: cessation of use and deletion for Art. 35(1),
   * cessation of provision for Art. 35(3), all three for Art. 35(5).
   *
   * @return the kinds
   */
  public Set<RequestKind> supports() {
    return switch (right) {
      case "Art.35(1)" -> Set.of(RequestKind.CESSATION_OF_USE, RequestKind.DELETION);
      case "Art.35(3)" -> Set.of(RequestKind.CESSATION_OF_PROVISION);
      default -> Set.of(RequestKind.CESSATION_OF_USE, RequestKind.DELETION, RequestKind.CESSATION_OF_PROVISION);
    };
  }
}
