/**
 * Mentoring: {@link org.alumnisdk.core.mentoring.MentorshipProgram} and {@link org.alumnisdk.core.mentoring.Mentorship} pairs moving through {@link org.alumnisdk.core.mentoring.MentorshipStatus} (proposed, active, completed, declined, abandoned).
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.mentoring;

import org.jspecify.annotations.NullMarked;
