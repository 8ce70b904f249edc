/**
 * The {@link org.alumnisdk.core.alumnus.Alumnus} aggregate and its values: name with kana readings, contact points, tenures, departure, current situation, skills, languages, willingness and visibility, and the membership lifecycle kept as an event history ({@link org.alumnisdk.core.alumnus.MembershipHistory}). Nothing here prints personal data in {@code toString}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.alumnisdk.core.alumnus;

import org.jspecify.annotations.NullMarked;
