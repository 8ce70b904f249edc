package org.alumnisdk.core.inmemory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ContentId;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.content.Content;
import org.alumnisdk.core.internal.VersionedTable;
import org.alumnisdk.core.spi.ContentRepository;

/**
 * A thread-safe in-memory {@link ContentRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryContentRepository implements ContentRepository {
  private final VersionedTable<ContentId, Content> table = new VersionedTable<>("Content", null);

  /** Creates an empty store. */
  public InMemoryContentRepository() {}

  @Override
  public Optional<Content> findById(TenantId tenant, ContentId id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<Content> findAll(TenantId tenant, PageRequest page) {
    return table.page(tenant, page);
  }

  @Override
  public Content save(Content aggregate) {
    return table.save(aggregate);
  }

  @Override
  public boolean delete(TenantId tenant, ContentId id, long expectedVersion) {
    return table.delete(tenant, id, expectedVersion);
  }

  @Override
  public long count(TenantId tenant) {
    return table.count(tenant);
  }

  @Override
  public List<Content> findPublishedBetween(TenantId tenant, Instant from, Instant to) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    return table.select(tenant, c -> !c.publishedAt().isBefore(from) && c.publishedAt().isBefore(to));
  }

  @Override
  public String toString() {
    return "InMemoryContentRepository";
  }
}
