package org.alumnisdk.core.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.spi.ActivityLog;

/**
 * A thread-safe in-memory {@link ActivityLog}: append-only, idempotent by activity id, one shard
 * per tenant. Ids of erased activities are remembered (ids carry no personal data), so a replayed
 * append after a data-subject erasure does not bring the activity back.
 *
 * @since 0.1.0
 */
public final class InMemoryActivityLog implements ActivityLog {
  private static final Comparator<Activity> ORDER =
      Comparator.comparing(Activity::at).thenComparing(Activity::id);

  private static final class Shard {
    final Set<org.alumnisdk.core.ActivityId> seen = new HashSet<>();
    final TreeMap<Instant, TreeMap<org.alumnisdk.core.ActivityId, Activity>> byInstant = new TreeMap<>();
    int size;
    final Map<AlumnusId, TreeSet<Activity>> byAlumnus = new HashMap<>();
  }

  private final ConcurrentHashMap<TenantId, Shard> shards = new ConcurrentHashMap<>();

  /** Creates an empty log. */
  public InMemoryActivityLog() {}

  private Shard shard(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    return shards.computeIfAbsent(tenant, t -> new Shard());
  }

  @Override
  public boolean append(Activity activity) {
    Checks.notNull(activity, "activity");
    Shard s = shard(activity.tenant());
    synchronized (s) {
      if (!s.seen.add(activity.id())) {
        return false;
      }
      s.byInstant.computeIfAbsent(activity.at(), k -> new TreeMap<>()).put(activity.id(), activity);
      s.size++;
      s.byAlumnus.computeIfAbsent(activity.alumnus(), a -> new TreeSet<>(ORDER)).add(activity);
      return true;
    }
  }

  @Override
  public List<Activity> findByAlumnus(TenantId tenant, AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    Shard s = shard(tenant);
    synchronized (s) {
      TreeSet<Activity> set = s.byAlumnus.get(alumnus);
      return set == null ? List.of() : List.copyOf(set);
    }
  }

  @Override
  public List<Activity> findBetween(TenantId tenant, Instant from, Instant to) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("to", "must not precede from");
    }
    Shard s = shard(tenant);
    synchronized (s) {
      List<Activity> out = new ArrayList<>();
      for (TreeMap<org.alumnisdk.core.ActivityId, Activity> sameInstant : s.byInstant.subMap(from, true, to, false).values()) {
        out.addAll(sameInstant.values());
      }
      return List.copyOf(out);
    }
  }

  @Override
  public void forEach(TenantId tenant, Consumer<Activity> consumer) {
    Checks.notNull(consumer, "consumer");
    List<Activity> snapshot;
    Shard s = shard(tenant);
    synchronized (s) {
      List<Activity> all = new ArrayList<>(s.size);
      for (TreeMap<org.alumnisdk.core.ActivityId, Activity> sameInstant : s.byInstant.values()) {
        all.addAll(sameInstant.values());
      }
      snapshot = all;
    }
    snapshot.forEach(consumer);
  }

  @Override
  public int deleteByAlumnus(TenantId tenant, AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    Shard s = shard(tenant);
    synchronized (s) {
      TreeSet<Activity> set = s.byAlumnus.remove(alumnus);
      if (set == null) {
        return 0;
      }
      for (Activity a : set) {
        TreeMap<org.alumnisdk.core.ActivityId, Activity> sameInstant = s.byInstant.get(a.at());
        sameInstant.remove(a.id());
        if (sameInstant.isEmpty()) {
          s.byInstant.remove(a.at());
        }
      }
      s.size -= set.size();
      return set.size();
    }
  }

  @Override
  public String toString() {
    return "InMemoryActivityLog";
  }
}
