package org.alumnisdk.consent.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;

/**
 * Tenant-scoped register of immutable notice versions and of which version was shown to whom.
 *
 * <p>Versions are published in order (1, 2, ...); a version may exist in several languages,
 * each with its own text and hash. Once published a (notice, version, language) is never
 * changed: publishing it again with another text is rejected. "Shown" records are indexed per
 * alumnus and notice so that "the highest version shown at or before T" is answered by binary
 * search. Thread-safe; reads are lock-free.
 *
 * @since 0.1.0
 */
public final class NoticeRegistry {
  private final Map<TenantId, Map<NoticeId, TreeMap<Integer, Map<String, Notice>>>> notices =
      new ConcurrentHashMap<>();
  private final Map<ShownKey, ShownSeries> shown = new ConcurrentHashMap<>();
  private final Map<TenantId, Map<AlumnusId, List<NoticeShown>>> shownByAlumnus =
      new ConcurrentHashMap<>();

  /** Creates an empty registry. */
  public NoticeRegistry() {}

  /**
   * Publishes a notice version. Version 1 starts a notice; version n + 1 may follow version n;
   * the same version may be published again only in another language, with the same type.
   *
   * @param notice the version to publish
   * @return the notice
   * @throws InvalidValueException if the version skips a number, the (version, language) exists
   *     already, or the type differs from earlier versions
   */
  public Notice publish(Notice notice) {
    Checks.notNull(notice, "notice");
    Map<NoticeId, TreeMap<Integer, Map<String, Notice>>> byId =
        notices.computeIfAbsent(notice.tenant(), t -> new ConcurrentHashMap<>());
    TreeMap<Integer, Map<String, Notice>> versions =
        byId.computeIfAbsent(notice.id(), i -> new TreeMap<>());
    synchronized (versions) {
      int latest = versions.isEmpty() ? 0 : versions.lastKey();
      if (!versions.isEmpty()) {
        NoticeType type = versions.firstEntry().getValue().values().iterator().next().type();
        if (type != notice.type()) {
          throw new InvalidValueException(
              "notice.type", "notice " + notice.id() + " is of type " + type);
        }
      }
      Map<String, Notice> langs = versions.get(notice.version());
      if (langs != null) {
        if (langs.containsKey(notice.language())) {
          throw new InvalidValueException(
              "notice.version",
              notice.id() + " v" + notice.version() + " (" + notice.language()
                  + ") is already published and immutable; publish version " + (latest + 1));
        }
        langs.put(notice.language(), notice);
      } else if (notice.version() == latest + 1) {
        Map<String, Notice> fresh = new ConcurrentHashMap<>();
        fresh.put(notice.language(), notice);
        versions.put(notice.version(), fresh);
      } else {
        throw new InvalidValueException(
            "notice.version",
            "expected version " + (latest + 1) + " of " + notice.id() + ", was " + notice.version());
      }
    }
    return notice;
  }

  /**
   * One published version in one language.
   *
   * @param tenant the tenant
   * @param id the notice
   * @param version the version
   * @param language the language tag
   * @return the notice, or empty
   */
  public Optional<Notice> get(TenantId tenant, NoticeId id, int version, String language) {
    TreeMap<Integer, Map<String, Notice>> versions = versionMap(tenant, id);
    if (versions == null) {
      return Optional.empty();
    }
    synchronized (versions) {
      Map<String, Notice> langs = versions.get(version);
      return langs == null ? Optional.empty() : Optional.ofNullable(langs.get(language));
    }
  }

  /**
   * The highest version in force at an instant, in a language.
   *
   * @param tenant the tenant
   * @param id the notice
   * @param language the language tag
   * @param at the instant
   * @return the notice version in force, or empty
   */
  public Optional<Notice> inForce(TenantId tenant, NoticeId id, String language, Instant at) {
    Checks.notNull(at, "at");
    TreeMap<Integer, Map<String, Notice>> versions = versionMap(tenant, id);
    if (versions == null) {
      return Optional.empty();
    }
    synchronized (versions) {
      for (Map<String, Notice> langs : versions.descendingMap().values()) {
        Notice n = langs.get(language);
        if (n != null && n.inForceAt(at)) {
          return Optional.of(n);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Every published version of a notice, in all languages, by version then language.
   *
   * @param tenant the tenant
   * @param id the notice
   * @return the versions (empty if unknown)
   */
  public List<Notice> versions(TenantId tenant, NoticeId id) {
    TreeMap<Integer, Map<String, Notice>> versions = versionMap(tenant, id);
    if (versions == null) {
      return List.of();
    }
    List<Notice> out = new ArrayList<>();
    synchronized (versions) {
      for (Map<String, Notice> langs : versions.values()) {
        langs.values().stream()
            .sorted(Comparator.comparing(Notice::language))
            .forEach(out::add);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Records that a version was shown to an alumnus. The (notice, version, language) must be
   * published for the same tenant.
   *
   * @param record the evidence
   * @return the record
   * @throws InvalidValueException if the notice version is not published in that language
   */
  public NoticeShown recordShown(NoticeShown record) {
    Checks.notNull(record, "shown");
    if (get(record.tenant(), record.notice(), record.version(), record.language()).isEmpty()) {
      throw new InvalidValueException(
          "shown.version",
          record.notice() + " v" + record.version() + " (" + record.language()
              + ") is not published for tenant " + record.tenant());
    }
    shown
        .computeIfAbsent(
            new ShownKey(record.tenant(), record.alumnus(), record.notice()), k -> new ShownSeries())
        .add(record.shownAt(), record.version());
    List<NoticeShown> list =
        shownByAlumnus
            .computeIfAbsent(record.tenant(), t -> new ConcurrentHashMap<>())
            .computeIfAbsent(record.alumnus(), a -> new ArrayList<>());
    synchronized (list) {
      list.add(record);
    }
    return record;
  }

  /**
   * The highest version of a notice shown to an alumnus at or before an instant, in O(log n).
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @param notice the notice
   * @param at the instant
   * @return the highest version shown, or 0 if none
   */
  public int highestVersionShown(TenantId tenant, AlumnusId alumnus, NoticeId notice, Instant at) {
    ShownSeries s = shown.get(new ShownKey(tenant, alumnus, notice));
    return s == null ? 0 : s.highestAt(at);
  }

  /**
   * Every "shown" record of an alumnus, in the order recorded (for disclosure requests).
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @return the records
   */
  public List<NoticeShown> shownTo(TenantId tenant, AlumnusId alumnus) {
    Map<AlumnusId, List<NoticeShown>> byAlumnus = shownByAlumnus.get(tenant);
    List<NoticeShown> list = byAlumnus == null ? null : byAlumnus.get(alumnus);
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return List.copyOf(list);
    }
  }

  private TreeMap<Integer, Map<String, Notice>> versionMap(TenantId tenant, NoticeId id) {
    Map<NoticeId, TreeMap<Integer, Map<String, Notice>>> byId = notices.get(tenant);
    return byId == null ? null : byId.get(id);
  }

  private record ShownKey(TenantId tenant, AlumnusId alumnus, NoticeId notice) {}

  /**
   * Time-sorted shown instants with the running maximum version, packed as {@code data[2i]} =
   * epoch second and {@code data[2i+1]} = running maximum version in the high half, nanoseconds
   * in the low half; copy-on-write snapshots.
   */
  private static final class ShownSeries {
    private volatile Snapshot snap = new Snapshot(new long[0], new int[0]);

    synchronized void add(Instant at, int version) {
      Snapshot s = snap;
      int n = s.raw.length;
      int pos = upperBound(s.data, n, at.getEpochSecond(), at.getNano());
      long[] secs = new long[n + 1];
      int[] nanos = new int[n + 1];
      int[] raw = new int[n + 1];
      for (int i = 0, j = 0; i <= n; i++) {
        if (i == pos) {
          secs[i] = at.getEpochSecond();
          nanos[i] = at.getNano();
          raw[i] = version;
        } else {
          secs[i] = s.data[2 * j];
          nanos[i] = (int) s.data[2 * j + 1];
          raw[i] = s.raw[j];
          j++;
        }
      }
      long[] data = new long[2 * (n + 1)];
      int max = 0;
      for (int i = 0; i <= n; i++) {
        max = Math.max(max, raw[i]);
        data[2 * i] = secs[i];
        data[2 * i + 1] = ((long) max << 32) | nanos[i];
      }
      snap = new Snapshot(data, raw);
    }

    int highestAt(Instant at) {
      Snapshot s = snap;
      int idx = upperBound(s.data, s.raw.length, at.getEpochSecond(), at.getNano()) - 1;
      return idx < 0 ? 0 : (int) (s.data[2 * idx + 1] >>> 32);
    }

    /** The number of instants at or before (sec, nano). */
    private static int upperBound(long[] data, int n, long sec, int nano) {
      int lo = 0;
      int hi = n;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        long ms = data[2 * mid];
        if (ms > sec || (ms == sec && (int) data[2 * mid + 1] > nano)) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }

    private record Snapshot(long[] data, int[] raw) {}
  }
}
