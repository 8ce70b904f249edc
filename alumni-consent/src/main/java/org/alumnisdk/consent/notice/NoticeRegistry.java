package org.alumnisdk.consent.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

  /** Time-sorted shown instants with the running maximum version; copy-on-write snapshots. */
  private static final class ShownSeries {
    private volatile Snapshot snap = new Snapshot(new long[0], new int[0], new int[0], new int[0]);

    synchronized void add(Instant at, int version) {
      Snapshot s = snap;
      int n = s.seconds.length;
      int pos = upperBound(s, at.getEpochSecond(), at.getNano());
      long[] se = new long[n + 1];
      int[] na = new int[n + 1];
      int[] raw = new int[n + 1];
      System.arraycopy(s.seconds, 0, se, 0, pos);
      System.arraycopy(s.nanos, 0, na, 0, pos);
      System.arraycopy(s.raw, 0, raw, 0, pos);
      se[pos] = at.getEpochSecond();
      na[pos] = at.getNano();
      raw[pos] = version;
      System.arraycopy(s.seconds, pos, se, pos + 1, n - pos);
      System.arraycopy(s.nanos, pos, na, pos + 1, n - pos);
      System.arraycopy(s.raw, pos, raw, pos + 1, n - pos);
      int[] max = Arrays.copyOf(raw, raw.length);
      for (int i = 1; i < max.length; i++) {
        max[i] = Math.max(max[i], max[i - 1]);
      }
      snap = new Snapshot(se, na, raw, max);
    }

    int highestAt(Instant at) {
      Snapshot s = snap;
      int idx = upperBound(s, at.getEpochSecond(), at.getNano()) - 1;
      return idx < 0 ? 0 : s.max[idx];
    }

    /** The number of instants at or before (sec, nano). */
    private static int upperBound(Snapshot s, long sec, int nano) {
      int lo = 0;
      int hi = s.seconds.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (s.seconds[mid] > sec || (s.seconds[mid] == sec && s.nanos[mid] > nano)) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }

    private record Snapshot(long[] seconds, int[] nanos, int[] raw, int[] max) {}
  }
}
