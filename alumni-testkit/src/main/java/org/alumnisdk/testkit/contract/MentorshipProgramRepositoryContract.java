package org.alumnisdk.testkit.contract;

import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.mentoring.MentorshipProgram;
import org.alumnisdk.core.spi.MentorshipProgramRepository;
import org.alumnisdk.testkit.fixtures.Fixtures;

/**
 * Contract of {@link MentorshipProgramRepository}. Extend it with {@link #create()} returning your adapter; the
 * in-memory store passes it.
 *
 * @since 0.1.0
 */
public abstract class MentorshipProgramRepositoryContract extends VersionedRepositoryContract<ProgramId, MentorshipProgram> {
  /** Creates the contract. */
  protected MentorshipProgramRepositoryContract() {}

  @Override
  protected abstract MentorshipProgramRepository create();

  @Override
  protected MentorshipProgram sample(TenantId tenant, int n) {
    return Fixtures.program(tenant, n);
  }

  @Override
  protected MentorshipProgram modify(MentorshipProgram stored) {
    return new MentorshipProgram(stored.id(), stored.tenant(), stored.name(), stored.startsOn(), stored.endsOn(), stored.maxMenteesPerMentor() + 1, stored.version());
  }
}
