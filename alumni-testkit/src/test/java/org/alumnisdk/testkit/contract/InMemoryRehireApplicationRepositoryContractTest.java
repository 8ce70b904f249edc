package org.alumnisdk.testkit.contract;

import org.alumnisdk.core.inmemory.InMemoryRehireApplicationRepository;
import org.alumnisdk.core.spi.RehireApplicationRepository;

class InMemoryRehireApplicationRepositoryContractTest extends RehireApplicationRepositoryContract {
  @Override
  protected RehireApplicationRepository create() {
    return new InMemoryRehireApplicationRepository();
  }
}
