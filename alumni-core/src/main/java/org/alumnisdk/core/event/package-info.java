/**
 * Alumni events: {@link org.alumnisdk.core.event.Event} (seminar, meetup, online, hybrid) with capacity, RSVPs, a waitlist with promotion and check-in attendance; {@link org.alumnisdk.core.event.RsvpStatus} tells where one alumnus stands.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.event;

import org.jspecify.annotations.NullMarked;
