package org.alumnisdk.testkit.contract;

import org.alumnisdk.core.inmemory.InMemoryAlumnusRepository;
import org.alumnisdk.core.spi.AlumnusRepository;

class InMemoryAlumnusRepositoryContractTest extends AlumnusRepositoryContract {
  @Override
  protected AlumnusRepository create() {
    return new InMemoryAlumnusRepository();
  }
}
