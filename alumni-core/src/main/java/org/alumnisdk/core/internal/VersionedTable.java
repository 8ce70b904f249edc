package org.alumnisdk.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;

/**
 * The engine of every in-memory store: one shard per tenant, each guarded by its own lock, with
 * optimistic versions and an optional key that is unique per tenant. Not part of the API.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
public final class VersionedTable<I extends Comparable<? super I>, T extends Aggregate<I, T>> {
  private final String kind;
  private final Function<T, String> uniqueKey;
  private final ConcurrentHashMap<TenantId, Shard<I, T>> shards = new ConcurrentHashMap<>();

  private static final class Shard<I, T> {
    final TreeMap<I, T> byId = new TreeMap<>();
    final Map<String, I> byKey = new HashMap<>();
  }

  /**
   * Creates a table.
   *
   * @param kind the aggregate kind used in conflict messages (e.g. {@code Alumnus})
   * @param uniqueKey extracts a key unique per tenant, or {@code null} for none
   */
  public VersionedTable(String kind, Function<T, String> uniqueKey) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.uniqueKey = uniqueKey;
  }

  private Shard<I, T> shard(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    return shards.computeIfAbsent(tenant, t -> new Shard<>());
  }

  /**
   * Finds by id.
   *
   * @param tenant the tenant
   * @param id the id
   * @return the aggregate or empty
   */
  public Optional<T> find(TenantId tenant, I id) {
    Checks.notNull(id, "id");
    Shard<I, T> s = shard(tenant);
    synchronized (s) {
      return Optional.ofNullable(s.byId.get(id));
    }
  }

  /**
   * Finds by unique key.
   *
   * @param tenant the tenant
   * @param key the key
   * @return the aggregate or empty
   */
  public Optional<T> findByKey(TenantId tenant, String key) {
    Checks.notNull(key, "key");
    Shard<I, T> s = shard(tenant);
    synchronized (s) {
      I id = s.byKey.get(key.strip());
      return id == null ? Optional.empty() : Optional.ofNullable(s.byId.get(id));
    }
  }

  /**
   * Lists a page ordered by id.
   *
   * @param tenant the tenant
   * @param request the page
   * @return the page
   */
  public Page<T> page(TenantId tenant, PageRequest request) {
    Checks.notNull(request, "page");
    Shard<I, T> s = shard(tenant);
    synchronized (s) {
      long from = (long) request.page() * request.size();
      List<T> items = new ArrayList<>(Math.min(request.size(), s.byId.size()));
      long i = 0;
      for (T t : s.byId.values()) {
        if (i >= from + request.size()) {
          break;
        }
        if (i >= from) {
          items.add(t);
        }
        i++;
      }
      return new Page<>(items, request, s.byId.size());
    }
  }

  /**
   * Lists the aggregates that pass a filter, ordered by id.
   *
   * @param tenant the tenant
   * @param filter the filter
   * @return the matches
   */
  public List<T> select(TenantId tenant, Predicate<? super T> filter) {
    Shard<I, T> s = shard(tenant);
    synchronized (s) {
      List<T> out = new ArrayList<>();
      for (T t : s.byId.values()) {
        if (filter.test(t)) {
          out.add(t);
        }
      }
      return List.copyOf(out);
    }
  }

  /**
   * Inserts or updates with an optimistic version check.
   *
   * @param aggregate the aggregate
   * @return the stored copy with version + 1
   * @throws ConcurrentUpdateException on a stale version or an insert over an existing id or key
   * @throws InvalidValueException when an update takes a key another aggregate holds
   */
  public T save(T aggregate) {
    Checks.notNull(aggregate, kind);
    Shard<I, T> s = shard(aggregate.tenant());
    I id = aggregate.id();
    String key = uniqueKey == null ? null : uniqueKey.apply(aggregate);
    synchronized (s) {
      T stored = s.byId.get(id);
      long expected = aggregate.version();
      if (expected == 0) {
        if (stored != null) {
          throw new ConcurrentUpdateException(kind + " " + id, 0, stored.version());
        }
        if (key != null && s.byKey.containsKey(key)) {
          T holder = s.byId.get(s.byKey.get(key));
          throw new ConcurrentUpdateException(
              kind + " with this external id (held by " + holder.id() + ")", 0, holder.version());
        }
      } else {
        long actual = stored == null ? 0 : stored.version();
        if (stored == null || actual != expected) {
          throw new ConcurrentUpdateException(kind + " " + id, expected, actual);
        }
        if (key != null) {
          I holder = s.byKey.get(key);
          if (holder != null && !holder.equals(id)) {
            throw new InvalidValueException(
                "externalId", "already used by " + kind + " " + holder + " of this tenant");
          }
          String oldKey = uniqueKey.apply(stored);
          s.byKey.remove(oldKey);
        }
      }
      T saved = aggregate.withVersion(expected + 1);
      s.byId.put(id, saved);
      if (key != null) {
        s.byKey.put(key, id);
      }
      return saved;
    }
  }

  /**
   * Deletes with an optimistic version check.
   *
   * @param tenant the tenant
   * @param id the id
   * @param expectedVersion the version the caller saw
   * @return true if deleted, false if absent
   * @throws ConcurrentUpdateException on a stale version
   */
  public boolean delete(TenantId tenant, I id, long expectedVersion) {
    Checks.notNull(id, "id");
    Shard<I, T> s = shard(tenant);
    synchronized (s) {
      T stored = s.byId.get(id);
      if (stored == null) {
        return false;
      }
      if (stored.version() != expectedVersion) {
        throw new ConcurrentUpdateException(kind + " " + id, expectedVersion, stored.version());
      }
      s.byId.remove(id);
      if (uniqueKey != null) {
        s.byKey.remove(uniqueKey.apply(stored));
      }
      return true;
    }
  }

  /**
   * Counts a tenant's aggregates.
   *
   * @param tenant the tenant
   * @return the count
   */
  public long count(TenantId tenant) {
    Shard<I, T> s = shard(tenant);
    synchronized (s) {
      return s.byId.size();
    }
  }
}
