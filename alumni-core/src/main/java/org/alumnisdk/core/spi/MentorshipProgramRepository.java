package org.alumnisdk.core.spi;

import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.mentoring.MentorshipProgram;

/**
 * Port: stores mentoring programmes. Every call is scoped to one tenant; nothing returns another tenant's data.
 *
 * <p>Hosts must guarantee what {@link VersionedRepository} states: atomic, version-checked saves,
 * finders that never return {@code null}, lists ordered by id, thread safety. Experimental SPI
 * until 1.0.
 *
 * @since 0.1.0
 */
public interface MentorshipProgramRepository extends VersionedRepository<ProgramId, MentorshipProgram> {
}
