package org.alumnisdk.consent.ledger;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * One append-only consent event for one alumnus and one purpose.
 *
 * <p>One consent per purpose: purposes are never bundled in one event. A granting event
 * ({@link ConsentEventType#GIVEN}, {@link ConsentEventType#RENEWED}) must name the notice
 * version shown, must be performed by the person, a legal representative or an agent, and may
 * carry a {@code validUntil}. {@code toString()} omits the evidence text.
 *
 * @param tenant the tenant
 * @param eventId an identifier unique within the tenant (27560 {@code record_id})
 * @param alumnus the person (27560 {@code pii_principal_id})
 * @param purpose the single purpose concerned
 * @param type what happened
 * @param at when it happened (27560 {@code event_time})
 * @param actor who acted
 * @param method how it was captured
 * @param evidence a reference to the evidence (form submission id, scanned document id); no
 *     personal data
 * @param notice the notice version shown, for granting events
 * @param validUntil the end of validity, for granting events
 * @since 0.1.0
 */
public record ConsentEvent(
    TenantId tenant,
    String eventId,
    AlumnusId alumnus,
    PurposeId purpose,
    ConsentEventType type,
    Instant at,
    ConsentActor actor,
    ConsentMethod method,
    String evidence,
    Optional<NoticeRef> notice,
    Optional<Instant> validUntil) {

  /**
   * The order in which events are folded: by instant, then by {@link ConsentEventType#rank()}
   * (restrictive events last), then by event id. It does not depend on storage order.
   */
  public static final Comparator<ConsentEvent> FOLD_ORDER =
      Comparator.comparing(ConsentEvent::at)
          .thenComparingInt((ConsentEvent e) -> e.type().rank())
          .thenComparing(ConsentEvent::eventId);

  /**
   * Validates the event.
   *
   * @param tenant the tenant
   * @param eventId an identifier unique within the tenant (27560 {@code record_id})
   * @param alumnus the person (27560 {@code pii_principal_id})
   * @param purpose the single purpose concerned
   * @param type what happened
   * @param at when it happened (27560 {@code event_time})
   * @param actor who acted
   * @param method how it was captured
   * @param evidence a reference to the evidence (form submission id, scanned document id); no
   *     personal data
   * @param notice the notice version shown, for granting events
   * @param validUntil the end of validity, for granting events
   * @throws InvalidValueException if a field is missing or inconsistent
   */
  public ConsentEvent {
    Checks.notNull(tenant, "event.tenant");
    eventId = Checks.notBlank(eventId, "event.eventId");
    Checks.notNull(alumnus, "event.alumnus");
    Checks.notNull(purpose, "event.purpose");
    Checks.notNull(type, "event.type");
    Checks.notNull(at, "event.at");
    Checks.notNull(actor, "event.actor");
    Checks.notNull(method, "event.method");
    evidence = Checks.notBlank(evidence, "event.evidence");
    Checks.notNull(notice, "event.notice");
    Checks.notNull(validUntil, "event.validUntil");
    if (type.grants()) {
      if (notice.isEmpty()) {
        throw new InvalidValueException(
            "event.notice", "a " + type + " event must name the notice version shown");
      }
      if (actor == ConsentActor.OPERATOR) {
        throw new InvalidValueException(
            "event.actor", "consent is given by the person, a legal representative or an agent");
      }
      if (validUntil.isPresent() && !validUntil.get().isAfter(at)) {
        throw new InvalidValueException("event.validUntil", "must be after the event instant");
      }
    } else if (validUntil.isPresent()) {
      throw new InvalidValueException("event.validUntil", "only GIVEN or RENEWED events carry it");
    }
  }

  /**
   * A granting event by the person.
   *
   * @param tenant the tenant
   * @param eventId the event id
   * @param alumnus the person
   * @param purpose the purpose
   * @param at when consent was given
   * @param method how
   * @param evidence a reference to the evidence
   * @param notice the notice version shown
   * @return the event
   * @throws InvalidValueException if a field is missing
   */
  public static ConsentEvent given(
      TenantId tenant,
      String eventId,
      AlumnusId alumnus,
      PurposeId purpose,
      Instant at,
      ConsentMethod method,
      String evidence,
      NoticeRef notice) {
    return new ConsentEvent(
        tenant, eventId, alumnus, purpose, ConsentEventType.GIVEN, at, ConsentActor.SELF, method,
        evidence, Optional.of(Checks.notNull(notice, "event.notice")), Optional.empty());
  }

  /**
   * A non-granting event (requested, refused, withdrawn, expired, invalidated).
   *
   * @param tenant the tenant
   * @param eventId the event id
   * @param alumnus the person
   * @param purpose the purpose
   * @param type the event type, not GIVEN or RENEWED
   * @param at when it happened
   * @param actor who acted
   * @param method how it was captured
   * @param evidence a reference to the evidence
   * @return the event
   * @throws InvalidValueException if a field is missing or the type grants consent
   */
  public static ConsentEvent of(
      TenantId tenant,
      String eventId,
      AlumnusId alumnus,
      PurposeId purpose,
      ConsentEventType type,
      Instant at,
      ConsentActor actor,
      ConsentMethod method,
      String evidence) {
    return new ConsentEvent(
        tenant, eventId, alumnus, purpose, type, at, actor, method, evidence, Optional.empty(),
        Optional.empty());
  }

  /**
   * A copy valid until an instant (granting events only).
   *
   * @param until the end of validity
   * @return the copy
   * @throws InvalidValueException if this event does not grant consent or {@code until} is not
   *     after {@link #at()}
   */
  public ConsentEvent withValidUntil(Instant until) {
    return new ConsentEvent(
        tenant, eventId, alumnus, purpose, type, at, actor, method, evidence, notice,
        Optional.of(Checks.notNull(until, "event.validUntil")));
  }

  /**
   * A copy performed by another actor.
   *
   * @param by the actor
   * @return the copy
   * @throws InvalidValueException if the actor is invalid for the event type
   */
  public ConsentEvent withActor(ConsentActor by) {
    return new ConsentEvent(
        tenant, eventId, alumnus, purpose, type, at, by, method, evidence, notice, validUntil);
  }

  @Override
  public String toString() {
    return "ConsentEvent[" + tenant + "/" + eventId + " " + alumnus + " " + purpose + " " + type
        + " at " + at + " by " + actor + " via " + method
        + notice.map(n -> " notice " + n.notice() + " v" + n.version()).orElse("")
        + validUntil.map(v -> " until " + v).orElse("") + "]";
  }
}
