package org.alumnisdk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.TenantMismatchException;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.inmemory.InMemoryAlumnusRepository;
import org.alumnisdk.core.roster.Roster;
import org.alumnisdk.core.roster.RosterOptions;
import org.junit.jupiter.api.Test;

/** The default {@link AlumnusRepository#saveAll}: all or nothing by undo, which roster imports rely on. */
class AlumnusRepositorySaveAllTest {
  static final TenantId T = TenantId.of("acme");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
  static final String HEADER = "employee_id,family_name,given_name,department,job_title,job_family,grade_code,"
      + "grade_level,work_country,start_date,end_date,departure_type,rehire_eligibility\r\n";

  static byte[] rows(String family, int n) {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 1; i <= n; i++) {
      b.append("E").append(i).append(',').append(family).append(",太郎,開発部,エンジニア,engineering,G3,3,JP,"
          + "2015-04-01,2024-03-31,VOLUNTARY,ELIGIBLE\r\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A store whose n-th save fails once (a transient failure midway through a batch). */
  static class FailingAfter implements AlumnusRepository {
    final InMemoryAlumnusRepository inner = new InMemoryAlumnusRepository();
    int saves;
    int failFrom = Integer.MAX_VALUE;

    @Override
    public Optional<Alumnus> findById(TenantId tenant, AlumnusId id) {
      return inner.findById(tenant, id);
    }

    @Override
    public Optional<Alumnus> findByExternalId(TenantId tenant, String externalId) {
      return inner.findByExternalId(tenant, externalId);
    }

    @Override
    public Page<Alumnus> findAll(TenantId tenant, PageRequest page) {
      return inner.findAll(tenant, page);
    }

    @Override
    public Alumnus save(Alumnus alumnus) {
      if (++saves == failFrom) {
        throw new IllegalStateException("store down");
      }
      return inner.save(alumnus);
    }

    @Override
    public boolean delete(TenantId tenant, AlumnusId id, long expectedVersion) {
      return inner.delete(tenant, id, expectedVersion);
    }

    @Override
    public long count(TenantId tenant) {
      return inner.count(tenant);
    }
  }

  @Test
  void aFailureMidwayUndoesTheInsertsAlreadyDone() {
    FailingAfter store = new FailingAfter();
    store.failFrom = 3;
    Roster roster = Roster.using(store, CLOCK, IdGenerator.sequential("a"));
    assertThatThrownBy(() -> roster.importFrom(T, rows("山田", 5), RosterOptions.csv()))
        .hasMessage("store down");
    assertThat(store.count(T)).isZero();
  }

  @Test
  void aFailureMidwayRestoresTheUpdatedAlumni() {
    FailingAfter store = new FailingAfter();
    Roster roster = Roster.using(store, CLOCK, IdGenerator.sequential("a"));
    assertThat(roster.importFrom(T, rows("山田", 3), RosterOptions.csv()).created()).isEqualTo(3);
    List<Alumnus> before = store.findAll(T, PageRequest.first(10)).items();
    store.failFrom = store.saves + 3; // two updates pass, the third fails
    assertThatThrownBy(() -> roster.importFrom(T, rows("佐藤", 3), RosterOptions.csv()))
        .hasMessage("store down");
    List<Alumnus> after = store.findAll(T, PageRequest.first(10)).items();
    assertThat(after).extracting(a -> a.name().family()).containsOnly("山田");
    assertThat(after).extracting(Alumnus::id).isEqualTo(before.stream().map(Alumnus::id).toList());
  }

  @Test
  void anUndoThatFailsTooIsReportedAsSuppressed() {
    FailingAfter store = new FailingAfter() {
      @Override
      public boolean delete(TenantId tenant, AlumnusId id, long expectedVersion) {
        throw new IllegalStateException("still down");
      }
    };
    store.failFrom = 2;
    Roster roster = Roster.using(store, CLOCK, IdGenerator.sequential("a"));
    assertThatThrownBy(() -> roster.importFrom(T, rows("山田", 3), RosterOptions.csv()))
        .hasMessage("store down")
        .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly("still down"));
    // the default is best effort: the first insert could not be undone (a transactional store has no such gap)
    assertThat(store.count(T)).isEqualTo(1);
  }

  @Test
  void refusesAlumniOfTwoTenants() {
    FailingAfter store = new FailingAfter();
    Roster.using(store, CLOCK, IdGenerator.sequential("a")).importFrom(T, rows("山田", 1), RosterOptions.csv());
    Roster.using(store, CLOCK, IdGenerator.sequential("b")).importFrom(TenantId.of("other"), rows("山田", 1),
        RosterOptions.csv());
    Alumnus a = store.findAll(T, PageRequest.first(1)).items().get(0);
    Alumnus b = store.findAll(TenantId.of("other"), PageRequest.first(1)).items().get(0);
    assertThatThrownBy(() -> store.saveAll(List.of(a, b))).isInstanceOf(TenantMismatchException.class);
    assertThat(store.saveAll(List.of())).isEmpty();
  }
}
