package org.alumnisdk.consent.rights;

import org.alumnisdk.consent.spi.RightsStore;
import java.time.Instant;
import java.util.Comparator;
import org.alumnisdk.core.spi.CodePointOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;

/**
 * In-memory {@link RightsStore}: thread-safe maps per tenant.
 *
 * @since 0.1.0
 */
public final class InMemoryRightsStore implements RightsStore {
  private final Map<TenantId, Map<String, SubjectRequest>> requests = new ConcurrentHashMap<>();
  private final Map<TenantId, Map<String, Instant>> stops = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryRightsStore() {}

  private Map<String, SubjectRequest> of(TenantId tenant) {
    return requests.computeIfAbsent(Checks.notNull(tenant, "tenant"), t -> new ConcurrentHashMap<>());
  }

  @Override
  public boolean insert(SubjectRequest request) {
    Checks.notNull(request, "request");
    return of(request.tenant()).putIfAbsent(request.id(), request) == null;
  }

  @Override
  public void update(SubjectRequest request) {
    Checks.notNull(request, "request");
    if (of(request.tenant()).replace(request.id(), request) == null) {
      throw new InvalidValueException("requestId", "no request '" + request.id() + "' to update");
    }
  }

  @Override
  public Optional<SubjectRequest> find(TenantId tenant, String requestId) {
    Checks.notBlank(requestId, "requestId");
    return Optional.ofNullable(requests.getOrDefault(Checks.notNull(tenant, "tenant"), Map.of()).get(requestId));
  }

  @Override
  public List<SubjectRequest> all(TenantId tenant) {
    return requests.getOrDefault(Checks.notNull(tenant, "tenant"), Map.of()).values().stream().sorted(Comparator.comparing(SubjectRequest::id, CodePointOrder.STRINGS)).toList();
  }

  private static String key(StopKind kind, AlumnusId alumnus, String scope) {
    return kind + "|" + alumnus.value() + "|" + (scope == null ? "" : scope.strip());
  }

  @Override
  public void addStop(TenantId tenant, StopKind kind, AlumnusId alumnus, String scope, Instant since) {
    Checks.notNull(kind, "kind");
    Checks.notNull(alumnus, "alumnus");
    Checks.notNull(since, "since");
    stops.computeIfAbsent(Checks.notNull(tenant, "tenant"), t -> new ConcurrentHashMap<>())
        .merge(key(kind, alumnus, scope), since, (a, b) -> a.isBefore(b) ? a : b);
  }

  @Override
  public boolean stopped(TenantId tenant, StopKind kind, AlumnusId alumnus, String scope, Instant at) {
    Checks.notNull(at, "at");
    Map<String, Instant> s = stops.getOrDefault(Checks.notNull(tenant, "tenant"), Map.of());
    Instant all = s.get(key(kind, alumnus, ""));
    Instant one = s.get(key(kind, alumnus, scope));
    return (all != null && !all.isAfter(at)) || (one != null && !one.isAfter(at));
  }

  @Override
  public String toString() {
    return "InMemoryRightsStore[tenants=" + requests.size() + "]";
  }
}
