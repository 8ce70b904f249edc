package org.alumnisdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.core.ActivityId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.activity.ActivityType;
import org.alumnisdk.core.spi.ActivityLog;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ActivityLog}: append-only, idempotent by id, ordered reads, tenant scoping,
 * erasure, and safety under eight concurrent writers.
 *
 * @since 0.1.0
 */
public abstract class ActivityLogContract {
  private static final long SEED = 20261125L;
  private static final TenantId A = TenantId.of("tenant-a");
  private static final TenantId B = TenantId.of("tenant-b");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** Creates the contract. */
  protected ActivityLogContract() {}

  /**
   * Creates a new, empty log under test.
   *
   * @return the log
   */
  protected abstract ActivityLog create();

  private static Activity act(TenantId tenant, String id, String alumnus, long minutes) {
    return Activity.of(ActivityId.of(id), tenant, AlumnusId.of(alumnus), ActivityType.EVENT_ATTENDED,
        T0.plus(Duration.ofMinutes(minutes)));
  }

  @Test
  void appendIsIdempotentById() {
    ActivityLog log = create();
    assertThat(log.append(act(A, "x1", "a-1", 5))).isTrue();
    assertThat(log.append(act(A, "x1", "a-1", 9))).isFalse();
    assertThat(log.findByAlumnus(A, AlumnusId.of("a-1"))).containsExactly(act(A, "x1", "a-1", 5));
  }

  @Test
  void readsAreOrderedByInstantThenId() {
    ActivityLog log = create();
    log.append(act(A, "c", "a-1", 2));
    log.append(act(A, "b", "a-1", 1));
    log.append(act(A, "a", "a-1", 2));
    log.append(act(A, "d", "a-2", 0));
    assertThat(log.findByAlumnus(A, AlumnusId.of("a-1"))).extracting(x -> x.id().value())
        .containsExactly("b", "a", "c");
    assertThat(log.findBetween(A, T0, T0.plus(Duration.ofMinutes(2))))
        .extracting(x -> x.id().value()).containsExactly("d", "b");
  }

  @Test
  void erasureRemovesOnlyThatAlumnusAndIsNotUndoneByReplay() {
    ActivityLog log = create();
    log.append(act(A, "1", "a-1", 1));
    log.append(act(A, "2", "a-1", 2));
    log.append(act(A, "3", "a-2", 3));
    log.append(act(B, "4", "a-1", 3));
    assertThat(log.deleteByAlumnus(A, AlumnusId.of("a-1"))).isEqualTo(2);
    assertThat(log.findByAlumnus(A, AlumnusId.of("a-1"))).isEmpty();
    assertThat(log.findByAlumnus(B, AlumnusId.of("a-1"))).hasSize(1);
    assertThat(log.append(act(A, "1", "a-1", 1))).isFalse();
    List<Activity> all = new ArrayList<>();
    log.forEach(A, all::add);
    assertThat(all).extracting(x -> x.id().value()).containsExactly("3");
  }

  @Test
  void eightConcurrentWritersAppendEachIdOnce() throws Exception {
    ActivityLog log = create();
    int threads = 8;
    int perThread = 300;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          start.await();
          int appended = 0;
          for (int i = 0; i < perThread; i++) {
            // ids overlap across threads: every id is offered by two threads
            String id = "id-" + ((thread / 2) * perThread + i);
            if (log.append(act(A, id, "a-" + (i % 7), i))) {
              appended++;
            }
          }
          return appended;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(60, TimeUnit.SECONDS);
      }
      int distinct = (threads / 2) * perThread;
      assertThat(total).isEqualTo(distinct);
      List<Activity> all = new ArrayList<>();
      log.forEach(A, all::add);
      assertThat(all).hasSize(distinct);
      assertThat(all.stream().map(Activity::id).distinct().count()).isEqualTo(distinct);
      List<Activity> between = log.findBetween(A, T0, T0.plus(Duration.ofDays(1)));
      assertThat(between).hasSize(distinct)
          .isSortedAccordingTo(Comparator.comparing(Activity::at).thenComparing(Activity::id));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void randomAppendsOnTwoTenantsNeverLeak() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(lists().of(integers().between(0, 59)).ofSizeBetween(0, 40))
        .checkAssert(codes -> {
          ActivityLog log = create();
          Map<TenantId, Map<String, Activity>> model = Map.of(A, new LinkedHashMap<>(), B, new LinkedHashMap<>());
          for (int code : codes) {
            TenantId tenant = code % 2 == 0 ? A : B;
            Activity a = act(tenant, "x" + (code % 10), "a-" + (code % 3), code);
            boolean expectedNew = !model.get(tenant).containsKey(a.id().value());
            assertThat(log.append(a)).isEqualTo(expectedNew);
            model.get(tenant).putIfAbsent(a.id().value(), a);
          }
          for (TenantId t : List.of(A, B)) {
            List<Activity> all = new ArrayList<>();
            log.forEach(t, all::add);
            assertThat(all).containsExactlyInAnyOrderElementsOf(model.get(t).values())
                .allSatisfy(x -> assertThat(x.tenant()).isEqualTo(t));
          }
        });
  }
}
