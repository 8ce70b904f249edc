package org.alumnisdk.consent.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.alumnisdk.consent.spi.NoticeShownStore;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.CodePointOrder;

/**
 * The in-memory reference implementation of {@link NoticeShownStore}. Per (tenant, person,
 * notice) a time-ordered skip list of the highest version shown, so appends in any time order
 * cost O(log n) time and O(1) memory each, and a lookup is one floor search. Thread-safe;
 * lock-free reads. For tests, notebooks and single-process hosts; contents are lost on exit.
 *
 * @since 0.1.0
 */
public final class InMemoryNoticeShownStore implements NoticeShownStore {
  private static final Comparator<NoticeShown> ORDER =
      Comparator.comparing(NoticeShown::shownAt)
          .thenComparing(s -> s.notice().value(), CodePointOrder.STRINGS)
          .thenComparingInt(NoticeShown::version);

  private final Map<Key, ConcurrentSkipListMap<Instant, Integer>> series = new ConcurrentHashMap<>();
  private final Map<PersonKey, List<NoticeShown>> byPerson = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryNoticeShownStore() {}

  private record Key(TenantId tenant, AlumnusId alumnus, NoticeId notice) {}

  private record PersonKey(TenantId tenant, AlumnusId alumnus) {}

  @Override
  public void append(NoticeShown shown) {
    Checks.notNull(shown, "shown");
    List<NoticeShown> list =
        byPerson.computeIfAbsent(new PersonKey(shown.tenant(), shown.alumnus()), k -> new ArrayList<>());
    synchronized (list) {
      list.add(shown);
    }
    // the series holds, at each instant, the highest version shown at that instant; the highest
    // up to an instant is the maximum over the floor entries, kept monotone below
    ConcurrentSkipListMap<Instant, Integer> s =
        series.computeIfAbsent(new Key(shown.tenant(), shown.alumnus(), shown.notice()),
            k -> new ConcurrentSkipListMap<>());
    synchronized (s) {
      Map.Entry<Instant, Integer> floor = s.floorEntry(shown.shownAt());
      int before = floor == null ? 0 : floor.getValue();
      if (shown.version() <= before) {
        return;
      }
      s.put(shown.shownAt(), shown.version());
      // entries after it that are now dominated are removed, so values stay increasing in time
      for (Map.Entry<Instant, Integer> e = s.higherEntry(shown.shownAt());
          e != null && e.getValue() <= shown.version();
          e = s.higherEntry(e.getKey())) {
        s.remove(e.getKey());
      }
    }
  }

  @Override
  public int highestVersionShown(TenantId tenant, AlumnusId alumnus, NoticeId notice, Instant at) {
    ConcurrentSkipListMap<Instant, Integer> s = series.get(new Key(tenant, alumnus, notice));
    if (s == null) {
      return 0;
    }
    Map.Entry<Instant, Integer> e = s.floorEntry(Checks.notNull(at, "at"));
    return e == null ? 0 : e.getValue();
  }

  @Override
  public List<NoticeShown> shownTo(TenantId tenant, AlumnusId alumnus) {
    List<NoticeShown> list = byPerson.get(new PersonKey(
        Checks.notNull(tenant, "tenant"), Checks.notNull(alumnus, "alumnus")));
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return list.stream().sorted(ORDER).toList();
    }
  }

  @Override
  public String toString() {
    return "InMemoryNoticeShownStore[series=" + series.size() + "]";
  }
}
