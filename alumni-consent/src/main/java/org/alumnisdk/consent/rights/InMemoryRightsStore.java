package org.alumnisdk.consent.rights;

import org.alumnisdk.consent.spi.RightsStore;
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
  private final Map<TenantId, Set<String>> stops = new ConcurrentHashMap<>();

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
    return Optional.ofNullable(of(tenant).get(Checks.notBlank(requestId, "requestId")));
  }

  @Override
  public List<SubjectRequest> all(TenantId tenant) {
    return of(tenant).values().stream().sorted(Comparator.comparing(SubjectRequest::id, CodePointOrder.STRINGS)).toList();
  }

  private static String key(StopKind kind, AlumnusId alumnus, String scope) {
    return kind + "|" + alumnus.value() + "|" + (scope == null ? "" : scope.strip());
  }

  @Override
  public void addStop(TenantId tenant, StopKind kind, AlumnusId alumnus, String scope) {
    Checks.notNull(kind, "kind");
    Checks.notNull(alumnus, "alumnus");
    stops.computeIfAbsent(Checks.notNull(tenant, "tenant"), t -> ConcurrentHashMap.newKeySet()).add(key(kind, alumnus, scope));
  }

  @Override
  public boolean stopped(TenantId tenant, StopKind kind, AlumnusId alumnus, String scope) {
    Set<String> s = stops.getOrDefault(Checks.notNull(tenant, "tenant"), Set.of());
    return s.contains(key(kind, alumnus, "")) || s.contains(key(kind, alumnus, scope));
  }

  @Override
  public String toString() {
    return "InMemoryRightsStore[tenants=" + requests.size() + "]";
  }
}
