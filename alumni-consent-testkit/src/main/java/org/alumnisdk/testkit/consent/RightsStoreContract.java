package org.alumnisdk.testkit.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alumnisdk.consent.decision.ArticleRef;
import org.alumnisdk.consent.decision.Reason;
import org.alumnisdk.consent.rights.Art35Ground;
import org.alumnisdk.consent.rights.DisclosureFormat;
import org.alumnisdk.consent.rights.RequestKind;
import org.alumnisdk.consent.rights.RequestState;
import org.alumnisdk.consent.rights.Requester;
import org.alumnisdk.consent.rights.SubjectRequest;
import org.alumnisdk.consent.spi.RightsStore;
import org.alumnisdk.consent.spi.RightsStore.StopKind;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.CodePointOrder;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link RightsStore}: requests inserted once per id and tenant, updates that round
 * trip every field (history, reasons, ground, format, microseconds), {@code all} in code-point
 * order of id, stops with blank-scope coverage that apply from their instant (microseconds kept),
 * and stops seen by a second instance over the same storage.
 *
 * @since 0.1.0
 */
public abstract class RightsStoreContract {
  private static final TenantId A = TenantId.of("tenant-a");
  private static final TenantId B = TenantId.of("tenant-b");
  private static final AlumnusId P = AlumnusId.of("社員-0001");
  private static final AlumnusId Q = AlumnusId.of("a-2");
  private static final Instant T0 = Instant.parse("2026-04-01T08:00:00.654321Z");

  /** Creates the contract. */
  protected RightsStoreContract() {}

  /**
   * Creates a new, empty store under test.
   *
   * @return the store
   */
  protected abstract RightsStore create();

  /**
   * A second instance over the same storage as {@code store}. The default returns {@code store}.
   *
   * @param store a store made by {@link #create()}
   * @return another instance over the same data
   */
  protected RightsStore sameStorage(RightsStore store) {
    return store;
  }

  private static SubjectRequest correction(TenantId t, String id) {
    return new SubjectRequest(t, id, P, RequestKind.CORRECTION, Requester.self(), null, null, "",
        T0, T0.plusSeconds(14 * 86_400), RequestState.RECEIVED, List.of(), List.of());
  }

  private static SubjectRequest cessation(TenantId t, String id) {
    return new SubjectRequest(t, id, Q, RequestKind.CESSATION_OF_USE, Requester.agent("委任状-7"),
        Art35Ground.NO_LONGER_NEEDED, null, "mentoring", T0, T0.plusSeconds(86_400),
        RequestState.RECEIVED, List.of(), List.of());
  }

  private static SubjectRequest disclosure(TenantId t, String id) {
    return new SubjectRequest(t, id, P, RequestKind.DISCLOSURE, Requester.self(), null,
        DisclosureFormat.JSON, "", T0, T0.plusSeconds(86_400), RequestState.RECEIVED, List.of(), List.of());
  }

  @Test
  void insertIsOncePerIdAndTenantAndKeepsTheFirst() {
    RightsStore s = create();
    SubjectRequest first = correction(A, "r-1");
    assertThat(s.insert(first)).isTrue();
    assertThat(s.insert(disclosure(A, "r-1"))).isFalse();
    assertThat(s.find(A, "r-1")).contains(first);
    assertThat(s.insert(correction(B, "r-1"))).isTrue();
    assertThat(s.all(A)).containsExactly(first);
    assertThat(s.find(TenantId.of("tenant-c"), "r-1")).isEmpty();
    assertThat(s.find(A, "r-2")).isEmpty();
  }

  @Test
  void updatesRoundTripEveryField() {
    RightsStore s = create();
    SubjectRequest r = cessation(A, "r-1");
    s.insert(r);
    SubjectRequest verified = r.moveTo(RequestState.VERIFIED, T0.plusSeconds(60), "staff-3", List.of());
    s.update(verified);
    SubjectRequest done = verified.moveTo(RequestState.PARTIALLY_REFUSED, T0.plusSeconds(120).plusNanos(1_000),
        "staff-3", List.of(new Reason("rights", new ArticleRef("APPI@2022-04-01", "Art.35(6)"),
            "利用停止：メンタリングのみ。残りは保存義務 (Art. 29)")));
    s.update(done);
    assertThat(s.find(A, "r-1")).contains(done);
    SubjectRequest d = disclosure(A, "r-2");
    s.insert(d);
    assertThat(s.find(A, "r-2")).contains(d);
  }

  @Test
  void updatingAnAbsentRequestIsATypedErrorAndStoresNothing() {
    RightsStore s = create();
    assertThatThrownBy(() -> s.update(correction(A, "r-9"))).isInstanceOf(InvalidValueException.class);
    assertThat(s.find(A, "r-9")).isEmpty();
    s.insert(correction(B, "r-9"));
    assertThatThrownBy(() -> s.update(correction(A, "r-9"))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void allIsInCodePointOrderOfId() {
    RightsStore s = create();
    List<String> ids = List.of("r-ｱ", "r-𠮷", "R-1", "r-10", "r-2", "r-é");
    for (String id : ids) {
      s.insert(correction(A, id));
    }
    List<String> expected = new ArrayList<>(ids);
    expected.sort(CodePointOrder.STRINGS);
    assertThat(s.all(A).stream().map(SubjectRequest::id).toList()).containsExactlyElementsOf(expected);
    assertThat(s.all(B)).isEmpty();
  }

  @Test
  void aBlankScopeStopCoversEveryScopeAndAScopedStopOnlyItsOwn() {
    RightsStore s = create();
    Instant at = T0.plusSeconds(10);
    s.addStop(A, StopKind.PROVISION, P, "agency-1", T0);
    assertThat(s.stopped(A, StopKind.PROVISION, P, "agency-1", at)).isTrue();
    assertThat(s.stopped(A, StopKind.PROVISION, P, "agency-2", at)).isFalse();
    assertThat(s.stopped(A, StopKind.USE, P, "agency-1", at)).isFalse();
    assertThat(s.stopped(A, StopKind.PROVISION, Q, "agency-1", at)).isFalse();
    s.addStop(A, StopKind.USE, P, "", T0);
    assertThat(s.stopped(A, StopKind.USE, P, "mentoring", at)).isTrue();
    assertThat(s.stopped(A, StopKind.USE, P, "rehire-outreach", at)).isTrue();
    assertThat(s.stopped(B, StopKind.USE, P, "mentoring", at)).isFalse();
  }

  @Test
  void aStopAppliesFromItsInstantToTheMicrosecondAndTheEarliestWins() {
    RightsStore s = create();
    Instant since = T0.plusSeconds(100);
    s.addStop(A, StopKind.USE, Q, "mentoring", since);
    assertThat(s.stopped(A, StopKind.USE, Q, "mentoring", since.minusNanos(1_000))).isFalse();
    assertThat(s.stopped(A, StopKind.USE, Q, "mentoring", since)).isTrue();
    assertThat(s.stopped(A, StopKind.USE, Q, "mentoring", since.plusSeconds(86_400L * 3650))).isTrue();
    s.addStop(A, StopKind.USE, Q, "mentoring", since.plusSeconds(50));
    assertThat(s.stopped(A, StopKind.USE, Q, "mentoring", since)).isTrue();
    s.addStop(A, StopKind.USE, Q, "mentoring", since.minusSeconds(50));
    assertThat(s.stopped(A, StopKind.USE, Q, "mentoring", since.minusSeconds(50))).isTrue();
    assertThat(s.stopped(A, StopKind.USE, Q, "mentoring", since.minusSeconds(51))).isFalse();
    s.addStop(A, StopKind.USE, Q, "", since.plusSeconds(500));
    assertThat(s.stopped(A, StopKind.USE, Q, "rehire-outreach", since.plusSeconds(499))).isFalse();
    assertThat(s.stopped(A, StopKind.USE, Q, "rehire-outreach", since.plusSeconds(500))).isTrue();
  }

  @Test
  void aStopAddedThroughOneInstanceIsSeenByTheOther() {
    RightsStore one = create();
    RightsStore two = sameStorage(one);
    Instant at = T0.plusSeconds(1);
    assertThat(two.stopped(A, StopKind.USE, Q, "mentoring", at)).isFalse();
    one.addStop(A, StopKind.USE, Q, "mentoring", T0);
    assertThat(two.stopped(A, StopKind.USE, Q, "mentoring", at)).isTrue();
    SubjectRequest r = cessation(A, "r-1");
    two.insert(r);
    assertThat(one.find(A, "r-1")).contains(r);
    assertThat(one.insert(cessation(A, "r-1"))).isFalse();
  }
}
