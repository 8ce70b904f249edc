package org.alumnisdk.testkit.contract;

import org.alumnisdk.core.inmemory.InMemoryGroupRepository;
import org.alumnisdk.core.spi.GroupRepository;

class InMemoryGroupRepositoryContractTest extends GroupRepositoryContract {
  @Override
  protected GroupRepository create() {
    return new InMemoryGroupRepository();
  }
}
