package org.alumnisdk.benchmarks.core;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.alumnisdk.core.ActivityId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.activity.ActivityType;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.MembershipHistory;
import org.alumnisdk.core.inmemory.InMemoryActivityLog;
import org.alumnisdk.core.inmemory.InMemoryAlumnusRepository;
import org.alumnisdk.core.offboarding.LeaverRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/** In-memory store operations on a tenant of 100,000 alumni; throughput per operation. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InMemoryStoreBenchmark {
  private static final TenantId TENANT = TenantId.of("bench");
  private static final int SIZE = 100_000;
  private final InMemoryAlumnusRepository repo = new InMemoryAlumnusRepository();
  private InMemoryActivityLog log = new InMemoryActivityLog();
  private final AtomicLong counter = new AtomicLong();

  /** Fills the store. */
  @Setup
  public void setUp() {
    List<LeaverRecord> records = CoreData.leavers(SIZE, 7L);
    for (int i = 0; i < SIZE; i++) {
      LeaverRecord r = records.get(i);
      repo.save(new Alumnus(AlumnusId.of("a-" + i), TENANT, r.externalId(), r.name(), r.contacts(), r.employment(),
          r.departure(), null, r.skills(), r.languages(), null, null,
          MembershipHistory.invited(Instant.EPOCH), 0));
    }
  }

  /** A fresh activity log per iteration, so appends measure a log of bounded size. */
  @Setup(Level.Iteration)
  public void freshLog() {
    log = new InMemoryActivityLog();
  }

  private AlumnusId nextId() {
    return AlumnusId.of("a-" + Math.floorMod(counter.getAndIncrement() * 7919L, SIZE));
  }

  /** Finds by id. */
  @Benchmark
  public Object findById() {
    return repo.findById(TENANT, nextId());
  }

  /** Finds by external id. */
  @Benchmark
  public Object findByExternalId() {
    return repo.findByExternalId(TENANT, "E" + Math.floorMod(counter.getAndIncrement() * 7919L, SIZE));
  }

  /** Read-modify-write with an optimistic version, one thread. */
  @Benchmark
  public Object updateWithVersion() {
    Alumnus a = repo.findById(TENANT, nextId()).orElseThrow();
    return repo.save(a.withVersion(a.version()));
  }

  /** Read-modify-write from four threads on random alumni; conflicts are retried. */
  @Benchmark
  @Threads(4)
  public Object updateWithVersion4Threads() {
    while (true) {
      Alumnus a = repo.findById(TENANT, nextId()).orElseThrow();
      try {
        return repo.save(a.withVersion(a.version()));
      } catch (ConcurrentUpdateException retry) {
        // another thread won; try another alumnus
      }
    }
  }

  /** Appends a new activity (idempotency check, ordered insert). */
  @Benchmark
  public boolean appendActivity() {
    long n = counter.getAndIncrement();
    return log.append(new Activity(ActivityId.of("x-" + n), TENANT, AlumnusId.of("a-" + (n % SIZE)),
        ActivityType.CONTENT_OPENED, Instant.EPOCH.plusSeconds(n), ""));
  }
}
