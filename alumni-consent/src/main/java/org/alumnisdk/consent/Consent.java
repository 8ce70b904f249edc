package org.alumnisdk.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.alumnisdk.consent.gate.ConsentPurposeGate;
import org.alumnisdk.consent.ledger.ConsentLedger;
import org.alumnisdk.consent.ledger.InMemoryConsentLedgerStore;
import org.alumnisdk.consent.notice.InMemoryNoticeShownStore;
import org.alumnisdk.consent.notice.InMemoryNoticeStore;
import org.alumnisdk.consent.notice.NoticeRegistry;
import org.alumnisdk.consent.purpose.InMemoryPurposeStore;
import org.alumnisdk.consent.purpose.Purpose;
import org.alumnisdk.consent.purpose.PurposeCatalogue;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.consent.records.InMemoryStatutoryRecordStore;
import org.alumnisdk.consent.records.RecordBook;
import org.alumnisdk.consent.records.RecordRetention;
import org.alumnisdk.consent.retention.RetentionPlanner;
import org.alumnisdk.consent.rights.PersonRecords;
import org.alumnisdk.consent.rights.RightsDesk;
import org.alumnisdk.consent.rights.RightsPolicy;
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

/**
 * Entry point of the consent module: wires the purpose catalogue, notice registry, consent
 * ledger, the purpose gate, the statutory record book, the rights desk and the retention planner
 * over in-memory defaults or host-supplied stores.
 *
 * <pre>{@code
 * Consent consent = Consent.builder()
 *     .clock(clock)
 *     .ledgerStore(ledgerStore).purposeStore(purposeStore).noticeStore(noticeStore)
 *     .noticeShownStore(shownStore).rightsStore(rightsStore).recordStore(recordStore)
 *     .build();
 * PurposeGate gate = consent.gate();   // the one gate: hand it to matching and metrics
 * }</pre>
 *
 * <p><b>Many instances over one database.</b> Every component reads its store on every call and
 * keeps no copy that another instance could make stale: the ledger asks the store for each
 * tenant's size before answering and verifies every record it has not yet seen; the catalogue,
 * the notice registry and the Art. 35 stops are read through. So N instances built with stores
 * over one database agree, and a withdrawal or stop committed through any of them is honoured by
 * all from its instant on. What the host's stores must guarantee is stated on each port in
 * {@code org.alumnisdk.consent.spi} and checked by the contracts in
 * {@code alumni-consent-testkit}. The in-memory defaults are for one process only.
 *
 * <p>Decision support, not legal advice: the rule set in force is {@value #RULE_SET}; the
 * promulgated 2026 amendment is not in force and not applied.
 *
 * @since 0.1.0
 */
public final class Consent {
  /** The rule set in force that reasons and records cite. */
  public static final String RULE_SET = "APPI@2022-04-01";

  private final Clock clock;
  private final PurposeCatalogue purposes;
  private final NoticeRegistry notices;
  private final ConsentLedger ledger;
  private final RightsStore rights;
  private final ConsentPurposeGate gate;
  private final RecordBook records;
  private final RetentionPlanner retention;

  private Consent(Builder b) {
    this.clock = b.clock;
    this.purposes = new PurposeCatalogue(b.purposeStore);
    this.notices = new NoticeRegistry(b.noticeStore, b.noticeShownStore);
    this.ledger = new ConsentLedger(b.ledgerStore);
    this.rights = b.rightsStore;
    this.gate = new ConsentPurposeGate(purposes, ledger, notices, rights, b.honourObjections);
    this.records = new RecordBook(b.recordStore, b.recordRetention, clock);
    this.retention = new RetentionPlanner(purposes);
  }

  /**
   * Everything in memory, with the given clock and the {@code APPI@2022-04-01} record retention.
   *
   * @param clock the clock (inject a fixed one in tests)
   * @return the wired module
   * @throws InvalidValueException if the clock is null
   */
  public static Consent inMemory(Clock clock) {
    return builder().clock(clock).build();
  }

  /**
   * Everything in memory with the system UTC clock.
   *
   * @return the wired module
   */
  public static Consent defaults() {
    return inMemory(Clock.systemUTC());
  }

  /**
   * A builder to plug in host stores.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Registers the four standard purposes (version 1) for a tenant.
   *
   * @param tenant the tenant
   * @param effectiveFrom when they take effect
   * @return the registered purposes
   * @throws InvalidValueException if an argument is null or a purpose is already registered
   */
  public List<Purpose> registerStandardPurposes(TenantId tenant, Instant effectiveFrom) {
    Checks.notNull(tenant, "tenant");
    List<Purpose> all = StandardPurposes.all(effectiveFrom);
    all.forEach(p -> purposes.register(tenant, p));
    return all;
  }

  /**
   * The clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The purpose catalogue.
   *
   * @return the catalogue
   */
  public PurposeCatalogue purposes() {
    return purposes;
  }

  /**
   * The notice registry.
   *
   * @return the registry
   */
  public NoticeRegistry notices() {
    return notices;
  }

  /**
   * The consent ledger.
   *
   * @return the ledger
   */
  public ConsentLedger ledger() {
    return ledger;
  }

  /**
   * The purpose gate: the one composed gate with every restriction this module knows (catalogue
   * and purpose end, notice shown, Art. 35 stops, consent held, objections), failing closed on a
   * broken ledger or a failing store. It is a {@link org.alumnisdk.core.spi.PurposeGate}: hand it
   * to matching and metrics; {@link ConsentPurposeGate#evaluate} gives the detailed outcome.
   *
   * @return the gate
   */
  public ConsentPurposeGate gate() {
    return gate;
  }

  /**
   * A rights desk (Arts. 32 to 35) over this module's rights store, record book and clock, so
   * that the stops it records are the ones {@link #gate()} honours.
   *
   * @param alumni the host's alumni repository (profiles to correct or delete)
   * @param activities the host's activity log (erased on deletion)
   * @param policy the workflow settings
   * @return the desk
   * @throws InvalidValueException if an argument is null
   */
  public RightsDesk rightsDesk(AlumnusRepository alumni, ActivityLog activities, RightsPolicy policy) {
    return RightsDesk.create(alumni, activities, PersonRecords.of(records), policy, clock, rights);
  }

  /**
   * The Art. 29/30 record book.
   *
   * @return the record book
   */
  public RecordBook records() {
    return records;
  }

  /**
   * The retention planner.
   *
   * @return the planner
   */
  public RetentionPlanner retention() {
    return retention;
  }

  /**
   * The APPI decision engine with the standard rule sets ({@code APPI@2022-04-01}).
   *
   * @return the engine
   */
  public org.alumnisdk.consent.decision.DecisionEngine decisions() {
    return DECISIONS;
  }

  /**
   * The Art. 26 breach assessor with the standard thresholds and deadlines.
   *
   * @return the assessor
   */
  public org.alumnisdk.consent.breach.BreachAssessor breaches() {
    return BREACHES;
  }

  private static final org.alumnisdk.consent.decision.DecisionEngine DECISIONS =
      org.alumnisdk.consent.decision.DecisionEngine.standard();
  private static final org.alumnisdk.consent.breach.BreachAssessor BREACHES =
      org.alumnisdk.consent.breach.BreachAssessor.standard();

  /**
   * Builds a {@link Consent}; every store defaults to in-memory (one process only). A host running
   * several instances over one database sets every store.
   */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private ConsentLedgerStore ledgerStore;
    private StatutoryRecordStore recordStore;
    private PurposeStore purposeStore;
    private NoticeStore noticeStore;
    private NoticeShownStore noticeShownStore;
    private RightsStore rightsStore;
    private boolean honourObjections = true;
    private RecordRetention recordRetention = RecordRetention.appi2022();

    private Builder() {}

    /**
     * Sets the clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull(clock, "clock");
      return this;
    }

    /**
     * Sets the ledger store.
     *
     * @param store the host's store
     * @return this builder
     */
    public Builder ledgerStore(ConsentLedgerStore store) {
      this.ledgerStore = Checks.notNull(store, "ledgerStore");
      return this;
    }

    /**
     * Sets the statutory record store.
     *
     * @param store the host's store
     * @return this builder
     */
    public Builder recordStore(StatutoryRecordStore store) {
      this.recordStore = Checks.notNull(store, "recordStore");
      return this;
    }

    /**
     * Sets the purpose catalogue store.
     *
     * @param store the host's store
     * @return this builder
     */
    public Builder purposeStore(PurposeStore store) {
      this.purposeStore = Checks.notNull(store, "purposeStore");
      return this;
    }

    /**
     * Sets the store of published notices.
     *
     * @param store the host's store
     * @return this builder
     */
    public Builder noticeStore(NoticeStore store) {
      this.noticeStore = Checks.notNull(store, "noticeStore");
      return this;
    }

    /**
     * Sets the store of notice-shown evidence (Art. 21), which the gate reads on every check.
     *
     * @param store the host's store
     * @return this builder
     */
    public Builder noticeShownStore(NoticeShownStore store) {
      this.noticeShownStore = Checks.notNull(store, "noticeShownStore");
      return this;
    }

    /**
     * Sets the store of data-subject requests and Art. 35 stops, which the gate reads on every
     * check.
     *
     * @param store the host's store
     * @return this builder
     */
    public Builder rightsStore(RightsStore store) {
      this.rightsStore = Checks.notNull(store, "rightsStore");
      return this;
    }

    /**
     * Whether a refusal or withdrawal denies a purpose that needs no consent (a house rule, on by
     * default; see {@link ConsentPurposeGate}).
     *
     * @param honour false to let purposes resting on the notice ignore objections
     * @return this builder
     */
    public Builder honourObjections(boolean honour) {
      this.honourObjections = honour;
      return this;
    }

    /**
     * Sets the record retention rules.
     *
     * @param retention the rules
     * @return this builder
     */
    public Builder recordRetention(RecordRetention retention) {
      this.recordRetention = Checks.notNull(retention, "recordRetention");
      return this;
    }

    /**
     * Builds the module.
     *
     * @return the wired module
     */
    public Consent build() {
      if (ledgerStore == null) {
        ledgerStore = new InMemoryConsentLedgerStore();
      }
      if (recordStore == null) {
        recordStore = new InMemoryStatutoryRecordStore();
      }
      if (purposeStore == null) {
        purposeStore = new InMemoryPurposeStore();
      }
      if (noticeStore == null) {
        noticeStore = new InMemoryNoticeStore();
      }
      if (noticeShownStore == null) {
        noticeShownStore = new InMemoryNoticeShownStore();
      }
      if (rightsStore == null) {
        rightsStore = RightsStore.inMemory();
      }
      return new Consent(this);
    }
  }
}
