package org.alumnisdk.testkit.contract;

import org.alumnisdk.core.inmemory.InMemoryEventRepository;
import org.alumnisdk.core.spi.EventRepository;

class InMemoryEventRepositoryContractTest extends EventRepositoryContract {
  @Override
  protected EventRepository create() {
    return new InMemoryEventRepository();
  }
}
