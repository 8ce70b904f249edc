package org.alumnisdk.core.inmemory;

import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.GroupId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.group.Group;
import org.alumnisdk.core.spi.GroupRepository;

/**
 * A thread-safe in-memory {@link GroupRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryGroupRepository extends TableRepository<GroupId, Group>
    implements GroupRepository {
  /** Creates an empty store. */
  public InMemoryGroupRepository() {
    super("Group", null);
  }

  @Override
  public List<Group> findByMember(TenantId tenant, AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    return table.select(tenant, g -> g.member(alumnus).isPresent());
  }
}
