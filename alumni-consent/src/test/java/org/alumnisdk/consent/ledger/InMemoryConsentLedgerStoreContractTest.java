package org.alumnisdk.consent.ledger;

import org.alumnisdk.consent.spi.ConsentLedgerStore;

class InMemoryConsentLedgerStoreContractTest extends ConsentLedgerStoreContract {
  @Override
  protected ConsentLedgerStore create() {
    return new InMemoryConsentLedgerStore();
  }
}
