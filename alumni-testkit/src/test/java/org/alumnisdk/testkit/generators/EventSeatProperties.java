package org.alumnisdk.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.EventId;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.event.Event;
import org.alumnisdk.core.event.EventKind;
import org.junit.jupiter.api.Test;

/**
 * Random RSVPs, cancellations and capacity changes agree with a plain first-come-first-served
 * queue model: the first {@code capacity} people in arrival order hold seats, the rest wait.
 */
class EventSeatProperties {
  private static final long SEED = 20261125L;
  private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

  @Test
  void seatsAndWaitlistFollowAFirstComeFirstServedQueue() {
    qt().withFixedSeed(SEED).withExamples(1000)
        .forAll(integers().between(1, 4), lists().of(integers().between(0, 29)).ofSizeBetween(0, 40))
        .checkAssert((capacity, ops) -> {
          Event e = Event.schedule(EventId.of("e"), TenantId.of("t"), "x", EventKind.MEETUP, T0, T0, capacity);
          List<AlumnusId> queue = new ArrayList<>(); // oracle: arrival order of current RSVPs
          int cap = capacity;
          for (int op : ops) {
            AlumnusId who = AlumnusId.of("a-" + (op % 6));
            switch (op / 6) {
              case 0, 1 -> {
                e = e.rsvp(who);
                if (!queue.contains(who)) {
                  queue.add(who);
                }
              }
              case 2 -> {
                if (e.statusOf(who) == org.alumnisdk.core.event.RsvpStatus.ATTENDED) {
                  Event attended = e;
                  org.assertj.core.api.Assertions.assertThatThrownBy(() -> attended.cancelRsvp(who))
                      .isInstanceOf(IllegalTransitionException.class);
                } else {
                  e = e.cancelRsvp(who);
                  queue.remove(who);
                }
              }
              case 3 -> {
                if (cap + 1 >= e.confirmed().size()) {
                  cap = cap + 1;
                  e = e.withCapacity(cap);
                }
              }
              default -> {
                try {
                  e = e.checkIn(who, T0);
                  assertThat(queue.indexOf(who)).isBetween(0, cap - 1);
                } catch (IllegalTransitionException notSeated) {
                  assertThat(queue.indexOf(who) < 0 || queue.indexOf(who) >= cap).isTrue();
                }
              }
            }
            // attendees cannot cancel, so they are never removed from the oracle queue either
            int seats = Math.min(cap, queue.size());
            assertThat(e.confirmed()).containsExactlyInAnyOrderElementsOf(queue.subList(0, seats));
            assertThat(e.waitlist()).containsExactlyElementsOf(queue.subList(seats, queue.size()));
            assertThat(e.confirmed().size()).isLessThanOrEqualTo(e.capacity());
          }
        });
  }
}
