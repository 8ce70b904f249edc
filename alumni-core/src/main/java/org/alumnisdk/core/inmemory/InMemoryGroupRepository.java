package org.alumnisdk.core.inmemory;

import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.GroupId;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.group.Group;
import org.alumnisdk.core.internal.VersionedTable;
import org.alumnisdk.core.spi.GroupRepository;

/**
 * A thread-safe in-memory {@link GroupRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryGroupRepository implements GroupRepository {
  private final VersionedTable<GroupId, Group> table = new VersionedTable<>("Group", null);

  /** Creates an empty store. */
  public InMemoryGroupRepository() {}

  @Override
  public Optional<Group> findById(TenantId tenant, GroupId id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<Group> findAll(TenantId tenant, PageRequest page) {
    return table.page(tenant, page);
  }

  @Override
  public Group save(Group aggregate) {
    return table.save(aggregate);
  }

  @Override
  public boolean delete(TenantId tenant, GroupId id, long expectedVersion) {
    return table.delete(tenant, id, expectedVersion);
  }

  @Override
  public long count(TenantId tenant) {
    return table.count(tenant);
  }

  @Override
  public List<Group> findByMember(TenantId tenant, AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    return table.select(tenant, g -> g.member(alumnus).isPresent());
  }

  @Override
  public String toString() {
    return "InMemoryGroupRepository";
  }
}
