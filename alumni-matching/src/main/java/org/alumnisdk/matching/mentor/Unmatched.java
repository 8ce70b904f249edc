package org.alumnisdk.matching.mentor;

import org.alumnisdk.core.AlumnusId;

/**
 * A participant left without a partner, and why.
 *
 * @param id the participant
 * @param role mentee, or mentor with no mentee at all
 * @param reason the reason
 * @param detail a sentence with the specifics (counts and ids, never personal data)
 * @since 0.1.0
 */
public record Unmatched(AlumnusId id, Role role, UnmatchedReason reason, String detail) {}
