/**
 * Stable matching on int indexes: many-to-one deferred acceptance with capacities ({@link
 * org.alumnisdk.matching.stable.DeferredAcceptance} over an {@link
 * org.alumnisdk.matching.stable.HrInstance}, result {@link org.alumnisdk.matching.stable.HrMatching}
 * with blocking-pair verification) and Irving's stable roommates ({@link
 * org.alumnisdk.matching.stable.StableRoommates}, result {@link
 * org.alumnisdk.matching.stable.RoommatesOutcome}, which may be "no stable matching").
 */
@NullMarked
package org.alumnisdk.matching.stable;

import org.jspecify.annotations.NullMarked;
