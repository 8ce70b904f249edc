package org.alumnisdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.alumnisdk.core.AlumniException;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.Proficiency;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.spi.AlumnusRepository;
import org.alumnisdk.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link AlumnusRepository}. Extend it with {@link #create()} returning your adapter;
 * the in-memory store passes it.
 *
 * @since 0.1.0
 */
public abstract class AlumnusRepositoryContract extends VersionedRepositoryContract<AlumnusId, Alumnus> {
  /** Creates the contract. */
  protected AlumnusRepositoryContract() {}

  @Override
  protected abstract AlumnusRepository create();

  @Override
  protected Alumnus sample(TenantId tenant, int n) {
    return Fixtures.alumnus(tenant, n);
  }

  @Override
  protected Alumnus modify(Alumnus stored) {
    List<SkillClaim> skills = new ArrayList<>(stored.skills());
    skills.add(new SkillClaim(SkillId.of("skill-" + skills.size()), Proficiency.BEGINNER, 1,
        YearMonth.of(2025, 1)));
    return stored.withSkills(skills);
  }

  @Test
  void findsByExternalIdWithinTenantOnly() {
    AlumnusRepository repo = create();
    Alumnus a = repo.save(Fixtures.alumnus(TENANT_A, 1));
    assertThat(repo.findByExternalId(TENANT_A, "E-1")).contains(a);
    assertThat(repo.findByExternalId(TENANT_B, "E-1")).isEmpty();
    assertThat(repo.findByExternalId(TENANT_A, "E-2")).isEmpty();
  }

  @Test
  void externalIdIsUniquePerTenant() {
    AlumnusRepository repo = create();
    repo.save(Fixtures.alumnus(TENANT_A, AlumnusId.of("a-1"), "E-1"));
    assertThatThrownBy(() -> repo.save(Fixtures.alumnus(TENANT_A, AlumnusId.of("a-2"), "E-1")))
        .isInstanceOf(AlumniException.class);
    assertThat(repo.count(TENANT_A)).isEqualTo(1);
    assertThat(repo.save(Fixtures.alumnus(TENANT_B, AlumnusId.of("a-2"), "E-1")).version())
        .isEqualTo(1);
  }

  @Test
  void deletingFreesTheExternalId() {
    AlumnusRepository repo = create();
    Alumnus a = repo.save(Fixtures.alumnus(TENANT_A, AlumnusId.of("a-1"), "E-1"));
    repo.delete(TENANT_A, a.id(), a.version());
    assertThat(repo.findByExternalId(TENANT_A, "E-1")).isEmpty();
    assertThat(repo.save(Fixtures.alumnus(TENANT_A, AlumnusId.of("a-2"), "E-1")).version())
        .isEqualTo(1);
  }

  @Test
  void eightConcurrentWritersKeepEveryAppliedChange() throws Exception {
    AlumnusRepository repo = create();
    Alumnus first = repo.save(Fixtures.alumnus(TENANT_A, 1));
    int threads = 8;
    int updatesPerThread = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          for (int done = 0; done < updatesPerThread; ) {
            Alumnus current = repo.findById(TENANT_A, first.id()).orElseThrow();
            try {
              repo.save(modify(current));
              done++;
            } catch (ConcurrentUpdateException retry) {
              // reload and re-apply
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : results) {
        f.get(60, TimeUnit.SECONDS);
      }
      Alumnus last = repo.findById(TENANT_A, first.id()).orElseThrow();
      int updates = threads * updatesPerThread;
      assertThat(last.version()).isEqualTo(1L + updates);
      assertThat(last.skills()).hasSize(first.skills().size() + updates);
    } finally {
      pool.shutdownNow();
    }
  }
}
