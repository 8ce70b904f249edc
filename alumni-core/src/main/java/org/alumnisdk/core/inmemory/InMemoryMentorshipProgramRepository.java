package org.alumnisdk.core.inmemory;

import java.util.Optional;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.internal.VersionedTable;
import org.alumnisdk.core.mentoring.MentorshipProgram;
import org.alumnisdk.core.spi.MentorshipProgramRepository;

/**
 * A thread-safe in-memory {@link MentorshipProgramRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryMentorshipProgramRepository implements MentorshipProgramRepository {
  private final VersionedTable<ProgramId, MentorshipProgram> table = new VersionedTable<>("MentorshipProgram", null);

  /** Creates an empty store. */
  public InMemoryMentorshipProgramRepository() {}

  @Override
  public Optional<MentorshipProgram> findById(TenantId tenant, ProgramId id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<MentorshipProgram> findAll(TenantId tenant, PageRequest page) {
    return table.page(tenant, page);
  }

  @Override
  public MentorshipProgram save(MentorshipProgram aggregate) {
    return table.save(aggregate);
  }

  @Override
  public boolean delete(TenantId tenant, ProgramId id, long expectedVersion) {
    return table.delete(tenant, id, expectedVersion);
  }

  @Override
  public long count(TenantId tenant) {
    return table.count(tenant);
  }


  @Override
  public String toString() {
    return "InMemoryMentorshipProgramRepository";
  }
}
