package org.alumnisdk.consent.gate;

import java.time.Instant;
import org.alumnisdk.consent.ledger.ConsentLedger;
import org.alumnisdk.consent.ledger.ConsentState;
import org.alumnisdk.consent.ledger.LedgerIntegrityException;
import org.alumnisdk.consent.spi.RightsStore;
import org.alumnisdk.consent.notice.NoticeId;
import org.alumnisdk.consent.notice.NoticeRegistry;
import org.alumnisdk.consent.purpose.Purpose;
import org.alumnisdk.consent.purpose.PurposeCatalogue;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;

/**
 * The consent module's {@link PurposeGate}: allows an alumnus for a purpose only if, at the
 * instant, the purpose is in the tenant's catalogue and in effect and not ended, the notice
 * version the purpose requires was shown to the alumnus (Art. 21), the person has not had its use
 * stopped (Art. 35), and, where the purpose needs consent, a consent is held in the ledger (given
 * or renewed, not expired); a refusal or withdrawal is honoured even where no consent is needed.
 *
 * <p>Every check reads the stores (catalogue, notice-shown evidence, Art. 35 stops, ledger), so
 * any number of instances over one database agree: a withdrawal or stop committed through one
 * instance is honoured by every other from its instant on. {@code Consent.gate()} returns this
 * gate wired over the module's stores.
 *
 * <p>Fails closed: any missing fact denies with a reason naming that fact and the article.
 * Matching and metrics call it through the core port and never see how consents are stored.
 * Each check is a few hash lookups and two binary searches. Thread-safe.
 *
 * @since 0.1.0
 */
public final class ConsentPurposeGate implements PurposeGate {
  /** The rule set whose articles the reasons cite. */
  public static final String RULE_SET = "APPI@2022-04-01";

  private static final GateDecision ALLOW_CONSENT =
      GateDecision.allow(RULE_SET + ": consent held and required notice shown");
  private static final GateDecision ALLOW_NOTICE =
      GateDecision.allow(RULE_SET + ": purpose rests on the notice shown (Art.21); no consent needed");

  private final PurposeCatalogue catalogue;
  private final ConsentLedger ledger;
  private final NoticeRegistry notices;
  private final RightsStore rights;
  private final boolean honourObjections;
  private final java.util.concurrent.ConcurrentHashMap<PurposeId, Reasons> reasons =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Creates the gate, honouring objections (see the other constructor).
   *
   * @param catalogue the purpose catalogue
   * @param ledger the consent ledger
   * @param notices the notice registry
   * @param rights the store of Art. 35 stops (read on every check)
   * @throws InvalidValueException if an argument is null
   */
  public ConsentPurposeGate(
      PurposeCatalogue catalogue, ConsentLedger ledger, NoticeRegistry notices, RightsStore rights) {
    this(catalogue, ledger, notices, rights, true);
  }

  /**
   * Creates the gate, choosing whether objections are honoured for purposes that need no consent.
   *
   * <p>A purpose that rests on the notified purpose of use (Art. 21) needs no consent under APPI.
   * When {@code honourObjections} is true (the default of the other constructor), an explicit
   * refusal or withdrawal recorded in the ledger for such a purpose still denies it: the person
   * said no, and a programme that keeps measuring them anyway loses their trust. This is a house
   * rule, not a requirement of the Act, so it can be switched off. An Art. 35 stop of use always
   * denies.
   *
   * @param catalogue the purpose catalogue
   * @param ledger the consent ledger
   * @param notices the notice registry
   * @param rights the store of Art. 35 stops (read on every check)
   * @param honourObjections whether a REFUSED or WITHDRAWN state denies a purpose needing no consent
   * @throws InvalidValueException if an argument is null
   */
  public ConsentPurposeGate(PurposeCatalogue catalogue, ConsentLedger ledger, NoticeRegistry notices,
      RightsStore rights, boolean honourObjections) {
    this.catalogue = Checks.notNull(catalogue, "catalogue");
    this.ledger = Checks.notNull(ledger, "ledger");
    this.notices = Checks.notNull(notices, "notices");
    this.rights = Checks.notNull(rights, "rights");
    this.honourObjections = honourObjections;
  }

  @Override
  public GateDecision check(TenantId tenant, AlumnusId alumnus, PurposeId purpose, Instant at) {
    PurposeCheck c = evaluate(tenant, alumnus, purpose, at);
    if (c instanceof PurposeCheck.Allowed a) {
      return a.purpose().consentRequired() ? ALLOW_CONSENT : ALLOW_NOTICE;
    }
    PurposeCheck.Denied d = (PurposeCheck.Denied) c;
    return GateDecision.deny(d.missing().code(), d.article(), d.reason());
  }

  /**
   * Decides like {@link #check} but returns which fact was missing and the purpose version used.
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @param purpose the purpose
   * @param at the instant of processing
   * @return the outcome
   */
  public PurposeCheck evaluate(TenantId tenant, AlumnusId alumnus, PurposeId purpose, Instant at) {
    try {
      return evaluateFacts(tenant, alumnus, purpose, at);
    } catch (LedgerIntegrityException e) {
      return new PurposeCheck.Denied(
          MissingFact.LEDGER_BROKEN,
          "missing fact: the consent ledger of tenant " + tenant + " is broken at position "
              + e.position() + "; no consent can be relied on until it is restored (fail closed)");
    } catch (RuntimeException e) {
      return new PurposeCheck.Denied(
          MissingFact.STORE_UNAVAILABLE,
          "missing fact: a consent store did not answer (" + e.getClass().getSimpleName()
              + "); denied (fail closed)");
    }
  }

  private PurposeCheck evaluateFacts(
      TenantId tenant, AlumnusId alumnus, PurposeId purpose, Instant at) {
    if (tenant == null || alumnus == null || purpose == null || at == null) {
      return new PurposeCheck.Denied(
          MissingFact.REQUEST_INCOMPLETE,
          "missing fact: " + (tenant == null ? "tenant" : alumnus == null ? "alumnus"
              : purpose == null ? "purpose" : "instant") + " not supplied; denied (fail closed)");
    }
    PurposeCatalogue.Handle h = catalogue.handle(tenant, purpose);
    if (h == null) {
      return new PurposeCheck.Denied(
          MissingFact.PURPOSE_NOT_IN_CATALOGUE,
          "missing fact: purpose '" + purpose + "' is not in the purpose catalogue of tenant "
              + tenant + " (" + RULE_SET + ":Art.17(1))");
    }
    Purpose p = h.versionAt(at);
    if (p == null) {
      return new PurposeCheck.Denied(
          MissingFact.PURPOSE_NOT_YET_IN_EFFECT,
          "missing fact: no version of purpose '" + purpose + "' was in effect at " + at
              + " (" + RULE_SET + ":Art.17(1))");
    }
    Instant ended = h.endedAt();
    if (ended != null && !at.isBefore(ended)) {
      return new PurposeCheck.Denied(
          MissingFact.PURPOSE_ENDED,
          "purpose '" + purpose + "' ended at " + ended + "; data is no longer needed for it ("
              + RULE_SET + ":Art.22)");
    }
    if (rights.stopped(tenant, RightsStore.StopKind.USE, alumnus, purpose.value(), at)) {
      return new PurposeCheck.Denied(
          MissingFact.USE_STOPPED,
          "use of the alumnus's data for purpose '" + purpose + "' was stopped at the person's request ("
              + RULE_SET + ":Art.35(2))");
    }
    Reasons r = p.requiredNotice().isPresent() || p.consentRequired() ? reasons(p) : null;
    if (p.requiredNotice().isPresent()) {
      int shown = notices.highestVersionShown(tenant, alumnus, p.requiredNotice().get(), at);
      if (shown < p.minimumNoticeVersion()) {
        return r.noticeDenied[shown];
      }
    }
    if (p.consentRequired()) {
      ConsentState state = ledger.stateAt(tenant, alumnus, purpose, at);
      if (!state.permitsProcessing()) {
        return r.consentDenied[state.ordinal()];
      }
    } else if (honourObjections) {
      ConsentState state = ledger.stateAt(tenant, alumnus, purpose, at);
      if (state == ConsentState.REFUSED || state == ConsentState.WITHDRAWN) {
        return (r != null ? r : reasons(p)).objectionDenied[state.ordinal()];
      }
    }
    return new PurposeCheck.Allowed(p, p.consentRequired() ? ALLOW_CONSENT.reason() : ALLOW_NOTICE.reason());
  }

  private Reasons reasons(Purpose p) {
    Reasons r = reasons.get(p.id());
    if (r == null || !r.fits(p)) {
      r = new Reasons(p);
      reasons.put(p.id(), r);
    }
    return r;
  }

  /**
   * Deny outcomes prepared once per purpose version, so a check builds no strings. Shared by
   * tenants whose purpose version has the same fields that appear in the reasons.
   */
  private static final class Reasons {
    final int version;
    final String consentArticle;
    final NoticeId notice;
    final int minimum;
    final PurposeCheck.Denied[] noticeDenied;
    final PurposeCheck.Denied[] consentDenied;
    final PurposeCheck.Denied[] objectionDenied;

    Reasons(Purpose p) {
      version = p.version();
      consentArticle = p.consentArticle();
      notice = p.requiredNotice().orElse(null);
      minimum = p.minimumNoticeVersion();
      noticeDenied = new PurposeCheck.Denied[minimum];
      for (int shown = 0; shown < minimum; shown++) {
        noticeDenied[shown] = new PurposeCheck.Denied(
            MissingFact.NOTICE_NOT_SHOWN,
            "missing fact: notice '" + notice + "' v" + minimum
                + " or later was not shown to the alumnus by the time of processing"
                + (shown == 0 ? " (none shown)" : " (highest shown: v" + shown + ")")
                + " for purpose '" + p.id() + "' v" + version + " (" + RULE_SET
                + ":Art.21(1)-(3))");
      }
      ConsentState[] states = ConsentState.values();
      consentDenied = new PurposeCheck.Denied[states.length];
      objectionDenied = new PurposeCheck.Denied[states.length];
      for (ConsentState st : states) {
        objectionDenied[st.ordinal()] = new PurposeCheck.Denied(
            MissingFact.OBJECTION_ON_RECORD,
            "the alumnus objected to purpose '" + p.id() + "' (ledger state " + st + ", " + st.dpv()
                + "); it needs no consent under " + RULE_SET + ":Art.21, but the objection is"
                + " honoured (house rule)");
      }
      for (ConsentState st : states) {
        consentDenied[st.ordinal()] = new PurposeCheck.Denied(
            MissingFact.CONSENT_NOT_HELD,
            consentArticle.isBlank() ? MissingFact.CONSENT_NOT_HELD.article() : consentArticle,
            "missing fact: no consent held for purpose '" + p.id() + "' at the time of processing"
                + " (ledger state " + st + ", " + st.dpv() + "; " + consentArticle + ")");
      }
    }

    boolean fits(Purpose p) {
      return p.version() == version
          && p.minimumNoticeVersion() == minimum
          && p.consentArticle().equals(consentArticle)
          && java.util.Objects.equals(p.requiredNotice().orElse(null), notice);
    }
  }
}
