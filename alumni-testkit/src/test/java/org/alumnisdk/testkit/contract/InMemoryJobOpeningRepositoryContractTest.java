package org.alumnisdk.testkit.contract;

import org.alumnisdk.core.inmemory.InMemoryJobOpeningRepository;
import org.alumnisdk.core.spi.JobOpeningRepository;

class InMemoryJobOpeningRepositoryContractTest extends JobOpeningRepositoryContract {
  @Override
  protected JobOpeningRepository create() {
    return new InMemoryJobOpeningRepository();
  }
}
