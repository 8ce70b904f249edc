package org.alumnisdk.core.spi;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.core.ContentId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.content.Content;

/**
 * Port: stores content items (newsletters, articles, interviews). Every call is scoped to one tenant; nothing returns another tenant's data.
 *
 * <p>Hosts must guarantee what {@link VersionedRepository} states: atomic, version-checked saves,
 * finders that never return {@code null}, lists ordered by id, thread safety. Experimental SPI
 * until 1.0.
 *
 * @since 0.1.0
 */
public interface ContentRepository extends VersionedRepository<ContentId, Content> {
  /**
   * A tenant's items with {@code from <= publishedAt < to}, ordered by id.
   *
   * @param tenant the tenant
   * @param from the inclusive start
   * @param to the exclusive end
   * @return the items
   */
  List<Content> findPublishedBetween(TenantId tenant, Instant from, Instant to);
}
