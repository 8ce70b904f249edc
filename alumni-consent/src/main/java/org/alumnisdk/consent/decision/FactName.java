package org.alumnisdk.consent.decision;

/**
 * The facts a decision request can carry. Each is a tri-state {@link Fact}: known true, known false
 * or unknown. A rule that needs an unknown fact denies and names it.
 *
 * @since 0.1.0
 */
public enum FactName {
  /** The purpose of the request is within the specified purposes of use of the data (Arts. 17, 18(1)). */
  WITHIN_SPECIFIED_PURPOSE,
  /** That purpose was notified to the person or published (Art. 21). */
  PURPOSE_NOTIFIED,
  /** Each person consented to the use for this purpose (Art. 18(1)). */
  CONSENT_FOR_PURPOSE,
  /** The data came to the operator through a merger or other succession (Art. 18(2)). */
  ACQUIRED_BY_SUCCESSION,
  /** The use stays within the purpose of use before the succession (Art. 18(2)). */
  WITHIN_PRE_SUCCESSION_PURPOSE,
  /** Each person consented to the acquisition of special care-required information (Art. 20(2)). */
  CONSENT_TO_ACQUIRE_SPECIAL_CARE,
  /** The data was, or would be, acquired by deception or other wrongful means (Art. 20(1)). */
  ACQUIRED_IMPROPERLY,
  /** The data is collected directly from the person in a written or electronic document (Art. 21(2)). */
  DIRECT_WRITTEN_COLLECTION,
  /** Each person consented to the provision to this recipient (Art. 27(1)). */
  CONSENT_TO_PROVIDE,
  /** Each person consented to provision abroad after receiving the Art. 28(2) information (Art. 28). */
  FOREIGN_CONSENT_AFTER_ART28_INFO,
  /** The data was itself received by opt-out provision, including copies and processed versions (Art. 27(2)). */
  RECEIVED_BY_OPT_OUT,
  /** A person in the request has asked to stop opt-out provision (Art. 27(2)). */
  OPT_OUT_STOP_REQUESTED,
  /** The country of the recipient (a value of the recipient, named here when it is unknown; Art. 28). */
  RECIPIENT_COUNTRY,
  /** The foreign recipient has a standards-conforming system (Art. 28(1)). */
  RECIPIENT_CONFORMING_SYSTEM,
  /** The recipient is expected to acquire the information as personal data by linking it (Art. 31(1)). */
  RECIPIENT_WILL_LINK,
  /** The recipient's consent of the person was confirmed (Art. 31(1)(i)). */
  ART31_CONSENT_CONFIRMED,
  /** For a foreign recipient, the Art. 28(2)-type information given to the person was confirmed (Art. 31(1)(ii)). */
  ART31_FOREIGN_INFO_CONFIRMED,
  /** The categories and method of provision of anonymised information were published (Art. 43(3)-(4)). */
  ANONYMISED_CATEGORIES_PUBLISHED
}
