package org.alumnisdk.consent.rights;

import org.alumnisdk.consent.spi.RightsStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.junit.jupiter.api.Test;

class InMemoryRightsStoreTest {
  private static final TenantId T = TenantId.of("acme");
  private static final AlumnusId A = AlumnusId.of("a-1");

  private static SubjectRequest request(TenantId t, String id) {
    Instant at = Instant.parse("2026-04-01T00:00:00Z");
    return new SubjectRequest(t, id, A, RequestKind.CORRECTION, Requester.self(), null, null, "", at, at.plusSeconds(60),
        RequestState.RECEIVED, List.of(), List.of());
  }

  @Test
  void insertIsOncePerIdAndTenant() {
    RightsStore s = RightsStore.inMemory();
    assertThat(s.insert(request(T, "r-1"))).isTrue();
    assertThat(s.insert(request(T, "r-1"))).isFalse();
    assertThat(s.insert(request(TenantId.of("globex"), "r-1"))).isTrue();
    assertThat(s.all(T)).hasSize(1);
    assertThat(s.find(TenantId.of("other"), "r-1")).isEmpty();
    assertThatThrownBy(() -> s.update(request(T, "r-9"))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aBlankScopeStopCoversEveryScopeButAScopedStopOnlyItsOwn() {
    RightsStore s = RightsStore.inMemory();
    s.addStop(T, RightsStore.StopKind.PROVISION, A, "agency-1");
    assertThat(s.stopped(T, RightsStore.StopKind.PROVISION, A, "agency-1")).isTrue();
    assertThat(s.stopped(T, RightsStore.StopKind.PROVISION, A, "agency-2")).isFalse();
    assertThat(s.stopped(T, RightsStore.StopKind.USE, A, "agency-1")).isFalse();
    s.addStop(T, RightsStore.StopKind.USE, A, "");
    assertThat(s.stopped(T, RightsStore.StopKind.USE, A, "mentoring")).isTrue();
    assertThat(s.stopped(TenantId.of("globex"), RightsStore.StopKind.USE, A, "mentoring")).isFalse();
  }
}
