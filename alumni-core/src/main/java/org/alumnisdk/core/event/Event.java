package org.alumnisdk.core.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.EventId;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;

/**
 * An alumni event with capacity, RSVPs, a first-come waitlist and check-in attendance.
 *
 * <p>Invariants, checked by the constructor: confirmed seats never exceed the capacity; nobody is
 * both confirmed and waitlisted or listed twice; the waitlist is empty while seats are free; only
 * confirmed alumni have checked in. When a confirmed alumnus cancels, or the capacity grows, the
 * head of the waitlist is promoted.
 *
 * @param id the event id
 * @param tenant the owning tenant
 * @param title the title
 * @param kind seminar, meetup, online or hybrid
 * @param startsAt the start
 * @param endsAt the end, not before the start
 * @param capacity the number of seats, at least 1
 * @param confirmed alumni holding a seat, in RSVP order
 * @param waitlist alumni waiting for a seat, first come first served
 * @param attendance check-ins of confirmed alumni, in check-in order
 * @param cancelled whether the event was cancelled (no RSVP or check-in afterwards)
 * @param version the optimistic version: 0 before the first save
 * @since 0.1.0
 */
public record Event(
    EventId id,
    TenantId tenant,
    @NotBlank @Size(max = 200) String title,
    EventKind kind,
    Instant startsAt,
    Instant endsAt,
    @Positive @Max(100_000) int capacity,
    List<AlumnusId> confirmed,
    List<AlumnusId> waitlist,
    List<CheckIn> attendance,
    boolean cancelled,
    long version) implements Aggregate<EventId, Event> {

  /**
   * One check-in.
   *
   * @param alumnus who checked in
   * @param at when
   */
  public record CheckIn(AlumnusId alumnus, Instant at) {
    /**
     * Validates the check-in.
     *
     * @param alumnus who checked in
     * @param at when
     * @throws InvalidValueException if a field is missing
     */
    public CheckIn {
      Checks.notNull(alumnus, "attendance.alumnus");
      Checks.notNull(at, "attendance.at");
    }
  }

  /**
   * Validates the event and its seat invariants.
   *
   * @param id the event id
   * @param tenant the owning tenant
   * @param title the title
   * @param kind seminar, meetup, online or hybrid
   * @param startsAt the start
   * @param endsAt the end, not before the start
   * @param capacity the number of seats, at least 1
   * @param confirmed alumni holding a seat, in RSVP order
   * @param waitlist alumni waiting for a seat, first come first served
   * @param attendance check-ins of confirmed alumni, in check-in order
   * @param cancelled whether the event was cancelled (no RSVP or check-in afterwards)
   * @param version the optimistic version: 0 before the first save
   * @throws InvalidValueException naming the first broken field or invariant
   */
  public Event {
    Checks.notNull(id, "id");
    Checks.notNull(tenant, "tenant");
    title = Checks.notBlank(title, "title");
    Checks.notNull(kind, "kind");
    Checks.notNull(startsAt, "startsAt");
    Checks.notNull(endsAt, "endsAt");
    if (endsAt.isBefore(startsAt)) {
      throw new InvalidValueException("endsAt", "must not precede startsAt");
    }
    if (capacity < 1) {
      throw new InvalidValueException("capacity", "must be at least 1, was " + capacity);
    }
    confirmed = Checks.copyOf(confirmed, "confirmed");
    waitlist = Checks.copyOf(waitlist, "waitlist");
    attendance = Checks.copyOf(attendance, "attendance");
    if (confirmed.size() > capacity) {
      throw new InvalidValueException("confirmed", "exceeds the capacity of " + capacity);
    }
    Set<AlumnusId> seen = new HashSet<>();
    for (AlumnusId a : confirmed) {
      if (!seen.add(a)) {
        throw new InvalidValueException("confirmed", "lists " + a + " twice");
      }
    }
    for (AlumnusId a : waitlist) {
      if (!seen.add(a)) {
        throw new InvalidValueException("waitlist", "lists " + a + " twice or also as confirmed");
      }
    }
    if (!waitlist.isEmpty() && confirmed.size() < capacity) {
      throw new InvalidValueException("waitlist", "must be empty while seats are free");
    }
    Set<AlumnusId> checked = new HashSet<>();
    for (CheckIn c : attendance) {
      if (!confirmed.contains(c.alumnus()) || !checked.add(c.alumnus())) {
        throw new InvalidValueException("attendance", "check-in of " + c.alumnus() + " without a confirmed seat or twice");
      }
    }
    Checks.notNegative(version, "version");
  }

  /**
   * Schedules a new event with no RSVPs.
   *
   * @param id the id
   * @param tenant the tenant
   * @param title the title
   * @param kind the kind
   * @param startsAt the start
   * @param endsAt the end
   * @param capacity the number of seats
   * @return the unsaved event
   */
  public static Event schedule(EventId id, TenantId tenant, String title, EventKind kind,
      Instant startsAt, Instant endsAt, int capacity) {
    return new Event(id, tenant, title, kind, startsAt, endsAt, capacity, List.of(), List.of(),
        List.of(), false, 0);
  }

  /**
   * Where an alumnus stands.
   *
   * @param alumnus the alumnus
   * @return the RSVP status
   */
  public RsvpStatus statusOf(AlumnusId alumnus) {
    if (attendance.stream().anyMatch(c -> c.alumnus().equals(alumnus))) {
      return RsvpStatus.ATTENDED;
    }
    if (confirmed.contains(alumnus)) {
      return RsvpStatus.CONFIRMED;
    }
    return waitlist.contains(alumnus) ? RsvpStatus.WAITLISTED : RsvpStatus.NONE;
  }

  /**
   * Free seats.
   *
   * @return capacity minus confirmed
   */
  public int freeSeats() {
    return capacity - confirmed.size();
  }

  private void requireOpen(String what) {
    if (cancelled) {
      throw new IllegalTransitionException("event " + id, "CANCELLED", what);
    }
  }

  /**
   * Answers yes: takes a free seat, or joins the end of the waitlist. Answering twice changes nothing.
   *
   * @param alumnus the alumnus
   * @return the updated copy
   * @throws IllegalTransitionException if the event was cancelled
   */
  public Event rsvp(AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    requireOpen("RSVP");
    if (statusOf(alumnus) != RsvpStatus.NONE) {
      return this;
    }
    List<AlumnusId> c = new ArrayList<>(confirmed);
    List<AlumnusId> w = new ArrayList<>(waitlist);
    if (c.size() < capacity) {
      c.add(alumnus);
    } else {
      w.add(alumnus);
    }
    return new Event(id, tenant, title, kind, startsAt, endsAt, capacity, c, w, attendance, cancelled, version);
  }

  /**
   * Withdraws an RSVP; a freed seat goes to the head of the waitlist.
   *
   * @param alumnus the alumnus
   * @return the updated copy (unchanged if the alumnus had no RSVP)
   * @throws IllegalTransitionException if the alumnus already checked in
   */
  public Event cancelRsvp(AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    RsvpStatus status = statusOf(alumnus);
    if (status == RsvpStatus.ATTENDED) {
      throw new IllegalTransitionException("RSVP of " + alumnus + " to event " + id, "ATTENDED", "NONE");
    }
    List<AlumnusId> c = new ArrayList<>(confirmed);
    List<AlumnusId> w = new ArrayList<>(waitlist);
    if (status == RsvpStatus.WAITLISTED) {
      w.remove(alumnus);
    } else if (status == RsvpStatus.CONFIRMED) {
      c.remove(alumnus);
      promote(c, w, capacity);
    } else {
      return this;
    }
    return new Event(id, tenant, title, kind, startsAt, endsAt, capacity, c, w, attendance, cancelled, version);
  }

  private static void promote(List<AlumnusId> c, List<AlumnusId> w, int capacity) {
    while (c.size() < capacity && !w.isEmpty()) {
      c.add(w.remove(0));
    }
  }

  /**
   * Changes the capacity; extra seats go to the waitlist in order.
   *
   * @param newCapacity the new capacity, not below the confirmed seats
   * @return the updated copy
   * @throws InvalidValueException if fewer seats than confirmed RSVPs are asked for
   */
  public Event withCapacity(int newCapacity) {
    if (newCapacity < confirmed.size()) {
      throw new InvalidValueException("capacity", "cannot drop below the " + confirmed.size() + " confirmed seats");
    }
    List<AlumnusId> c = new ArrayList<>(confirmed);
    List<AlumnusId> w = new ArrayList<>(waitlist);
    promote(c, w, newCapacity);
    return new Event(id, tenant, title, kind, startsAt, endsAt, newCapacity, c, w, attendance, cancelled, version);
  }

  /**
   * Checks a confirmed alumnus in. Checking in twice changes nothing.
   *
   * @param alumnus the alumnus
   * @param at when
   * @return the updated copy
   * @throws IllegalTransitionException if the alumnus holds no seat or the event was cancelled
   */
  public Event checkIn(AlumnusId alumnus, Instant at) {
    Checks.notNull(alumnus, "alumnus");
    Checks.notNull(at, "at");
    requireOpen("CHECK_IN");
    RsvpStatus status = statusOf(alumnus);
    if (status == RsvpStatus.ATTENDED) {
      return this;
    }
    if (status != RsvpStatus.CONFIRMED) {
      throw new IllegalTransitionException("attendance of " + alumnus + " at event " + id, status.name(), RsvpStatus.ATTENDED.name());
    }
    List<CheckIn> a = new ArrayList<>(attendance);
    a.add(new CheckIn(alumnus, at));
    return new Event(id, tenant, title, kind, startsAt, endsAt, capacity, confirmed, waitlist, a, cancelled, version);
  }

  /**
   * Cancels the event.
   *
   * @return the cancelled copy
   * @throws IllegalTransitionException if already cancelled or anybody checked in
   */
  public Event cancel() {
    requireOpen("CANCELLED");
    if (!attendance.isEmpty()) {
      throw new IllegalTransitionException("event " + id, "HELD", "CANCELLED");
    }
    return new Event(id, tenant, title, kind, startsAt, endsAt, capacity, confirmed, waitlist, attendance, true, version);
  }

  @Override
  public Event withVersion(long newVersion) {
    return new Event(id, tenant, title, kind, startsAt, endsAt, capacity, confirmed, waitlist, attendance, cancelled, newVersion);
  }
}
