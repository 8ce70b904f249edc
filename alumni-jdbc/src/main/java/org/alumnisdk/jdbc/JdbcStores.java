package org.alumnisdk.jdbc;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.alumnisdk.consent.Consent;
import org.alumnisdk.consent.spi.ConsentLedgerStore;
import org.alumnisdk.consent.spi.NoticeShownStore;
import org.alumnisdk.consent.spi.NoticeStore;
import org.alumnisdk.consent.spi.PurposeStore;
import org.alumnisdk.consent.spi.RightsStore;
import org.alumnisdk.consent.spi.StatutoryRecordStore;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
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
import org.alumnisdk.jdbc.internal.ActivityTable;
import org.alumnisdk.jdbc.internal.ConsentTables;
import org.alumnisdk.jdbc.internal.CoreTables;
import org.alumnisdk.jdbc.internal.Sql;

/**
 * Every storage port of {@code alumni-core} and {@code alumni-consent}, in plain JDBC over the
 * host's {@link DataSource}: the reference adapter that other adapters are measured against.
 *
 * <pre>{@code
 * // once, at deployment: Flyway.configure().dataSource(ds).locations(JdbcStores.MIGRATIONS).load().migrate();
 * JdbcStores stores = JdbcStores.using(dataSource);
 * Consent consent = stores.consent().clock(clock).build();
 * Roster roster = Roster.using(stores.alumni(), clock, ids);
 * }</pre>
 *
 * <p>What it guarantees, on PostgreSQL and H2 (both tested, against every contract of the
 * testkits):
 *
 * <ul>
 *   <li><b>The database is the only state.</b> No port keeps a copy of stored data, so every
 *       instance of a host over one database sees every committed write on its next call.
 *   <li><b>One transaction per write.</b> Each save, append or delete borrows one connection,
 *       runs in one transaction and commits or rolls back whole; {@link AlumnusRepository#saveAll}
 *       (roster imports) writes all of its alumni in one transaction.
 *   <li><b>Optimistic versions</b> on every aggregate ({@code UPDATE ... WHERE version = ?}), and
 *       a unique {@code (tenant, position)} key under the consent ledger, so two instances never
 *       both win.
 *   <li><b>Tenant in every key and every WHERE clause.</b>
 *   <li><b>Exact values:</b> instants to the nanosecond (epoch seconds and nanoseconds, no time
 *       zone), any Unicode text, ids ordered in code-point order whatever the collation.
 *   <li><b>Typed failures:</b> a refused connection, a statement timeout or a serialisation
 *       failure is a {@link JdbcStoreException} naming the operation, and nothing was written.
 * </ul>
 *
 * <p>The adapter never creates or changes tables: apply the migrations in {@link #MIGRATIONS}
 * with Flyway (or include the same SQL files in Liquibase) before use. Thread-safe; connections
 * are borrowed per call and returned at once, so any pool works.
 *
 * @since 0.1.0
 */
public final class JdbcStores {
  /** Where the migrations are, as a Flyway location. */
  public static final String MIGRATIONS = "classpath:db/migration/alumni";

  private final Sql sql;
  private final AlumnusRepository alumni;
  private final ActivityLog activities;
  private final JobOpeningRepository openings;
  private final ReferralRepository referrals;
  private final RehireApplicationRepository rehireApplications;
  private final EventRepository events;
  private final ContentRepository content;
  private final MentorshipProgramRepository programs;
  private final MentorshipRepository mentorships;
  private final GroupRepository groups;
  private final ConsentLedgerStore ledger;
  private final PurposeStore purposes;
  private final NoticeStore notices;
  private final NoticeShownStore noticesShown;
  private final RightsStore rights;
  private final ConsentTables.Records records;

  private JdbcStores(Sql sql) {
    this.sql = sql;
    this.alumni = new CoreTables.Alumni(sql);
    this.activities = new ActivityTable(sql);
    this.openings = new CoreTables.Openings(sql);
    this.referrals = new CoreTables.Referrals(sql);
    this.rehireApplications = new CoreTables.RehireApplications(sql);
    this.events = new CoreTables.Events(sql);
    this.content = new CoreTables.Contents(sql);
    this.programs = new CoreTables.Programs(sql);
    this.mentorships = new CoreTables.Mentorships(sql);
    this.groups = new CoreTables.Groups(sql);
    this.ledger = new ConsentTables.Ledger(sql);
    this.purposes = new ConsentTables.Purposes(sql);
    this.notices = new ConsentTables.Notices(sql);
    this.noticesShown = new ConsentTables.NoticesShown(sql);
    this.rights = new ConsentTables.Rights(sql);
    this.records = new ConsentTables.Records(sql);
  }

  /**
   * The stores over a data source, with no statement timeout of their own (the pool's or the
   * database's applies).
   *
   * @param dataSource the host's data source, on a migrated schema
   * @return the stores
   */
  public static JdbcStores using(DataSource dataSource) {
    return new JdbcStores(new Sql(Checks.notNull(dataSource, "dataSource"), 0));
  }

  /**
   * The stores over a data source, with a timeout on every statement.
   *
   * @param dataSource the host's data source, on a migrated schema
   * @param statementTimeout the longest a statement may run; whole seconds, at least one
   * @return the stores
   * @throws InvalidValueException if the timeout is under one second
   */
  public static JdbcStores using(DataSource dataSource, Duration statementTimeout) {
    Checks.notNull(statementTimeout, "statementTimeout");
    if (statementTimeout.getSeconds() < 1 || statementTimeout.getSeconds() > Integer.MAX_VALUE) {
      throw new InvalidValueException("statementTimeout", "must be between one second and 68 years");
    }
    return new JdbcStores(new Sql(Checks.notNull(dataSource, "dataSource"), (int) statementTimeout.getSeconds()));
  }

  /**
   * A consent builder with every consent store of this adapter set; add the clock and build.
   *
   * @return the builder
   */
  public Consent.Builder consent() {
    return Consent.builder().ledgerStore(ledger).purposeStore(purposes).noticeStore(notices)
        .noticeShownStore(noticesShown).rightsStore(rights).recordStore(records);
  }

  /**
   * Deletes a tenant's Art. 29/30 records whose retention has ended ({@code retainUntil <= now}),
   * in one statement; records still within retention are never touched.
   *
   * @param tenant the tenant
   * @param now the instant, from the host's clock
   * @return how many records were deleted
   */
  public int purgeExpiredRecords(TenantId tenant, Instant now) {
    return records.purgeExpired(tenant, now);
  }

  /**
   * The alumni ({@code alumni_alumnus}).
   *
   * @return the port
   */
  public AlumnusRepository alumni() {
    return alumni;
  }

  /**
   * The engagement log ({@code alumni_activity}).
   *
   * @return the port
   */
  public ActivityLog activities() {
    return activities;
  }

  /**
   * The job openings ({@code alumni_job_opening}).
   *
   * @return the port
   */
  public JobOpeningRepository openings() {
    return openings;
  }

  /**
   * The referrals ({@code alumni_referral}).
   *
   * @return the port
   */
  public ReferralRepository referrals() {
    return referrals;
  }

  /**
   * The boomerang applications ({@code alumni_rehire_application}).
   *
   * @return the port
   */
  public RehireApplicationRepository rehireApplications() {
    return rehireApplications;
  }

  /**
   * The events ({@code alumni_event}).
   *
   * @return the port
   */
  public EventRepository events() {
    return events;
  }

  /**
   * The content items ({@code alumni_content}).
   *
   * @return the port
   */
  public ContentRepository content() {
    return content;
  }

  /**
   * The mentoring programmes ({@code alumni_mentorship_program}).
   *
   * @return the port
   */
  public MentorshipProgramRepository programs() {
    return programs;
  }

  /**
   * The mentorships ({@code alumni_mentorship}).
   *
   * @return the port
   */
  public MentorshipRepository mentorships() {
    return mentorships;
  }

  /**
   * The groups ({@code alumni_group}, members in {@code alumni_group_member}).
   *
   * @return the port
   */
  public GroupRepository groups() {
    return groups;
  }

  /**
   * The consent hash chain ({@code alumni_consent_ledger}).
   *
   * @return the port
   */
  public ConsentLedgerStore ledger() {
    return ledger;
  }

  /**
   * The purpose catalogue ({@code alumni_consent_purpose}).
   *
   * @return the port
   */
  public PurposeStore purposes() {
    return purposes;
  }

  /**
   * The published notices ({@code alumni_consent_notice}).
   *
   * @return the port
   */
  public NoticeStore notices() {
    return notices;
  }

  /**
   * The notice-shown evidence ({@code alumni_consent_notice_shown}).
   *
   * @return the port
   */
  public NoticeShownStore noticesShown() {
    return noticesShown;
  }

  /**
   * The data-subject requests and stops ({@code alumni_consent_request}, {@code alumni_consent_stop}).
   *
   * @return the port
   */
  public RightsStore rights() {
    return rights;
  }

  /**
   * The Art. 29/30 records ({@code alumni_consent_record}).
   *
   * @return the port
   */
  public StatutoryRecordStore records() {
    return records;
  }

  @Override
  public String toString() {
    return "JdbcStores[" + sql + "]";
  }
}
