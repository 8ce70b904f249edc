package org.alumnisdk.matching.mentor;

import org.alumnisdk.core.AlumnusId;

/**
 * A participant kept out of matching by the purpose gate (no consent to mentoring).
 *
 * @param id the participant
 * @param role mentor or mentee
 * @param reason the gate's reason
 * @since 0.1.0
 */
public record Exclusion(AlumnusId id, Role role, String reason) {}
