package org.alumnisdk.testkit.consent;

import org.alumnisdk.consent.ledger.InMemoryConsentLedgerStore;
import org.alumnisdk.consent.notice.InMemoryNoticeShownStore;
import org.alumnisdk.consent.notice.InMemoryNoticeStore;
import org.alumnisdk.consent.purpose.InMemoryPurposeStore;
import org.alumnisdk.consent.records.InMemoryStatutoryRecordStore;
import org.alumnisdk.consent.spi.ConsentLedgerStore;
import org.alumnisdk.consent.spi.NoticeShownStore;
import org.alumnisdk.consent.spi.NoticeStore;
import org.alumnisdk.consent.spi.PurposeStore;
import org.alumnisdk.consent.spi.RightsStore;
import org.alumnisdk.consent.spi.StatutoryRecordStore;
import org.junit.jupiter.api.Nested;

/** The in-memory stores meet every consent storage contract. */
class InMemoryConsentStoresContractTest {
  @Nested
  class Ledger extends ConsentLedgerStoreContract {
    @Override
    protected ConsentLedgerStore create() {
      return new InMemoryConsentLedgerStore();
    }
  }

  @Nested
  class Purposes extends PurposeStoreContract {
    @Override
    protected PurposeStore create() {
      return new InMemoryPurposeStore();
    }
  }

  @Nested
  class Notices extends NoticeStoreContract {
    @Override
    protected NoticeStore create() {
      return new InMemoryNoticeStore();
    }
  }

  @Nested
  class NoticesShown extends NoticeShownStoreContract {
    @Override
    protected NoticeShownStore create() {
      return new InMemoryNoticeShownStore();
    }
  }

  @Nested
  class Rights extends RightsStoreContract {
    @Override
    protected RightsStore create() {
      return RightsStore.inMemory();
    }
  }

  @Nested
  class Records extends StatutoryRecordStoreContract {
    @Override
    protected StatutoryRecordStore create() {
      return new InMemoryStatutoryRecordStore();
    }
  }
}
