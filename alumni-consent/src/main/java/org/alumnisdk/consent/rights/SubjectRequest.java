package org.alumnisdk.consent.rights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.consent.decision.Reason;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;

/**
 * A data-subject request as an immutable snapshot: what was asked, by whom, on which ground, its
 * state and history, its deadline and the reasons given.
 *
 * @param tenant the tenant
 * @param id the request id
 * @param alumnus the person the request is about
 * @param kind what is asked
 * @param requester who asked (the person or a representative)
 * @param ground the Art. 35 ground, or null for disclosure and correction
 * @param format the disclosure format, or null for other kinds
 * @param scope the purpose (cessation of use) or recipient (cessation of provision) concerned; blank for all
 * @param receivedAt when the request arrived
 * @param dueBy when "without delay" runs out
 * @param state the current state
 * @param history the state changes, oldest first
 * @param reasons the reasons given to the person (refusals, partial refusals, completions)
 * @since 0.1.0
 */
public record SubjectRequest(
    TenantId tenant,
    String id,
    AlumnusId alumnus,
    RequestKind kind,
    Requester requester,
    Art35Ground ground,
    DisclosureFormat format,
    String scope,
    Instant receivedAt,
    Instant dueBy,
    RequestState state,
    List<Transition> history,
    List<Reason> reasons) {

  /**
   * One state change.
   *
   * @param state the new state
   * @param at when
   * @param by who made it (staff or system id)
   */
  public record Transition(RequestState state, Instant at, String by) {
    /**
     * Validates.
     *
     * @param state the new state
     * @param at when
     * @param by who made it (staff or system id)
     * @throws InvalidValueException if a part is missing
     */
    public Transition {
      Checks.notNull(state, "transition.state");
      Checks.notNull(at, "transition.at");
      by = Checks.notBlank(by, "transition.by");
    }
  }

  /**

   * Validates and copies.

   *

   * @param tenant the tenant

   * @param id the request id

   * @param alumnus the person the request is about

   * @param kind what is asked

   * @param requester who asked (the person or a representative)

   * @param ground the Art. 35 ground, or null for disclosure and correction

   * @param format the disclosure format, or null for other kinds

   * @param scope the purpose (cessation of use) or recipient (cessation of provision) concerned; blank for all

   * @param receivedAt when the request arrived

   * @param dueBy when "without delay" runs out

   * @param state the current state

   * @param history the state changes, oldest first

   * @param reasons the reasons given to the person (refusals, partial refusals, completions)

   * @throws InvalidValueException naming the field if the request is inconsistent

   */
  public SubjectRequest {
    Checks.notNull(tenant, "tenant");
    id = Checks.notBlank(id, "requestId");
    Checks.notNull(alumnus, "alumnus");
    Checks.notNull(kind, "kind");
    Checks.notNull(requester, "requester");
    if (kind.needsGround()) {
      Checks.notNull(ground, "ground");
      if (!ground.supports().contains(kind)) {
        throw new InvalidValueException("ground", ground + " (" + ground.right() + ") does not support " + kind);
      }
    } else if (ground != null) {
      throw new InvalidValueException("ground", "only Art. 35 requests carry a ground");
    }
    if (kind == RequestKind.DISCLOSURE) {
      Checks.notNull(format, "format");
    }
    scope = scope == null ? "" : scope.strip();
    Checks.notNull(receivedAt, "receivedAt");
    Checks.notNull(dueBy, "dueBy");
    Checks.notNull(state, "state");
    history = Checks.copyOf(history, "history");
    reasons = Checks.copyOf(reasons, "reasons");
  }

  /**
   * Returns the ground.
   *
   * @return the ground, or empty
   */
  public Optional<Art35Ground> groundOpt() {
    return Optional.ofNullable(ground);
  }

  /**
   * Says whether the request is open past its deadline.
   *
   * @param now the instant to check at
   * @return true if overdue
   */
  public boolean overdueAt(Instant now) {
    return !state.closed() && now.isAfter(dueBy);
  }

  /**
   * Returns a copy in a new state.
   *
   * @param next the new state
   * @param at when
   * @param by who
   * @param moreReasons reasons to add
   * @return the new snapshot
   * @throws IllegalTransitionException if the state may not move there
   */
  public SubjectRequest moveTo(RequestState next, Instant at, String by, List<Reason> moreReasons) {
    if (!state.canMoveTo(next)) {
      throw new IllegalTransitionException("request " + id, state.name(), next.name());
    }
    List<Transition> h = new ArrayList<>(history);
    h.add(new Transition(next, at, by));
    List<Reason> r = new ArrayList<>(reasons);
    r.addAll(moreReasons);
    return new SubjectRequest(tenant, id, alumnus, kind, requester, ground, format, scope, receivedAt,
        dueBy, next, h, r);
  }
}
