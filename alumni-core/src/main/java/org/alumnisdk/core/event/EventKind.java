package org.alumnisdk.core.event;

/**
 * The kind of an alumni event.
 *
 * @since 0.1.0
 */
public enum EventKind {
  /** A seminar or talk on site. */
  SEMINAR,
  /** An informal meetup on site. */
  MEETUP,
  /** An online-only event (webinar). */
  ONLINE,
  /** On site with online participation. */
  HYBRID
}
