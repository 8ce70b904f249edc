package org.alumnisdk.core.inmemory;

import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.MentorshipId;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.internal.VersionedTable;
import org.alumnisdk.core.mentoring.Mentorship;
import org.alumnisdk.core.spi.MentorshipRepository;

/**
 * A thread-safe in-memory {@link MentorshipRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryMentorshipRepository implements MentorshipRepository {
  private final VersionedTable<MentorshipId, Mentorship> table = new VersionedTable<>("Mentorship", null);

  /** Creates an empty store. */
  public InMemoryMentorshipRepository() {}

  @Override
  public Optional<Mentorship> findById(TenantId tenant, MentorshipId id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<Mentorship> findAll(TenantId tenant, PageRequest page) {
    return table.page(tenant, page);
  }

  @Override
  public Mentorship save(Mentorship aggregate) {
    return table.save(aggregate);
  }

  @Override
  public boolean delete(TenantId tenant, MentorshipId id, long expectedVersion) {
    return table.delete(tenant, id, expectedVersion);
  }

  @Override
  public long count(TenantId tenant) {
    return table.count(tenant);
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

  @Override
  public String toString() {
    return "InMemoryMentorshipRepository";
  }
}
