package org.alumnisdk.testkit.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.consent.notice.NoticeId;
import org.alumnisdk.consent.purpose.ChangeClassification;
import org.alumnisdk.consent.purpose.Purpose;
import org.alumnisdk.consent.purpose.PurposeChange;
import org.alumnisdk.consent.purpose.PurposeEnd;
import org.alumnisdk.consent.purpose.RetentionAction;
import org.alumnisdk.consent.purpose.RetentionPolicy;
import org.alumnisdk.consent.spi.PurposeStore;
import org.alumnisdk.consent.spi.StoredPurpose;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.CodePointOrder;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link PurposeStore}: exact round trip of every version, change and end;
 * compare-and-set on insert and update with exactly one winner among racing writers; ids in
 * code-point order; tenant scoping; every write seen by a second instance over the same storage.
 *
 * @since 0.1.0
 */
public abstract class PurposeStoreContract {
  private static final TenantId A = TenantId.of("tenant-a");
  private static final TenantId B = TenantId.of("tenant-b");
  /** Has microseconds, which a store must keep. */
  private static final Instant T0 = Instant.parse("2026-04-01T09:30:15.123456Z");

  /** Creates the contract. */
  protected PurposeStoreContract() {}

  /**
   * Creates a new, empty store under test.
   *
   * @return the store
   */
  protected abstract PurposeStore create();

  /**
   * A second instance over the same storage as {@code store} (a second application instance over
   * one database). The default returns {@code store} itself.
   *
   * @param store a store made by {@link #create()}
   * @return another instance over the same data
   */
  protected PurposeStore sameStorage(PurposeStore store) {
    return store;
  }

  private static Purpose first(String id) {
    return Purpose.builder(PurposeId.of(id))
        .names("再雇用のご案内「" + id + "」", "Rehire outreach " + id)
        .description("Contacting alumni about being rehired.\nLine two: 𠮷野家 🍣")
        .dpv("dpv:RecruitmentManagement")
        .fides("employment.recruitment")
        .retention(RetentionPolicy.of(Period.ofMonths(6), RetentionAction.DELETE))
        .consentRequired("APPI@2022-04-01:Art.18(1)")
        .requiresNotice(NoticeId.of("purpose-notice"), 2)
        .effectiveFrom(T0)
        .build();
  }

  private static StoredPurpose changed(StoredPurpose p) {
    Instant at = T0.plusSeconds(3600L * p.revision()).plusNanos(1_000);
    Purpose next = p.current().nextVersion(at).description("Altered: also group companies").build();
    List<Purpose> versions = new ArrayList<>(p.versions());
    versions.add(next);
    List<PurposeChange> changes = new ArrayList<>(p.changes());
    changes.add(new PurposeChange(p.id(), p.current().version(), next.version(),
        ChangeClassification.WITHIN_ART_17_2, "staff-17", at, Optional.of(at.plusSeconds(60))));
    return new StoredPurpose(p.tenant(), p.id(), versions, changes, p.end(), p.revision() + 1);
  }

  private static StoredPurpose ended(StoredPurpose p) {
    return new StoredPurpose(p.tenant(), p.id(), p.versions(), p.changes(),
        Optional.of(new PurposeEnd(p.id(), T0.plusSeconds(86_400).plusNanos(7_000), "programme closed")),
        p.revision() + 1);
  }

  @Test
  void insertedPurposeReadsBackExactly() {
    PurposeStore s = create();
    StoredPurpose p = StoredPurpose.registered(A, first("rehire"));
    s.insert(p);
    assertThat(s.find(A, p.id())).contains(p);
    assertThat(s.find(A, PurposeId.of("absent"))).isEmpty();
  }

  @Test
  void versionsChangesAndEndRoundTripThroughUpdates() {
    PurposeStore s = create();
    StoredPurpose p = StoredPurpose.registered(A, first("rehire"));
    s.insert(p);
    StoredPurpose v2 = changed(p);
    s.update(v2);
    StoredPurpose v3 = changed(v2);
    s.update(v3);
    StoredPurpose end = ended(v3);
    s.update(end);
    assertThat(s.find(A, p.id())).contains(end);
    assertThat(s.find(A, p.id()).orElseThrow().versions()).hasSize(3);
  }

  @Test
  void aSecondInsertOfOneIdConflictsAndKeepsTheFirst() {
    PurposeStore s = create();
    StoredPurpose p = StoredPurpose.registered(A, first("rehire"));
    s.insert(p);
    Purpose rival = Purpose.builder(p.id()).names("別の目的", "another purpose").description("rival")
        .dpv("dpv:CommunicationManagement").fides("marketing.communications.email")
        .retention(RetentionPolicy.of(Period.ofMonths(1), RetentionAction.DELETE))
        .effectiveFrom(T0.plusSeconds(5)).build();
    StoredPurpose other = StoredPurpose.registered(A, rival);
    assertThatThrownBy(() -> s.insert(other)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(s.find(A, p.id())).contains(p);
  }

  @Test
  void aStaleOrSkippingUpdateConflictsAndStoresNothing() {
    PurposeStore s = create();
    StoredPurpose p = StoredPurpose.registered(A, first("rehire"));
    s.insert(p);
    StoredPurpose v2 = changed(p);
    s.update(v2);
    StoredPurpose staleEnd = ended(p);
    assertThatThrownBy(() -> s.update(staleEnd)).isInstanceOf(ConcurrentUpdateException.class);
    StoredPurpose skipping = new StoredPurpose(A, p.id(), v2.versions(), v2.changes(), v2.end(), 4);
    assertThatThrownBy(() -> s.update(skipping)).isInstanceOf(ConcurrentUpdateException.class);
    StoredPurpose missing = changed(StoredPurpose.registered(A, first("never-inserted")));
    assertThatThrownBy(() -> s.update(missing)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(s.find(A, p.id())).contains(v2);
    assertThat(s.find(A, missing.id())).isEmpty();
  }

  @Test
  void idsAreInCodePointOrderAndTenantScoped() {
    PurposeStore s = create();
    List<String> ids = List.of("rehire", "Referral", "mentoring-𠮷", "mentoring-ｱ", "analytics", "é", "z");
    for (String id : ids) {
      s.insert(StoredPurpose.registered(A, first(id)));
    }
    s.insert(StoredPurpose.registered(B, first("only-b")));
    List<String> expected = new ArrayList<>(ids);
    expected.sort(CodePointOrder.STRINGS);
    assertThat(s.ids(A).stream().map(PurposeId::value).toList()).containsExactlyElementsOf(expected);
    assertThat(s.ids(B)).containsExactly(PurposeId.of("only-b"));
    assertThat(s.ids(TenantId.of("tenant-c"))).isEmpty();
    assertThat(s.find(B, PurposeId.of("rehire"))).isEmpty();
  }

  @Test
  void oneIdInTwoTenantsIsTwoPurposes() {
    PurposeStore s = create();
    StoredPurpose a = StoredPurpose.registered(A, first("rehire"));
    StoredPurpose b = StoredPurpose.registered(B, first("rehire"));
    s.insert(a);
    s.insert(b);
    s.update(ended(a));
    assertThat(s.find(B, b.id())).contains(b);
    assertThat(s.find(A, a.id()).orElseThrow().end()).isPresent();
  }

  @Test
  void aSecondInstanceSeesEveryWriteAndLosesAStaleRace() {
    PurposeStore one = create();
    PurposeStore two = sameStorage(one);
    StoredPurpose p = StoredPurpose.registered(A, first("rehire"));
    one.insert(p);
    assertThat(two.find(A, p.id())).contains(p);
    StoredPurpose end = ended(p);
    two.update(end);
    assertThat(one.find(A, p.id())).contains(end);
    assertThatThrownBy(() -> one.update(changed(p))).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(two.find(A, p.id())).contains(end);
  }

  @Test
  void eightRacingUpdatesOfOneRevisionHaveExactlyOneWinner() throws Exception {
    PurposeStore one = create();
    PurposeStore two = sameStorage(one);
    StoredPurpose p = StoredPurpose.registered(A, first("rehire"));
    one.insert(p);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        PurposeStore mine = w % 2 == 0 ? one : two;
        StoredPurpose next = w % 3 == 0 ? ended(p) : changed(p);
        tasks.add(() -> {
          try {
            mine.update(next);
            return true;
          } catch (ConcurrentUpdateException lost) {
            return false;
          }
        });
      }
      int winners = 0;
      for (Future<Boolean> f : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
        winners += f.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(one.find(A, p.id()).orElseThrow().revision()).isEqualTo(2);
  }
}
