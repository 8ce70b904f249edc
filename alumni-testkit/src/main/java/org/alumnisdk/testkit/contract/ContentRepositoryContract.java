package org.alumnisdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.ContentId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.content.Content;
import org.alumnisdk.core.content.InteractionType;
import org.alumnisdk.core.spi.ContentRepository;
import org.alumnisdk.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ContentRepository}. Extend it with {@link #create()} returning your adapter; the
 * in-memory store passes it.
 *
 * @since 0.1.0
 */
public abstract class ContentRepositoryContract extends VersionedRepositoryContract<ContentId, Content> {
  /** Creates the contract. */
  protected ContentRepositoryContract() {}

  @Override
  protected abstract ContentRepository create();

  @Override
  protected Content sample(TenantId tenant, int n) {
    return Fixtures.content(tenant, n);
  }

  @Override
  protected Content modify(Content stored) {
    return stored.record(AlumnusId.of("a-" + stored.interactions().size()), InteractionType.DELIVERED, stored.publishedAt());
  }
  @Test
  void findsContentPublishedInAWindow() {
    ContentRepository repo = create();
    Content c1 = repo.save(Fixtures.content(TENANT_A, 1));
    repo.save(Fixtures.content(TENANT_A, 2));
    repo.save(Fixtures.content(TENANT_B, 1));
    assertThat(repo.findPublishedBetween(TENANT_A, c1.publishedAt(), c1.publishedAt().plusSeconds(1)))
        .containsExactly(c1);
  }
}
