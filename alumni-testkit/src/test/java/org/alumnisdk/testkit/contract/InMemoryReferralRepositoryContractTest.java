package org.alumnisdk.testkit.contract;

import org.alumnisdk.core.inmemory.InMemoryReferralRepository;
import org.alumnisdk.core.spi.ReferralRepository;

class InMemoryReferralRepositoryContractTest extends ReferralRepositoryContract {
  @Override
  protected ReferralRepository create() {
    return new InMemoryReferralRepository();
  }
}
