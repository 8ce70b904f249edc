package org.alumnisdk.consent.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The events of one (tenant, alumnus, purpose) in {@link ConsentEvent#FOLD_ORDER}, so that the
 * state at any instant is two O(log n) floor lookups, whatever order the events arrived in.
 *
 * <p>The fold of {@link ConsentState#after} has a closed form that needs no per-event state:
 * every event type except {@code REQUESTED} sets the state outright, and {@code REQUESTED} keeps
 * a permitting state or otherwise yields {@code REQUESTED}. So the state at {@code t} depends only
 * on the last event at or before {@code t} ({@code L}) and the last <em>decisive</em>
 * (non-{@code REQUESTED}) event at or before {@code t} ({@code D}): it is {@code D}'s state if
 * {@code D} permits processing or {@code L == D}, {@code REQUESTED} if a request followed a
 * non-permitting {@code D} or there is no {@code D}, and {@code UNKNOWN} without events. The
 * validity end of a permitting state is {@code D}'s. Two skip lists (all events, decisive events)
 * give O(log n) inserts in any order and O(n) memory; an earlier design that kept folded arrays
 * copied them on every back-dated insert. Inserting the same event twice is a no-op, which lets
 * the ledger re-index a record after a failed attempt. Readers are lock-free.
 */
final class KeyHistory {
  private final ConcurrentSkipListSet<Stamp> all = new ConcurrentSkipListSet<>();
  private final ConcurrentSkipListSet<Stamp> decisive = new ConcurrentSkipListSet<>();

  /**
   * The sort key of an event in fold order; a probe (null event id) sorts after every event at
   * its instant.
   */
  private record Stamp(long second, int nano, int rank, String eventId, ConsentEvent event)
      implements Comparable<Stamp> {
    static Stamp of(ConsentEvent e) {
      return new Stamp(e.at().getEpochSecond(), e.at().getNano(), e.type().rank(), e.eventId(), e);
    }

    static Stamp probe(Instant at) {
      return new Stamp(at.getEpochSecond(), at.getNano(), Integer.MAX_VALUE, null, null);
    }

    @Override
    public int compareTo(Stamp o) {
      int c = Long.compare(second, o.second);
      if (c == 0) {
        c = Integer.compare(nano, o.nano);
      }
      if (c == 0) {
        c = Integer.compare(rank, o.rank);
      }
      if (c == 0) {
        if (eventId == null || o.eventId == null) {
          c = eventId == null ? (o.eventId == null ? 0 : 1) : -1;
        } else {
          c = eventId.compareTo(o.eventId);
        }
      }
      return c;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Stamp s && compareTo(s) == 0;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(second) * 31 + nano;
    }
  }

  /** Adds an event; adding one already present changes nothing. */
  void add(ConsentEvent e) {
    Stamp s = Stamp.of(e);
    // decisive first: a reader that sees the event in "all" also sees it as decisive
    if (e.type() != ConsentEventType.REQUESTED) {
      decisive.add(s);
    }
    all.add(s);
  }

  ConsentStatus statusAt(Instant at) {
    Stamp probe = Stamp.probe(at);
    Stamp last = all.floor(probe);
    if (last == null) {
      return new ConsentStatus(ConsentState.UNKNOWN, at, Optional.empty(), Optional.empty());
    }
    Stamp d = decisive.floor(probe);
    ConsentState state;
    Instant until = null;
    if (d == null) {
      state = ConsentState.REQUESTED;
    } else {
      ConsentState ds = ConsentState.UNKNOWN.after(d.event.type());
      if (ds.permitsProcessing()) {
        state = ds;
        until = d.event.validUntil().orElse(null);
        if (until != null && !at.isBefore(until)) {
          state = ConsentState.EXPIRED;
        }
      } else {
        state = d == last ? ds : ConsentState.REQUESTED;
      }
    }
    return new ConsentStatus(state, at, Optional.of(last.event), Optional.ofNullable(until));
  }

  List<ConsentEvent> events() {
    List<ConsentEvent> out = new ArrayList<>();
    for (Stamp s : all) {
      out.add(s.event);
    }
    return List.copyOf(out);
  }
}
