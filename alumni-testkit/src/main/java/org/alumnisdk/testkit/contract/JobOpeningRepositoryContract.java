package org.alumnisdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.opening.JobOpening;
import org.alumnisdk.core.spi.JobOpeningRepository;
import org.alumnisdk.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link JobOpeningRepository}. Extend it with {@link #create()} returning your adapter; the
 * in-memory store passes it.
 *
 * @since 0.1.0
 */
public abstract class JobOpeningRepositoryContract extends VersionedRepositoryContract<OpeningId, JobOpening> {
  /** Creates the contract. */
  protected JobOpeningRepositoryContract() {}

  @Override
  protected abstract JobOpeningRepository create();

  @Override
  protected JobOpening sample(TenantId tenant, int n) {
    return Fixtures.opening(tenant, n);
  }

  @Override
  protected JobOpening modify(JobOpening stored) {
    return new JobOpening(stored.id(), stored.tenant(), stored.title(), stored.jobFamily(), stored.skills(),
        stored.seniority(), stored.location(), stored.remote(), stored.languages(), stored.employmentType(),
        stored.opens(), stored.closes().plusDays(1), stored.referralRewardYen(), stored.version());
  }
  @Test
  void findsOpeningsOpenOnADay() {
    JobOpeningRepository repo = create();
    JobOpening a = repo.save(Fixtures.opening(TENANT_A, 1));
    repo.save(Fixtures.opening(TENANT_B, 2));
    assertThat(repo.findOpenOn(TENANT_A, LocalDate.of(2026, 4, 15))).containsExactly(a);
    assertThat(repo.findOpenOn(TENANT_A, LocalDate.of(2026, 5, 1))).isEmpty();
  }
}
