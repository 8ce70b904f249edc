package org.alumnisdk.core.event;

/**
 * Where one alumnus stands for one event.
 *
 * @since 0.1.0
 */
public enum RsvpStatus {
  /** No RSVP. */
  NONE,
  /** Holds a seat. */
  CONFIRMED,
  /** On the waitlist. */
  WAITLISTED,
  /** Held a seat and checked in: attended. */
  ATTENDED
}
