package org.alumnisdk.core.inmemory;

import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.mentoring.MentorshipProgram;
import org.alumnisdk.core.spi.MentorshipProgramRepository;

/**
 * A thread-safe in-memory {@link MentorshipProgramRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryMentorshipProgramRepository extends TableRepository<ProgramId, MentorshipProgram>
    implements MentorshipProgramRepository {
  /** Creates an empty store. */
  public InMemoryMentorshipProgramRepository() {
    super("MentorshipProgram", null);
  }
}
