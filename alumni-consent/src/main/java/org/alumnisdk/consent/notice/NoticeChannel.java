package org.alumnisdk.consent.notice;

/**
 * How a notice was shown to a person or made public.
 *
 * @since 0.1.0
 */
public enum NoticeChannel {
  /** A web form shown before submission (exit form, sign-up form). */
  WEB_FORM,
  /** A mobile or desktop application screen. */
  APP,
  /** An e-mail. */
  EMAIL,
  /** A paper document handed over or posted. */
  PAPER,
  /** Read out or handed over in person, with a record. */
  IN_PERSON,
  /** Published (website, public page) rather than shown to one person. */
  PUBLICATION
}
