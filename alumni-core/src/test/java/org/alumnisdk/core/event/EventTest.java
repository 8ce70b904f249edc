package org.alumnisdk.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.EventId;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.Test;

class EventTest {
  private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
  private static final AlumnusId A = AlumnusId.of("a"), B = AlumnusId.of("b"), C = AlumnusId.of("c"), D = AlumnusId.of("d");

  private static Event twoSeats() {
    return Event.schedule(EventId.of("ev"), TenantId.of("t"), "Tokyo meetup", EventKind.HYBRID, T0, T0.plusSeconds(7200), 2);
  }

  @Test
  void rsvpsBeyondCapacityGoToTheWaitlistInOrder() {
    Event e = twoSeats().rsvp(A).rsvp(B).rsvp(C).rsvp(D).rsvp(A);
    assertThat(e.confirmed()).containsExactly(A, B);
    assertThat(e.waitlist()).containsExactly(C, D);
    assertThat(e.statusOf(C)).isEqualTo(RsvpStatus.WAITLISTED);
    assertThat(e.freeSeats()).isZero();
  }

  @Test
  void aCancelledSeatPromotesTheHeadOfTheWaitlist() {
    Event e = twoSeats().rsvp(A).rsvp(B).rsvp(C).rsvp(D).cancelRsvp(A);
    assertThat(e.confirmed()).containsExactly(B, C);
    assertThat(e.waitlist()).containsExactly(D);
    Event waitlistLeaves = e.cancelRsvp(D);
    assertThat(waitlistLeaves.waitlist()).isEmpty();
    assertThat(waitlistLeaves.confirmed()).containsExactly(B, C);
  }

  @Test
  void moreSeatsPromoteTheWaitlistAndFewerThanConfirmedAreRefused() {
    Event e = twoSeats().rsvp(A).rsvp(B).rsvp(C).rsvp(D).withCapacity(3);
    assertThat(e.confirmed()).containsExactly(A, B, C);
    assertThat(e.waitlist()).containsExactly(D);
    assertThatThrownBy(() -> e.withCapacity(2)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void onlyConfirmedAlumniCheckInAndAttendeesCannotCancel() {
    Event e = twoSeats().rsvp(A).rsvp(B).rsvp(C);
    Event checked = e.checkIn(A, T0);
    assertThat(checked.statusOf(A)).isEqualTo(RsvpStatus.ATTENDED);
    assertThat(checked.checkIn(A, T0.plusSeconds(9))).isEqualTo(checked);
    assertThatThrownBy(() -> e.checkIn(C, T0)).isInstanceOf(IllegalTransitionException.class).hasMessageContaining("WAITLISTED");
    assertThatThrownBy(() -> e.checkIn(D, T0)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> checked.cancelRsvp(A)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(checked::cancel).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aCancelledEventTakesNoRsvp() {
    Event e = twoSeats().rsvp(A).cancel();
    assertThat(e.cancelled()).isTrue();
    assertThatThrownBy(() -> e.rsvp(B)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> e.checkIn(A, T0)).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void constructorRejectsBrokenSeatInvariants() {
    Event e = twoSeats();
    assertThatThrownBy(() -> new Event(e.id(), e.tenant(), e.title(), e.kind(), T0, T0, 2, List.of(A, B, C), List.of(), List.of(), false, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("capacity");
    assertThatThrownBy(() -> new Event(e.id(), e.tenant(), e.title(), e.kind(), T0, T0, 2, List.of(A), List.of(B), List.of(), false, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("waitlist");
    assertThatThrownBy(() -> new Event(e.id(), e.tenant(), e.title(), e.kind(), T0, T0, 2, List.of(A), List.of(), List.of(new Event.CheckIn(B, T0)), false, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("attendance");
    assertThatThrownBy(() -> new Event(e.id(), e.tenant(), e.title(), e.kind(), T0, T0.minusSeconds(1), 2, List.of(), List.of(), List.of(), false, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("endsAt");
  }
}
