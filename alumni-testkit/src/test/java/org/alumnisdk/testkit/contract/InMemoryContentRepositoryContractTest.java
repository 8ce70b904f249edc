package org.alumnisdk.testkit.contract;

import org.alumnisdk.core.inmemory.InMemoryContentRepository;
import org.alumnisdk.core.spi.ContentRepository;

class InMemoryContentRepositoryContractTest extends ContentRepositoryContract {
  @Override
  protected ContentRepository create() {
    return new InMemoryContentRepository();
  }
}
