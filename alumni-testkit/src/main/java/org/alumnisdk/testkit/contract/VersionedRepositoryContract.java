package org.alumnisdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.VersionedRepository;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The behaviour every aggregate port shares: optimistic versions, tenant scoping, ordering and
 * safety under concurrent writers. Concrete contracts extend it per port; hosts extend those with
 * their own adapter.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 * @since 0.1.0
 */
public abstract class VersionedRepositoryContract<I extends Comparable<? super I>, T extends Aggregate<I, T>> {
  /** Seed of the property tests. */
  protected static final long SEED = 20261125L;
  /** One tenant. */
  protected static final TenantId TENANT_A = TenantId.of("tenant-a");
  /** Another tenant. */
  protected static final TenantId TENANT_B = TenantId.of("tenant-b");

  /** Creates the contract. */
  protected VersionedRepositoryContract() {}

  /**
   * Creates a new, empty repository under test.
   *
   * @return the repository
   */
  protected abstract VersionedRepository<I, T> create();

  /**
   * A new unsaved (version 0) aggregate; the same {@code n} gives the same id in any tenant.
   *
   * @param tenant the tenant
   * @param n the number; distinct numbers give distinct ids and unique keys
   * @return the aggregate
   */
  protected abstract T sample(TenantId tenant, int n);

  /**
   * A changed copy of a stored aggregate (same id, tenant and version), different from the input.
   *
   * @param stored the aggregate
   * @return the changed copy
   */
  protected abstract T modify(T stored);

  @Test
  void insertSetsVersionOneAndFindsIt() {
    VersionedRepository<I, T> repo = create();
    T saved = repo.save(sample(TENANT_A, 1));
    assertThat(saved.version()).isEqualTo(1);
    assertThat(repo.findById(TENANT_A, saved.id())).contains(saved);
    assertThat(repo.count(TENANT_A)).isEqualTo(1);
  }

  @Test
  void updateWithCurrentVersionIncrements() {
    VersionedRepository<I, T> repo = create();
    T saved = repo.save(sample(TENANT_A, 1));
    T changed = modify(saved);
    T updated = repo.save(changed);
    assertThat(updated.version()).isEqualTo(2);
    assertThat(repo.findById(TENANT_A, saved.id())).contains(changed.withVersion(2));
  }

  @Test
  void staleUpdateFailsAndKeepsStoredValue() {
    VersionedRepository<I, T> repo = create();
    T v1 = repo.save(sample(TENANT_A, 1));
    T v2 = repo.save(modify(v1));
    assertThatThrownBy(() -> repo.save(modify(v1)))
        .isInstanceOf(ConcurrentUpdateException.class)
        .satisfies(e -> {
          ConcurrentUpdateException c = (ConcurrentUpdateException) e;
          assertThat(c.expectedVersion()).isEqualTo(1);
          assertThat(c.actualVersion()).isEqualTo(2);
        });
    assertThat(repo.findById(TENANT_A, v1.id())).contains(v2);
  }

  @Test
  void secondInsertOfSameIdFails() {
    VersionedRepository<I, T> repo = create();
    repo.save(sample(TENANT_A, 1));
    assertThatThrownBy(() -> repo.save(sample(TENANT_A, 1)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(repo.count(TENANT_A)).isEqualTo(1);
  }

  @Test
  void updateOfMissingAggregateFails() {
    VersionedRepository<I, T> repo = create();
    T ghost = sample(TENANT_A, 1).withVersion(3);
    assertThatThrownBy(() -> repo.save(ghost)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(repo.findById(TENANT_A, ghost.id())).isEmpty();
  }

  @Test
  void deleteChecksVersion() {
    VersionedRepository<I, T> repo = create();
    T saved = repo.save(sample(TENANT_A, 1));
    assertThatThrownBy(() -> repo.delete(TENANT_A, saved.id(), 7))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(repo.delete(TENANT_A, saved.id(), 1)).isTrue();
    assertThat(repo.delete(TENANT_A, saved.id(), 1)).isFalse();
    assertThat(repo.findById(TENANT_A, saved.id())).isEmpty();
    assertThat(repo.count(TENANT_A)).isZero();
  }

  @Test
  void sameIdInTwoTenantsAreIndependent() {
    VersionedRepository<I, T> repo = create();
    T a = repo.save(sample(TENANT_A, 1));
    T b = repo.save(sample(TENANT_B, 1));
    assertThat(a.id()).isEqualTo(b.id());
    repo.save(modify(a));
    assertThat(repo.findById(TENANT_B, b.id())).contains(b);
    assertThat(repo.delete(TENANT_B, b.id(), 1)).isTrue();
    assertThat(repo.findById(TENANT_A, a.id())).isPresent();
    assertThat(repo.findById(TENANT_B, a.id())).isEmpty();
  }

  @Test
  void findAllPagesInIdOrder() {
    VersionedRepository<I, T> repo = create();
    List<I> ids = new ArrayList<>();
    for (int n : new int[] {5, 3, 9, 1, 7, 2, 8}) {
      ids.add(repo.save(sample(TENANT_A, n)).id());
    }
    ids.sort(null);
    List<I> seen = new ArrayList<>();
    PageRequest req = PageRequest.first(3);
    Page<T> page;
    do {
      page = repo.findAll(TENANT_A, req);
      assertThat(page.totalItems()).isEqualTo(7);
      page.items().forEach(t -> seen.add(t.id()));
      req = req.next();
    } while (page.hasNext());
    assertThat(seen).containsExactlyElementsOf(ids);
    assertThat(repo.findAll(TENANT_B, PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void eightConcurrentWritersNeverLoseAnUpdate() throws Exception {
    VersionedRepository<I, T> repo = create();
    T first = repo.save(sample(TENANT_A, 1));
    int threads = 8;
    int attemptsPerThread = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = 1000 * (t + 1);
        results.add(pool.submit(() -> {
          start.await();
          int wins = 0;
          for (int i = 0; i < attemptsPerThread; i++) {
            T current = repo.findById(TENANT_A, first.id()).orElseThrow();
            try {
              repo.save(modify(current));
              wins++;
            } catch (ConcurrentUpdateException expected) {
              // another writer won this round
            }
            // distinct inserts from every thread
            repo.save(sample(TENANT_A, offset + i));
          }
          return wins;
        }));
      }
      start.countDown();
      int totalWins = 0;
      for (Future<Integer> f : results) {
        totalWins += f.get(60, TimeUnit.SECONDS);
      }
      assertThat(totalWins).isPositive();
      assertThat(repo.findById(TENANT_A, first.id()).orElseThrow().version())
          .isEqualTo(1L + totalWins);
      assertThat(repo.count(TENANT_A)).isEqualTo(1L + (long) threads * attemptsPerThread);
      assertThat(repo.count(TENANT_B)).isZero();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void eightConcurrentInsertsOfOneIdHaveExactlyOneWinner() throws Exception {
    VersionedRepository<I, T> repo = create();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      for (int round = 0; round < 50; round++) {
        int n = round;
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          results.add(pool.submit(() -> {
            start.await();
            try {
              repo.save(sample(TENANT_A, n));
              return true;
            } catch (ConcurrentUpdateException lost) {
              return false;
            }
          }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> f : results) {
          winners += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(winners).as("round %s", round).isEqualTo(1);
      }
      assertThat(repo.count(TENANT_A)).isEqualTo(50);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One random operation of the tenant-leak property. */
  private record Op(int kind, boolean tenantA, int n) {}

  @Test
  void randomOperationsOnTwoTenantsNeverLeak() {
    Gen<Op> ops = integers().between(0, 3)
        .zip(integers().between(0, 1), integers().between(0, 5), (k, t, n) -> new Op(k, t == 0, n));
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(lists().of(ops).ofSizeBetween(1, 40))
        .checkAssert(sequence -> {
          VersionedRepository<I, T> repo = create();
          Map<TenantId, TreeMap<I, T>> model = Map.of(TENANT_A, new TreeMap<>(), TENANT_B, new TreeMap<>());
          for (Op op : sequence) {
            TenantId tenant = op.tenantA() ? TENANT_A : TENANT_B;
            TreeMap<I, T> m = model.get(tenant);
            T fresh = sample(tenant, op.n());
            Optional<T> stored = Optional.ofNullable(m.get(fresh.id()));
            switch (op.kind()) {
              case 0 -> {
                if (stored.isEmpty()) {
                  m.put(fresh.id(), repo.save(fresh));
                }
              }
              case 1 -> stored.ifPresent(s -> m.put(s.id(), repo.save(modify(s))));
              case 2 -> stored.ifPresent(s -> {
                assertThat(repo.delete(tenant, s.id(), s.version())).isTrue();
                m.remove(s.id());
              })
              ;
              default -> assertThat(repo.findById(tenant, fresh.id())).isEqualTo(stored);
            }
            for (TenantId t : List.of(TENANT_A, TENANT_B)) {
              TreeMap<I, T> expected = model.get(t);
              assertThat(repo.count(t)).isEqualTo(expected.size());
              assertThat(repo.findAll(t, PageRequest.first(100)).items())
                  .containsExactlyElementsOf(expected.values())
                  .allSatisfy(x -> assertThat(x.tenant()).isEqualTo(t));
              for (int n = 0; n <= 5; n++) {
                I id = sample(t, n).id();
                assertThat(repo.findById(t, id)).isEqualTo(Optional.ofNullable(expected.get(id)));
              }
            }
          }
        });
  }
}
