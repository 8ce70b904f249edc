package org.alumnisdk.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.alumnisdk.consent.gate.ConsentPurposeGate;
import org.alumnisdk.consent.ledger.ConsentLedger;
import org.alumnisdk.consent.ledger.InMemoryConsentLedgerStore;
import org.alumnisdk.consent.notice.NoticeRegistry;
import org.alumnisdk.consent.purpose.Purpose;
import org.alumnisdk.consent.purpose.PurposeCatalogue;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.consent.records.InMemoryStatutoryRecordStore;
import org.alumnisdk.consent.records.RecordBook;
import org.alumnisdk.consent.records.RecordRetention;
import org.alumnisdk.consent.retention.RetentionPlanner;
import org.alumnisdk.consent.spi.ConsentLedgerStore;
import org.alumnisdk.consent.spi.StatutoryRecordStore;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.PurposeGate;

/**
 * Static entry point of the consent module: wires the purpose catalogue, notice registry,
 * consent ledger, purpose gate, statutory record book and retention planner over in-memory
 * defaults or host-supplied stores.
 *
 * <pre>{@code
 * Consent consent = Consent.inMemory(Clock.systemUTC());
 * consent.registerStandardPurposes(tenant, effectiveFrom);
 * PurposeGate gate = consent.gate();   // hand this to matching and metrics
 * }</pre>
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
  private final ConsentPurposeGate gate;
  private final RecordBook records;
  private final RetentionPlanner retention;

  private Consent(Builder b) {
    this.clock = b.clock;
    this.purposes = new PurposeCatalogue();
    this.notices = new NoticeRegistry();
    this.ledger = new ConsentLedger(b.ledgerStore);
    this.gate = new ConsentPurposeGate(purposes, ledger, notices);
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
   * The purpose gate, as the concrete type (with {@code evaluate}).
   *
   * @return the gate
   */
  public ConsentPurposeGate purposeGate() {
    return gate;
  }

  /**
   * The purpose gate as the core port, for the matching and metrics modules.
   *
   * @return the gate
   */
  public PurposeGate gate() {
    return gate;
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

  /** Builds a {@link Consent}; every part defaults to in-memory. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private ConsentLedgerStore ledgerStore;
    private StatutoryRecordStore recordStore;
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
      return new Consent(this);
    }
  }
}
