package org.alumnisdk.consent.decision;

import org.alumnisdk.core.Checks;

/**
 * Something the operator must do because of a decision: make a record, notify, publish, file.
 *
 * @param kind what must be done
 * @param article the article that imposes it
 * @param detail a short explanation without personal data
 * @since 0.1.0
 */
public record Obligation(Kind kind, ArticleRef article, String detail) {

  /** The kinds of obligation a decision can carry. */
  public enum Kind {
    /** Make a provider's record of the provision (Art. 29). */
    MAKE_PROVISION_RECORD,
    /** Record the confirmation of the recipient's consent for personally referable info (Art. 31(3)). */
    MAKE_ART31_CONFIRMATION_RECORD,
    /** Notify the person of, or publish, the purpose of use (Art. 21). */
    NOTIFY_OR_PUBLISH_PURPOSE,
    /** Obtain the person's consent (Arts. 18, 20(2), 27(1), 28(1)). */
    OBTAIN_CONSENT,
    /** Give the joint-use notice beforehand (Art. 27(5)(iii)). */
    GIVE_JOINT_USE_NOTICE,
    /** Give the opt-out notice and file it with the PPC (Art. 27(2)). */
    FILE_OPT_OUT_WITH_PPC,
    /** Stop providing at once when the person asks (Art. 27(2)). */
    HONOUR_OPT_OUT_STOP_REQUESTS,
    /** Supervise the entrusted person (Art. 25). */
    SUPERVISE_PROCESSOR,
    /** Keep the use within the purpose before the succession (Art. 18(2)). */
    LIMIT_TO_PRE_SUCCESSION_PURPOSE,
    /** Ensure the foreign recipient keeps its conforming system; inform on request (Art. 28(3)). */
    MONITOR_FOREIGN_RECIPIENT,
    /** Give the Art. 28(2) information before asking for consent (Art. 28(2)). */
    GIVE_ART28_INFORMATION,
    /** Keep the justification of the statutory exception relied on. */
    DOCUMENT_EXCEPTION,
    /** Publish the categories and method of provision of anonymised information (Art. 43(3)-(4)). */
    PUBLISH_ANONYMISED_CATEGORIES,
    /** Tell the recipient explicitly that the information is anonymised (Arts. 43(4), 44). */
    TELL_RECIPIENT_ANONYMISED,
    /** Publish the purpose of use of pseudonymised information (Art. 41(4)). */
    PUBLISH_PSEUDONYMISED_PURPOSE
  }

  /**

   * Validates the obligation.

   *

   * @param kind what must be done

   * @param article the article that imposes it

   * @param detail a short explanation without personal data

   * @throws org.alumnisdk.core.InvalidValueException if a part is missing

   */
  public Obligation {
    Checks.notNull(kind, "obligation.kind");
    Checks.notNull(article, "obligation.article");
    detail = Checks.notBlank(detail, "obligation.detail");
  }

  @Override
  public String toString() {
    return kind + " [" + article + "]";
  }
}
