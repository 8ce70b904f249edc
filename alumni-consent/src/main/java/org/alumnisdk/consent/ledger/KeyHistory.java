package org.alumnisdk.consent.ledger;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The time-sorted events of one (tenant, alumnus, purpose) with the state after each, so that
 * the state at any instant is a binary search. Times and states are packed in one primitive array
 * ({@code data[2i]} = epoch second, {@code data[2i+1]} = state ordinal in the high half and
 * nanoseconds in the low half) so a lookup touches few cache lines. Appends in time order are
 * amortised O(1) (slots past the published size are filled, then a new snapshot is published); a
 * back-dated event is inserted by copying. Readers are lock-free and see a consistent snapshot.
 */
final class KeyHistory {
  private static final ConsentState[] STATES = ConsentState.values();
  private static final Snap EMPTY = new Snap(new ConsentEvent[0], new long[0], new Instant[0], 0);

  private volatile Snap snap = EMPTY;

  private record Snap(ConsentEvent[] events, long[] data, Instant[] validUntil, int size) {}

  synchronized void add(ConsentEvent e) {
    Snap s = snap;
    int n = s.size;
    int pos;
    if (n == 0 || ConsentEvent.FOLD_ORDER.compare(s.events[n - 1], e) <= 0) {
      pos = n;
    } else {
      pos = insertionPoint(s, e);
    }
    if (pos == n && n < s.events.length) {
      s.events[n] = e;
      fold(s.events, s.data, s.validUntil, n);
      snap = new Snap(s.events, s.data, s.validUntil, n + 1);
      return;
    }
    int cap = Math.max(4, Math.max(n + 1, s.events.length * 2));
    ConsentEvent[] ev = new ConsentEvent[cap];
    long[] data = new long[2 * cap];
    Instant[] vu = new Instant[cap];
    System.arraycopy(s.events, 0, ev, 0, pos);
    System.arraycopy(s.data, 0, data, 0, 2 * pos);
    System.arraycopy(s.validUntil, 0, vu, 0, pos);
    ev[pos] = e;
    System.arraycopy(s.events, pos, ev, pos + 1, n - pos);
    for (int i = pos; i <= n; i++) {
      fold(ev, data, vu, i);
    }
    snap = new Snap(ev, data, vu, n + 1);
  }

  private static int insertionPoint(Snap s, ConsentEvent e) {
    int lo = 0;
    int hi = s.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ConsentEvent.FOLD_ORDER.compare(s.events[mid], e) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static ConsentState stateOf(long[] data, int i) {
    return STATES[(int) (data[2 * i + 1] >>> 32)];
  }

  private static void fold(ConsentEvent[] ev, long[] data, Instant[] vu, int i) {
    ConsentState prev = i == 0 ? ConsentState.UNKNOWN : stateOf(data, i - 1);
    Instant prevValid = i == 0 ? null : vu[i - 1];
    ConsentEvent e = ev[i];
    ConsentState next = prev.after(e.type());
    data[2 * i] = e.at().getEpochSecond();
    data[2 * i + 1] = ((long) next.ordinal() << 32) | e.at().getNano();
    if (e.type().grants()) {
      vu[i] = e.validUntil().orElse(null);
    } else if (next.permitsProcessing()) {
      vu[i] = prevValid;
    } else {
      vu[i] = null;
    }
  }

  /** Index of the last event at or before {@code at}, or -1. */
  private static int lastAtOrBefore(Snap s, Instant at) {
    long sec = at.getEpochSecond();
    int nano = at.getNano();
    long[] data = s.data;
    int lo = 0;
    int hi = s.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      long ms = data[2 * mid];
      if (ms > sec || (ms == sec && (int) data[2 * mid + 1] > nano)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo - 1;
  }

  ConsentState stateAt(Instant at) {
    Snap s = snap;
    int i = lastAtOrBefore(s, at);
    if (i < 0) {
      return ConsentState.UNKNOWN;
    }
    ConsentState st = stateOf(s.data, i);
    if (st.permitsProcessing()) {
      Instant until = s.validUntil[i];
      if (until != null && !at.isBefore(until)) {
        return ConsentState.EXPIRED;
      }
    }
    return st;
  }

  ConsentStatus statusAt(Instant at) {
    Snap s = snap;
    int i = lastAtOrBefore(s, at);
    if (i < 0) {
      return new ConsentStatus(ConsentState.UNKNOWN, at, Optional.empty(), Optional.empty());
    }
    ConsentState st = stateOf(s.data, i);
    Instant until = st.permitsProcessing() ? s.validUntil[i] : null;
    if (until != null && !at.isBefore(until)) {
      st = ConsentState.EXPIRED;
    }
    return new ConsentStatus(st, at, Optional.of(s.events[i]), Optional.ofNullable(until));
  }

  List<ConsentEvent> events() {
    Snap s = snap;
    return List.of(Arrays.copyOf(s.events, s.size));
  }
}
