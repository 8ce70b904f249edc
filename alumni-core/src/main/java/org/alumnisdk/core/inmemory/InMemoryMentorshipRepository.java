package org.alumnisdk.core.inmemory;

import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.MentorshipId;
import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.mentoring.Mentorship;
import org.alumnisdk.core.spi.MentorshipRepository;

/**
 * A thread-safe in-memory {@link MentorshipRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryMentorshipRepository extends TableRepository<MentorshipId, Mentorship>
    implements MentorshipRepository {
  /** Creates an empty store. */
  public InMemoryMentorshipRepository() {
    super("Mentorship", null);
  }

  @Override
  public List<Mentorship> findByProgram(TenantId tenant, ProgramId program) {
    Checks.notNull(program, "program");
    return table.select(tenant, m -> m.program().equals(program));
  }

  @Override
  public List<Mentorship> findByParticipant(TenantId tenant, AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    return table.select(tenant, m -> m.mentor().equals(alumnus) || m.mentee().equals(alumnus));
  }
}
