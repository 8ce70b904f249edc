package org.alumnisdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.GroupId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.group.Group;
import org.alumnisdk.core.spi.GroupRepository;
import org.alumnisdk.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link GroupRepository}. Extend it with {@link #create()} returning your adapter; the
 * in-memory store passes it.
 *
 * @since 0.1.0
 */
public abstract class GroupRepositoryContract extends VersionedRepositoryContract<GroupId, Group> {
  /** Creates the contract. */
  protected GroupRepositoryContract() {}

  @Override
  protected abstract GroupRepository create();

  @Override
  protected Group sample(TenantId tenant, int n) {
    return Fixtures.group(tenant, n);
  }

  @Override
  protected Group modify(Group stored) {
    return stored.join(AlumnusId.of("a-" + stored.members().size()), Group.Role.MEMBER, Fixtures.T0);
  }
  @Test
  void findsGroupsOfAMember() {
    GroupRepository repo = create();
    AlumnusId a = AlumnusId.of("a-1");
    Group g1 = repo.save(Fixtures.group(TENANT_A, 1).join(a, Group.Role.ORGANIZER, Fixtures.T0));
    repo.save(Fixtures.group(TENANT_A, 2));
    repo.save(Fixtures.group(TENANT_B, 3).join(a, Group.Role.MEMBER, Fixtures.T0));
    assertThat(repo.findByMember(TENANT_A, a)).containsExactly(g1);
  }
}
