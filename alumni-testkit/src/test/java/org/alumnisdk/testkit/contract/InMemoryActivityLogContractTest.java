package org.alumnisdk.testkit.contract;

import org.alumnisdk.core.inmemory.InMemoryActivityLog;
import org.alumnisdk.core.spi.ActivityLog;

class InMemoryActivityLogContractTest extends ActivityLogContract {
  @Override
  protected ActivityLog create() {
    return new InMemoryActivityLog();
  }
}
