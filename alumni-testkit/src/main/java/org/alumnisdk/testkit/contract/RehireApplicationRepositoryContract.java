package org.alumnisdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.alumnisdk.core.ApplicationId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.rehire.RehireApplication;
import org.alumnisdk.core.rehire.RehireStage;
import org.alumnisdk.core.spi.RehireApplicationRepository;
import org.alumnisdk.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link RehireApplicationRepository}. Extend it with {@link #create()} returning your adapter; the
 * in-memory store passes it.
 *
 * @since 0.1.0
 */
public abstract class RehireApplicationRepositoryContract extends VersionedRepositoryContract<ApplicationId, RehireApplication> {
  /** Creates the contract. */
  protected RehireApplicationRepositoryContract() {}

  @Override
  protected abstract RehireApplicationRepository create();

  @Override
  protected RehireApplication sample(TenantId tenant, int n) {
    return Fixtures.rehireApplication(tenant, n);
  }

  @Override
  protected RehireApplication modify(RehireApplication stored) {
    return stored.stage().isOpen() && stored.stage() != RehireStage.OFFERED ? stored.moveTo(stored.stage().next().stream().filter(s -> s != RehireStage.REJECTED && s != RehireStage.WITHDRAWN).findFirst().orElseThrow(), Fixtures.T0) : new RehireApplication(stored.id(), stored.tenant(), stored.alumnus(), org.alumnisdk.core.OpeningId.of(toggled(stored.opening().value())), stored.history(), stored.version());
  }
  /** Adds or removes a trailing "x", so that repeated changes stay within any column size. */
  private static String toggled(String id) {
    return id.endsWith("x") ? id.substring(0, id.length() - 1) : id + "x";
  }

  @Test
  void findsByAlumnus() {
    RehireApplicationRepository repo = create();
    RehireApplication a1 = repo.save(Fixtures.rehireApplication(TENANT_A, 1));
    RehireApplication a5 = repo.save(Fixtures.rehireApplication(TENANT_A, 5));
    repo.save(Fixtures.rehireApplication(TENANT_A, 2));
    repo.save(Fixtures.rehireApplication(TENANT_B, 1));
    assertThat(repo.findByAlumnus(TENANT_A, a1.alumnus())).containsExactly(a1, a5);
  }
}
