package org.alumnisdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.alumnisdk.core.MentorshipId;
import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.mentoring.Mentorship;
import org.alumnisdk.core.spi.MentorshipRepository;
import org.alumnisdk.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link MentorshipRepository}. Extend it with {@link #create()} returning your adapter; the
 * in-memory store passes it.
 *
 * @since 0.1.0
 */
public abstract class MentorshipRepositoryContract extends VersionedRepositoryContract<MentorshipId, Mentorship> {
  /** Creates the contract. */
  protected MentorshipRepositoryContract() {}

  @Override
  protected abstract MentorshipRepository create();

  @Override
  protected Mentorship sample(TenantId tenant, int n) {
    return Fixtures.mentorship(tenant, n);
  }

  @Override
  protected Mentorship modify(Mentorship stored) {
    return new Mentorship(stored.id(), stored.tenant(), ProgramId.of(toggled(stored.program().value())), stored.mentor(), stored.mentee(), stored.history(), stored.version());
  }
  /** Adds or removes a trailing "x", so that repeated changes stay within any column size. */
  private static String toggled(String id) {
    return id.endsWith("x") ? id.substring(0, id.length() - 1) : id + "x";
  }

  @Test
  void findsByProgramAndParticipant() {
    MentorshipRepository repo = create();
    Mentorship m0 = repo.save(Fixtures.mentorship(TENANT_A, 0));
    Mentorship m2 = repo.save(Fixtures.mentorship(TENANT_A, 2));
    Mentorship m3 = repo.save(Fixtures.mentorship(TENANT_A, 3));
    repo.save(Fixtures.mentorship(TENANT_B, 0));
    assertThat(repo.findByProgram(TENANT_A, m0.program())).containsExactly(m0, m2);
    assertThat(repo.findByParticipant(TENANT_A, m0.mentor())).containsExactly(m0, m3);
    assertThat(repo.findByParticipant(TENANT_A, m2.mentee())).containsExactly(m2);
  }
}
