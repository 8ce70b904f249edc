package org.alumnisdk.consent.rights;

import org.alumnisdk.consent.spi.RightsStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.alumnisdk.consent.decision.Action;
import org.alumnisdk.consent.decision.ArticleRef;
import org.alumnisdk.consent.decision.DecisionPolicy;
import org.alumnisdk.consent.decision.Reason;
import org.alumnisdk.consent.decision.RuleResult;
import org.alumnisdk.consent.decision.Verdict;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.TenantMismatchException;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.spi.ActivityLog;
import org.alumnisdk.core.spi.AlumnusRepository;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;

/**
 * The data-subject request desk (Arts. 32-39): receives requests, checks identity and a
 * representative's authority, and carries out disclosure, correction, cessation of use, deletion
 * and cessation of provision, with partial refusals and reasons. Deletion goes through the core
 * ports and keeps the statutory records whose retention has not ended.
 *
 * <p>Stops recorded here are enforced through {@link #gate(PurposeGate)} (cessation of use) and
 * {@link #provisionStopPolicy()} (cessation of provision). Requests and stops are kept in a
 * {@link RightsStore} (in memory unless the host supplies one); the class is thread-safe.
 *
 * @since 0.1.0
 */
public final class RightsDesk {
  private final AlumnusRepository alumni;
  private final ActivityLog activities;
  private final PersonRecords records;
  private final RightsPolicy policy;
  private final Clock clock;
  private final RightsStore store;

  private RightsDesk(AlumnusRepository alumni, ActivityLog activities, PersonRecords records,
      RightsPolicy policy, Clock clock, RightsStore store) {
    this.alumni = alumni;
    this.activities = activities;
    this.records = records;
    this.policy = policy;
    this.clock = clock;
    this.store = store;
  }

  /**
   * Creates a desk over an in-memory {@link RightsStore}.
   *
   * @param alumni the alumni repository (core port)
   * @param activities the activity log (core port)
   * @param records the statutory records about persons
   * @param policy the workflow settings
   * @param clock the clock
   * @return the desk
   * @throws InvalidValueException if an argument is null
   */
  public static RightsDesk create(AlumnusRepository alumni, ActivityLog activities, PersonRecords records,
      RightsPolicy policy, Clock clock) {
    return create(alumni, activities, records, policy, clock, RightsStore.inMemory());
  }

  /**
   * Creates a desk over a host's {@link RightsStore}.
   *
   * @param alumni the alumni repository (core port)
   * @param activities the activity log (core port)
   * @param records the statutory records about persons
   * @param policy the workflow settings
   * @param clock the clock
   * @param store where requests and stops are kept
   * @return the desk
   * @throws InvalidValueException if an argument is null
   */
  public static RightsDesk create(AlumnusRepository alumni, ActivityLog activities, PersonRecords records,
      RightsPolicy policy, Clock clock, RightsStore store) {
    return new RightsDesk(Checks.notNull(alumni, "alumni"), Checks.notNull(activities, "activities"),
        Checks.notNull(records, "records"), Checks.notNull(policy, "policy"), Checks.notNull(clock, "clock"),
        Checks.notNull(store, "store"));
  }

  private Reason reason(String article, String text) {
    return new Reason("rightsDesk", new ArticleRef(policy.ruleSetVersion(), article), text);
  }

  private SubjectRequest get(TenantId tenant, String requestId) {
    return store.find(Checks.notNull(tenant, "tenant"), Checks.notBlank(requestId, "requestId")).orElseThrow(
        () -> new InvalidValueException("requestId", "no request '" + requestId + "' in tenant " + tenant));
  }

  private SubjectRequest verified(TenantId tenant, String requestId, RequestKind... kinds) {
    SubjectRequest r = get(tenant, requestId);
    if (!List.of(kinds).contains(r.kind())) {
      throw new InvalidValueException("requestId", "request '" + requestId + "' is a " + r.kind() + " request");
    }
    if (r.state() != RequestState.VERIFIED) {
      throw new org.alumnisdk.core.IllegalTransitionException("request " + requestId, r.state().name(), "acted on (identity must be verified first)");
    }
    return r;
  }

  /**
   * Receives a request. The deadline is the receipt time plus the policy's "without delay".
   *
   * @param tenant the tenant
   * @param requestId the request id, unique in the tenant
   * @param alumnus the person
   * @param kind what is asked
   * @param requester who asks
   * @param ground the Art. 35 ground (null for disclosure and correction)
   * @param format the disclosure format (null for other kinds)
   * @param scope the purpose or recipient concerned, blank for all
   * @return the request, in state RECEIVED
   * @throws InvalidValueException naming the field if the request is inconsistent or the id is taken
   */
  public synchronized SubjectRequest receive(TenantId tenant, String requestId, AlumnusId alumnus, RequestKind kind,
      Requester requester, Art35Ground ground, DisclosureFormat format, String scope) {
    Instant now = clock.instant();
    SubjectRequest r = new SubjectRequest(tenant, requestId, alumnus, kind, requester, ground, format, scope, now,
        now.plus(policy.withoutDelay()), RequestState.RECEIVED,
        List.of(new SubjectRequest.Transition(RequestState.RECEIVED, now, "intake")), List.of());
    if (!store.insert(r)) {
      throw new InvalidValueException("requestId", "'" + requestId + "' already exists");
    }
    return r;
  }

  /**
   * Records the identity check (Art. 37(2)); for a representative, also the check of authority
   * (Art. 37(3)). A failed check closes the request.
   *
   * @param tenant the tenant
   * @param requestId the request
   * @param verifiedBy who checked (staff id)
   * @param identityConfirmed whether the person's identity was confirmed
   * @param authorityConfirmed whether a representative's authority was confirmed (ignored for the person)
   * @return the request, VERIFIED or IDENTITY_FAILED
   * @throws org.alumnisdk.core.IllegalTransitionException if not in RECEIVED
   */
  public synchronized SubjectRequest verifyIdentity(TenantId tenant, String requestId, String verifiedBy,
      boolean identityConfirmed, boolean authorityConfirmed) {
    SubjectRequest r = get(tenant, requestId);
    boolean ok = identityConfirmed && (!r.requester().representative() || authorityConfirmed);
    List<Reason> why = new ArrayList<>();
    if (!identityConfirmed) {
      why.add(reason("Art.37(2)", "the identity of the person could not be confirmed"));
    }
    if (r.requester().representative() && !authorityConfirmed) {
      why.add(reason("Art.37(3)", "the representative's authority could not be confirmed"));
    }
    return save(r.moveTo(ok ? RequestState.VERIFIED : RequestState.IDENTITY_FAILED, clock.instant(), verifiedBy, why));
  }

  private SubjectRequest save(SubjectRequest r) {
    store.update(r);
    return r;
  }

  /**
   * Discloses the retained personal data and the statutory records about the person (Art. 33(1),
   * (5)) in the format asked for, leaving out the withheld items (Art. 33(2)).
   *
   * @param tenant the tenant
   * @param requestId the request
   * @param by who acts
   * @param withheld items withheld with their grounds (empty for full disclosure)
   * @return the outcome with the document; COMPLETED, or PARTIALLY_REFUSED when something was withheld
   * @throws org.alumnisdk.core.IllegalTransitionException if not VERIFIED
   * @throws InvalidValueException if the request is not a disclosure
   */
  public synchronized RequestOutcome disclose(TenantId tenant, String requestId, String by, List<Withholding> withheld) {
    SubjectRequest r = verified(tenant, requestId, RequestKind.DISCLOSURE);
    List<Withholding> wh = Checks.copyOf(withheld, "withheld");
    Optional<Alumnus> profile = alumni.findById(tenant, r.alumnus());
    profile.ifPresent(a -> Checks.sameTenant(tenant, a.tenant(), "alumnus"));
    List<ProfileItems.Item> items = new ArrayList<>();
    profile.ifPresent(a -> items.addAll(ProfileItems.of(a)));
    items.removeIf(it -> wh.stream().anyMatch(w -> it.item().startsWith(w.itemPrefix())));
    List<RecordView> recs = records.about(tenant, r.alumnus()).stream()
        .filter(v -> wh.stream().noneMatch(w -> ("record." + v.recordId()).startsWith(w.itemPrefix())))
        .sorted(Comparator.comparing(RecordView::recordId)).toList();
    Instant now = clock.instant();
    String header = "\"tenant\":" + DocumentWriter.q(tenant.value()) + ",\"subject\":" + DocumentWriter.q(r.alumnus().value())
        + ",\"requestId\":" + DocumentWriter.q(r.id()) + ",\"generatedAt\":" + DocumentWriter.q(now.toString())
        + ",\"lawVersion\":" + DocumentWriter.q(policy.ruleSetVersion());
    String content = DocumentWriter.write(r.format(), header, items, recs, wh);
    List<Reason> why = new ArrayList<>();
    if (profile.isEmpty() && recs.isEmpty()) {
      why.add(reason("Art.33(3)", "no retained personal data about the person exists; the person is told so"));
    } else {
      why.add(reason("Art.33(1)", "disclosed as an electronic record in " + r.format()));
    }
    for (Withholding w : wh) {
      why.add(reason(w.ground().article(), "withheld " + w.itemPrefix() + "; the person is told why (Art. 36)"));
    }
    RequestState next = wh.isEmpty() ? RequestState.COMPLETED : RequestState.PARTIALLY_REFUSED;
    SubjectRequest done = save(r.moveTo(next, now, by, why));
    return new RequestOutcome(done, Optional.of(new DisclosureDocument(r.format(), content, items.size(), recs.size(), wh)),
        Optional.empty());
  }

  /**
   * Answers a request to be told the purposes of use (Art. 32(2)).
   *
   * @param tenant the tenant
   * @param requestId the request
   * @param by who acts
   * @param purposes the purposes of use of the person's retained personal data
   * @return the request, COMPLETED, with the purposes in its reasons
   * @throws org.alumnisdk.core.IllegalTransitionException if not VERIFIED
   * @throws InvalidValueException if the request is of another kind or no purpose is given
   */
  public synchronized SubjectRequest answerPurposes(TenantId tenant, String requestId, String by, List<PurposeId> purposes) {
    SubjectRequest r = verified(tenant, requestId, RequestKind.PURPOSE_NOTIFICATION);
    if (Checks.notNull(purposes, "purposes").isEmpty()) {
      throw new InvalidValueException("purposes", "name at least one purpose, or refuse under Art. 32(3)");
    }
    return save(r.moveTo(RequestState.COMPLETED, clock.instant(), by,
        List.of(reason("Art.32(2)", "purposes of use notified: " + purposes))));
  }

  /**
   * Decides a correction request after the investigation (Art. 34): if the content was found
   * untrue, applies the fix through the repository; otherwise refuses with the reason.
   *
   * @param tenant the tenant
   * @param requestId the request
   * @param by who acts
   * @param contentUntrue the investigation's finding
   * @param fix the corrected profile, from the stored one (applied only when untrue)
   * @return the outcome; COMPLETED or REFUSED
   * @throws org.alumnisdk.core.IllegalTransitionException if not VERIFIED
   * @throws InvalidValueException if the fix changes the id or tenant, or there is no profile
   */
  public synchronized RequestOutcome correct(TenantId tenant, String requestId, String by, boolean contentUntrue,
      UnaryOperator<Alumnus> fix) {
    SubjectRequest r = verified(tenant, requestId, RequestKind.CORRECTION);
    Checks.notNull(fix, "fix");
    Instant now = clock.instant();
    if (!contentUntrue) {
      return RequestOutcome.of(save(r.moveTo(RequestState.REFUSED, now, by,
          List.of(reason("Art.34(3)", "the investigation found the content true; no correction; the person is notified")))));
    }
    Alumnus current = alumni.findById(tenant, r.alumnus())
        .orElseThrow(() -> new InvalidValueException("alumnus", "no profile to correct"));
    Alumnus fixed = Checks.notNull(fix.apply(current), "fix result");
    if (!fixed.id().equals(current.id()) || !fixed.tenant().equals(current.tenant())) {
      throw new InvalidValueException("fix", "must not change the alumnus id or tenant");
    }
    alumni.save(fixed.withVersion(current.version()));
    return RequestOutcome.of(save(r.moveTo(RequestState.COMPLETED, now, by,
        List.of(reason("Art.34(2)", "corrected after investigation; the person is notified of the result and content")))));
  }

  /**
   * Decides an Art. 35 request: refuses it when the ground is not established; takes an alternative
   * measure when complying is very costly or otherwise difficult (proviso); otherwise stops the use,
   * deletes, or stops the provision.
   *
   * @param tenant the tenant
   * @param requestId the request
   * @param by who acts
   * @param groundEstablished whether the operator found the ground to exist (a human finding)
   * @param alternativeMeasure the alternative measure taken under the proviso, or null to comply
   * @return the outcome (with the deletion report for deletions)
   * @throws org.alumnisdk.core.IllegalTransitionException if not VERIFIED
   * @throws org.alumnisdk.core.ConcurrentUpdateException if the profile changed during deletion
   */
  public synchronized RequestOutcome decideArt35(TenantId tenant, String requestId, String by, boolean groundEstablished,
      String alternativeMeasure) {
    SubjectRequest r = verified(tenant, requestId, RequestKind.CESSATION_OF_USE, RequestKind.DELETION,
        RequestKind.CESSATION_OF_PROVISION);
    Art35Ground g = r.ground();
    Instant now = clock.instant();
    if (!groundEstablished) {
      return RequestOutcome.of(save(r.moveTo(RequestState.REFUSED, now, by, List.of(
          reason(g.right(), "the ground was not found to exist: " + g.description()),
          reason("Art.35(7)", "the person is notified of the decision without delay; reasons explained (Art. 36)")))));
    }
    if (alternativeMeasure != null && !alternativeMeasure.isBlank()) {
      return RequestOutcome.of(save(r.moveTo(RequestState.PARTIALLY_REFUSED, now, by, List.of(
          reason(g.duty() + " proviso", "complying is very costly or otherwise difficult; an alternative measure to protect the person was taken"),
          reason("Art.35(7)", "the person is notified of the decision without delay; reasons explained (Art. 36)")))));
    }
    Optional<DeletionReport> report = Optional.empty();
    switch (r.kind()) {
      case CESSATION_OF_USE -> store.addStop(tenant, RightsStore.StopKind.USE, r.alumnus(), r.scope(), now);
      case CESSATION_OF_PROVISION -> store.addStop(tenant, RightsStore.StopKind.PROVISION, r.alumnus(), r.scope(), now);
      default -> report = Optional.of(delete(tenant, r.alumnus()));
    }
    List<Reason> why = new ArrayList<>();
    why.add(reason(g.duty(), r.kind() + " carried out: " + g.description()
        + (r.scope().isEmpty() ? "" : " (scope " + r.scope() + ")")));
    report.ifPresent(d -> {
      if (!d.retainedRecords().isEmpty()) {
        why.add(reason("Art.29(3)", d.retainedRecords().size() + " provision/receipt record(s) kept until their retention ends (Arts. 29(3), 30(4))"));
      }
    });
    why.add(reason("Art.35(7)", "the person is notified of the decision without delay"));
    return new RequestOutcome(save(r.moveTo(RequestState.COMPLETED, now, by, why)), Optional.empty(), report);
  }

  private DeletionReport delete(TenantId tenant, AlumnusId alumnus) {
    Optional<Alumnus> profile = alumni.findById(tenant, alumnus);
    boolean deleted = false;
    if (profile.isPresent()) {
      if (!profile.get().tenant().equals(tenant)) {
        throw new TenantMismatchException("alumnus");
      }
      deleted = alumni.delete(tenant, alumnus, profile.get().version());
    }
    int acts = activities.deleteByAlumnus(tenant, alumnus);
    int purged = records.purgeExpired(tenant);
    Instant now = clock.instant();
    List<RecordView> kept = records.about(tenant, alumnus).stream().filter(v -> v.retainUntil().isAfter(now)).toList();
    store.addStop(tenant, RightsStore.StopKind.USE, alumnus, "", now);
    return new DeletionReport(alumnus, deleted, acts, purged, kept);
  }

  /**
   * Refuses a request in full with reasons (for example, a disclosure that would seriously interfere
   * with the business, Art. 33(2)(ii)).
   *
   * @param tenant the tenant
   * @param requestId the request
   * @param by who acts
   * @param reasons the reasons given to the person
   * @return the request, REFUSED
   * @throws InvalidValueException if no reason is given
   */
  public synchronized SubjectRequest refuse(TenantId tenant, String requestId, String by, List<Reason> reasons) {
    if (Checks.notNull(reasons, "reasons").isEmpty()) {
      throw new InvalidValueException("reasons", "a refusal must give reasons (Art. 36)");
    }
    return save(get(tenant, requestId).moveTo(RequestState.REFUSED, clock.instant(), by, reasons));
  }

  /**
   * Finds a request.
   *
   * @param tenant the tenant
   * @param requestId the id
   * @return the request, or empty
   */
  public Optional<SubjectRequest> find(TenantId tenant, String requestId) {
    return store.find(Checks.notNull(tenant, "tenant"), Checks.notBlank(requestId, "requestId"));
  }

  /**
   * Lists the tenant's open requests past their "without delay" deadline.
   *
   * @param tenant the tenant
   * @return the overdue requests, oldest deadline first
   */
  public List<SubjectRequest> overdue(TenantId tenant) {
    Instant now = clock.instant();
    return store.all(Checks.notNull(tenant, "tenant")).stream().filter(r -> r.overdueAt(now))
        .sorted(Comparator.comparing(SubjectRequest::dueBy)).toList();
  }

  /**
   * Says whether use of a person's data for a purpose is stopped now (Art. 35).
   *
   * @param tenant the tenant
   * @param alumnus the person
   * @param purpose the purpose
   * @return true if stopped for this purpose or for all purposes
   */
  public boolean useStopped(TenantId tenant, AlumnusId alumnus, PurposeId purpose) {
    return store.stopped(tenant, RightsStore.StopKind.USE, alumnus, purpose.value(), clock.instant());
  }

  /**
   * Says whether provision of a person's data to a recipient has been stopped (Art. 35).
   *
   * @param tenant the tenant
   * @param alumnus the person
   * @param recipientId the recipient
   * @return true if stopped for this recipient or for all
   */
  public boolean provisionStopped(TenantId tenant, AlumnusId alumnus, String recipientId) {
    return provisionStopped(tenant, alumnus, recipientId, clock.instant());
  }

  private boolean provisionStopped(TenantId tenant, AlumnusId alumnus, String recipientId, Instant at) {
    return store.stopped(tenant, RightsStore.StopKind.PROVISION, alumnus, recipientId, at);
  }

  /**
   * Wraps a purpose gate so that persons whose use was stopped are denied. {@code Consent.gate()}
   * already honours the stops of the store it was built with; use this for another gate.
   *
   * @param delegate the gate to consult otherwise
   * @return the wrapped gate
   */
  public PurposeGate gate(PurposeGate delegate) {
    Checks.notNull(delegate, "delegate");
    return (tenant, alumnus, purpose, at) -> store.stopped(tenant, RightsStore.StopKind.USE, alumnus, purpose.value(), at)
        ? GateDecision.deny("use.stopped", policy.ruleSetVersion() + ":Art.35(2)",
            policy.ruleSetVersion() + ":Art.35 use stopped at the person's request")
        : delegate.check(tenant, alumnus, purpose, at);
  }

  /**
   * Returns a house rule for the decision engine that denies provision of any person whose
   * provision to the recipient was stopped; add it with {@code RuleSet.withAdditionalPolicy}.
   *
   * @return the policy
   */
  public DecisionPolicy provisionStopPolicy() {
    return DecisionPolicy.of("art35ProvisionStops", (req, rules) -> {
      if (req.action() != Action.PROVIDE) {
        return RuleResult.notApplicable();
      }
      List<Reason> why = new ArrayList<>();
      for (AlumnusId a : req.subjects()) {
        if (provisionStopped(req.tenant(), a, req.recipient().id(), req.at())) {
          why.add(new Reason("art35ProvisionStops", rules.cite("Art.35(4)"),
              "provision of " + a + " to this recipient was stopped at the person's request"));
        }
      }
      return why.isEmpty() ? RuleResult.notApplicable()
          : new RuleResult.Unsatisfied(Verdict.DENY, why, List.of(), List.of());
    });
  }
}
