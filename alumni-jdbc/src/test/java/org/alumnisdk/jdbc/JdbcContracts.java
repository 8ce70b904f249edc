package org.alumnisdk.jdbc;

import javax.sql.DataSource;
import org.alumnisdk.consent.spi.ConsentLedgerStore;
import org.alumnisdk.consent.spi.NoticeShownStore;
import org.alumnisdk.consent.spi.NoticeStore;
import org.alumnisdk.consent.spi.PurposeStore;
import org.alumnisdk.consent.spi.RightsStore;
import org.alumnisdk.consent.spi.StatutoryRecordStore;
import org.alumnisdk.core.spi.ActivityLog;
import org.alumnisdk.core.spi.AlumnusRepository;
import org.alumnisdk.core.spi.ContentRepository;
import org.alumnisdk.core.spi.EventRepository;
import org.alumnisdk.core.spi.GroupRepository;
import org.alumnisdk.core.spi.JobOpeningRepository;
import org.alumnisdk.core.spi.MentorshipProgramRepository;
import org.alumnisdk.core.spi.MentorshipRepository;
import org.alumnisdk.core.spi.ReferralRepository;
import org.alumnisdk.core.spi.RehireApplicationRepository;
import org.alumnisdk.testkit.consent.ConsentLedgerStoreContract;
import org.alumnisdk.testkit.consent.NoticeShownStoreContract;
import org.alumnisdk.testkit.consent.NoticeStoreContract;
import org.alumnisdk.testkit.consent.PurposeStoreContract;
import org.alumnisdk.testkit.consent.RightsStoreContract;
import org.alumnisdk.testkit.consent.StatutoryRecordStoreContract;
import org.alumnisdk.testkit.contract.ActivityLogContract;
import org.alumnisdk.testkit.contract.AlumnusRepositoryContract;
import org.alumnisdk.testkit.contract.ContentRepositoryContract;
import org.alumnisdk.testkit.contract.EventRepositoryContract;
import org.alumnisdk.testkit.contract.GroupRepositoryContract;
import org.alumnisdk.testkit.contract.JobOpeningRepositoryContract;
import org.alumnisdk.testkit.contract.MentorshipProgramRepositoryContract;
import org.alumnisdk.testkit.contract.MentorshipRepositoryContract;
import org.alumnisdk.testkit.contract.ReferralRepositoryContract;
import org.alumnisdk.testkit.contract.RehireApplicationRepositoryContract;
import org.junit.jupiter.api.Nested;

/**
 * Every published contract of both testkits, run against the JDBC adapter; a subclass names the
 * database. Each test gets empty tables.
 */
abstract class JdbcContracts {
  abstract DataSource dataSource();

  private JdbcStores fresh() {
    Databases.truncate(dataSource());
    return JdbcStores.using(dataSource());
  }

  @Nested
  class Alumni extends AlumnusRepositoryContract {
    @Override
    protected AlumnusRepository create() {
      return fresh().alumni();
    }
  }

  @Nested
  class Activities extends ActivityLogContract {
    @Override
    protected ActivityLog create() {
      return fresh().activities();
    }
  }

  @Nested
  class Openings extends JobOpeningRepositoryContract {
    @Override
    protected JobOpeningRepository create() {
      return fresh().openings();
    }
  }

  @Nested
  class Referrals extends ReferralRepositoryContract {
    @Override
    protected ReferralRepository create() {
      return fresh().referrals();
    }
  }

  @Nested
  class RehireApplications extends RehireApplicationRepositoryContract {
    @Override
    protected RehireApplicationRepository create() {
      return fresh().rehireApplications();
    }
  }

  @Nested
  class Events extends EventRepositoryContract {
    @Override
    protected EventRepository create() {
      return fresh().events();
    }
  }

  @Nested
  class Contents extends ContentRepositoryContract {
    @Override
    protected ContentRepository create() {
      return fresh().content();
    }
  }

  @Nested
  class Programs extends MentorshipProgramRepositoryContract {
    @Override
    protected MentorshipProgramRepository create() {
      return fresh().programs();
    }
  }

  @Nested
  class Mentorships extends MentorshipRepositoryContract {
    @Override
    protected MentorshipRepository create() {
      return fresh().mentorships();
    }
  }

  @Nested
  class Groups extends GroupRepositoryContract {
    @Override
    protected GroupRepository create() {
      return fresh().groups();
    }
  }

  @Nested
  class Ledger extends ConsentLedgerStoreContract {
    @Override
    protected ConsentLedgerStore create() {
      return fresh().ledger();
    }
  }

  @Nested
  class Purposes extends PurposeStoreContract {
    @Override
    protected PurposeStore create() {
      return fresh().purposes();
    }
  }

  @Nested
  class Notices extends NoticeStoreContract {
    @Override
    protected NoticeStore create() {
      return fresh().notices();
    }
  }

  @Nested
  class NoticesShown extends NoticeShownStoreContract {
    @Override
    protected NoticeShownStore create() {
      return fresh().noticesShown();
    }
  }

  @Nested
  class Rights extends RightsStoreContract {
    @Override
    protected RightsStore create() {
      return fresh().rights();
    }
  }

  @Nested
  class Records extends StatutoryRecordStoreContract {
    @Override
    protected StatutoryRecordStore create() {
      return fresh().records();
    }
  }
}
