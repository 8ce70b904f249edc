package org.alumnisdk.core.inmemory;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ContentId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.content.Content;
import org.alumnisdk.core.spi.ContentRepository;

/**
 * A thread-safe in-memory {@link ContentRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryContentRepository extends TableRepository<ContentId, Content>
    implements ContentRepository {
  /** Creates an empty store. */
  public InMemoryContentRepository() {
    super("Content", null);
  }

  @Override
  public List<Content> findPublishedBetween(TenantId tenant, Instant from, Instant to) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    return table.select(tenant, c -> !c.publishedAt().isBefore(from) && c.publishedAt().isBefore(to));
  }
}
