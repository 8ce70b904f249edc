package org.alumnisdk.consent.purpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.alumnisdk.consent.spi.StoredPurpose;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryPurposeStoreTest {
  static final TenantId T = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  @DisplayName("two catalogues over one store: an end recorded by one is seen by the other; stale updates conflict")
  void sharedStore() {
    InMemoryPurposeStore store = new InMemoryPurposeStore();
    PurposeCatalogue one = new PurposeCatalogue(store);
    PurposeCatalogue two = new PurposeCatalogue(store);
    Purpose p = StandardPurposes.all(T0).get(0);
    one.register(T, p);
    assertThat(two.current(T, p.id())).hasValue(p);
    StoredPurpose stale = store.find(T, p.id()).orElseThrow();
    one.end(T, new PurposeEnd(p.id(), T0.plusSeconds(10), "programme closed"));
    assertThat(two.endOf(T, p.id())).isPresent();
    assertThatThrownBy(() -> store.update(new StoredPurpose(T, p.id(), stale.versions(),
        stale.changes(), stale.end(), stale.revision() + 1)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> store.insert(stale)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.ids(TenantId.of("globex"))).isEmpty();
    assertThat(store.ids(T)).containsExactly(PurposeId.of(p.id().value()));
  }
}
