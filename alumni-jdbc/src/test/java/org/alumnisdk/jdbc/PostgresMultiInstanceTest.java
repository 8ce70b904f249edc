package org.alumnisdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alumnisdk.consent.Consent;
import org.alumnisdk.consent.ledger.ChainVerification;
import org.alumnisdk.consent.ledger.ConsentActor;
import org.alumnisdk.consent.ledger.ConsentEvent;
import org.alumnisdk.consent.ledger.ConsentEventType;
import org.alumnisdk.consent.ledger.ConsentMethod;
import org.alumnisdk.consent.ledger.NoticeRef;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.notice.NoticeChannel;
import org.alumnisdk.consent.notice.NoticeShown;
import org.alumnisdk.consent.notice.NoticeType;
import org.alumnisdk.consent.purpose.StandardPurposes;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.event.Event;
import org.alumnisdk.core.roster.Roster;
import org.alumnisdk.core.roster.RosterOptions;
import org.alumnisdk.core.spi.IdGenerator;
import org.alumnisdk.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two SDK stacks, each with its own connection pool, over one real PostgreSQL: what several host
 * instances behind a load balancer do.
 */
class PostgresMultiInstanceTest {
  static final TenantId T = TenantId.of("acme");
  static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
  static final List<PurposeId> PURPOSES = List.of(PurposeId.REHIRE_OUTREACH, PurposeId.REFERRAL_OUTREACH);
  static final List<AlumnusId> PEOPLE = List.of(AlumnusId.of("a-1"), AlumnusId.of("a-2"), AlumnusId.of("a-3"));

  static final String HEADER = "employee_id,family_name,given_name,family_name_kana,given_name_kana,email,"
      + "email_verified,phone,phone_verified,department,job_title,job_family,grade_code,grade_level,work_country,"
      + "work_region,start_date,end_date,departure_type,reason_category,rehire_eligibility,rehire_reason,skills,"
      + "languages\r\n";

  static String url;
  static HikariDataSource pool1;
  static HikariDataSource pool2;
  JdbcStores one;
  JdbcStores two;

  @BeforeAll
  static void database() {
    url = Databases.newPostgresDatabase();
    pool1 = Databases.pool(url, 4);
    pool2 = Databases.pool(url, 4);
  }

  @AfterAll
  static void close() {
    pool1.close();
    pool2.close();
  }

  @BeforeEach
  void empty() {
    Databases.truncate(pool1);
    one = JdbcStores.using(pool1);
    two = JdbcStores.using(pool2);
  }

  private static void setUp(Consent a, Consent b) {
    a.registerStandardPurposes(T, T0.minusSeconds(86_400));
    b.notices().publish(Notice.of(T, StandardPurposes.PURPOSE_NOTICE, 1, NoticeType.COLLECTION_PURPOSE_NOTICE,
        "ja", "退職後のご連絡に利用します。", PURPOSES, T0.minusSeconds(86_400)));
    for (AlumnusId p : PEOPLE) {
      a.notices().recordShown(new NoticeShown(T, p, StandardPurposes.PURPOSE_NOTICE, 1, "ja",
          T0.minusSeconds(3_600), NoticeChannel.WEB_FORM));
    }
  }

  @Test
  @DisplayName("a withdrawal committed through one stack is honoured by the other stack's next gate check")
  void withdrawalCrossesStacks() {
    Clock clock = Clock.fixed(T0.plusSeconds(600), ZoneOffset.UTC);
    Consent c1 = one.consent().clock(clock).build();
    Consent c2 = two.consent().clock(clock).build();
    setUp(c1, c2);
    AlumnusId a = PEOPLE.get(0);
    c1.ledger().append(ConsentEvent.given(T, "g-1", a, PurposeId.REHIRE_OUTREACH, T0, ConsentMethod.CHECKBOX,
        "exit-form", NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja")));
    assertThat(c2.gate().check(T, a, PurposeId.REHIRE_OUTREACH, T0.plusSeconds(10)).allowed()).isTrue();

    c1.ledger().append(ConsentEvent.of(T, "w-1", a, PurposeId.REHIRE_OUTREACH, ConsentEventType.WITHDRAWN,
        T0.plusSeconds(60), ConsentActor.SELF, ConsentMethod.CHECKBOX, "portal"));

    assertThat(c2.gate().check(T, a, PurposeId.REHIRE_OUTREACH, T0.plusSeconds(120)).allowed()).isFalse();
    // and the second stack can append right away: no stale version, no reload needed
    c2.ledger().append(ConsentEvent.given(T, "g-2", a, PurposeId.REHIRE_OUTREACH, T0.plusSeconds(180),
        ConsentMethod.CHECKBOX, "exit-form", NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja")));
    assertThat(c1.gate().check(T, a, PurposeId.REHIRE_OUTREACH, T0.plusSeconds(200)).allowed()).isTrue();
    assertThat(c1.ledger().verify(T)).isInstanceOf(ChainVerification.Intact.class);
  }

  @Test
  @DisplayName("property: seeded interleavings over two stacks; after every commit neither stack permits a withdrawn purpose")
  void seededInterleavingsNeverPermitAWithdrawnPurpose() {
    int lawChecks = 0;
    int permitted = 0;
    for (long seed = 1; seed <= 6; seed++) {
      Databases.truncate(pool1);
      Random rnd = new Random(seed);
      Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
      Consent[] stacks = {JdbcStores.using(pool1).consent().clock(clock).build(),
          JdbcStores.using(pool2).consent().clock(clock).build()};
      setUp(stacks[0], stacks[1]);
      List<ConsentEvent> events = new ArrayList<>();
      for (int step = 0; step < 25; step++) {
        AlumnusId who = PEOPLE.get(rnd.nextInt(PEOPLE.size()));
        PurposeId purpose = PURPOSES.get(rnd.nextInt(PURPOSES.size()));
        Instant at = T0.plusSeconds(rnd.nextInt(1_000)); // any time order, as a paper backfill
        boolean give = rnd.nextInt(3) > 0;
        ConsentEvent e = give
            ? ConsentEvent.given(T, "e" + step, who, purpose, at, ConsentMethod.CHECKBOX, "form",
                NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja"))
            : ConsentEvent.of(T, "e" + step, who, purpose, ConsentEventType.WITHDRAWN, at, ConsentActor.SELF,
                ConsentMethod.CHECKBOX, "form");
        stacks[rnd.nextInt(2)].ledger().append(e);
        events.add(e);
        for (int q = 0; q < 3; q++) {
          Instant t = T0.plusSeconds(rnd.nextInt(1_100));
          for (Consent c : stacks) {
            for (AlumnusId p : PEOPLE) {
              for (PurposeId u : PURPOSES) {
                boolean allowed = c.gate().check(T, p, u, t).allowed();
                permitted += allowed ? 1 : 0;
                if (withdrawnAt(events, p, u, t)) {
                  lawChecks++;
                  assertThat(allowed).as("seed %d step %d %s %s %s", seed, step, p, u, t).isFalse();
                }
              }
            }
          }
        }
      }
      assertThat(stacks[1].ledger().verify(T)).isInstanceOf(ChainVerification.Intact.class);
    }
    assertThat(lawChecks).isGreaterThan(200);
    assertThat(permitted).isGreaterThan(200);
  }

  /** The latest event at or before t for the person and purpose is a withdrawal (ties: withdrawal wins). */
  private static boolean withdrawnAt(List<ConsentEvent> events, AlumnusId p, PurposeId u, Instant t) {
    Instant lastWithdrawal = null;
    Instant lastGiven = null;
    for (ConsentEvent e : events) {
      if (!e.alumnus().equals(p) || !e.purpose().equals(u) || e.at().isAfter(t)) {
        continue;
      }
      if (e.type() == ConsentEventType.WITHDRAWN && (lastWithdrawal == null || e.at().isAfter(lastWithdrawal))) {
        lastWithdrawal = e.at();
      } else if (e.type() == ConsentEventType.GIVEN && (lastGiven == null || e.at().isAfter(lastGiven))) {
        lastGiven = e.at();
      }
    }
    return lastWithdrawal != null && (lastGiven == null || !lastGiven.isAfter(lastWithdrawal));
  }

  @Test
  @DisplayName("4 writers on two stacks, retrying on conflict: no lost update, no permanent conflict, and a consent chain that stays intact")
  void noLostUpdatesAndNoPermanentConflicts() throws Exception {
    Event first = one.events().save(Fixtures.event(T, 0));
    int writers = 4;
    int incrementsEach = 25;
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    Consent[] consents = {one.consent().clock(clock).build(), two.consent().clock(clock).build()};
    setUp(consents[0], consents[1]);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> retries = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      JdbcStores stack = w % 2 == 0 ? one : two;
      Consent consent = consents[w % 2];
      int writer = w;
      retries.add(pool.submit((Callable<Integer>) () -> {
        start.await();
        int conflicts = 0;
        for (int i = 0; i < incrementsEach; i++) {
          for (int attempt = 0; ; attempt++) {
            Event current = stack.events().findById(T, first.id()).orElseThrow();
            try {
              stack.events().save(current.withCapacity(current.capacity() + 1));
              break;
            } catch (ConcurrentUpdateException lost) {
              conflicts++;
              assertThat(attempt).as("a conflict that never clears").isLessThan(200);
            }
          }
          consent.ledger().append(ConsentEvent.given(T, "w" + writer + "-" + i, PEOPLE.get(i % 3),
              PURPOSES.get(i % 2), T0.plusSeconds(i), ConsentMethod.CHECKBOX, "form",
              NoticeRef.of(StandardPurposes.PURPOSE_NOTICE, 1, "ja")));
        }
        return conflicts;
      }));
    }
    start.countDown();
    int conflicts = 0;
    for (Future<Integer> f : retries) {
      conflicts += f.get();
    }
    pool.shutdown();
    Event last = two.events().findById(T, first.id()).orElseThrow();
    assertThat(last.capacity()).isEqualTo(first.capacity() + writers * incrementsEach);
    assertThat(last.version()).isEqualTo(1 + writers * incrementsEach);
    assertThat(one.ledger().size(T)).isEqualTo(writers * incrementsEach);
    assertThat(consents[1].ledger().verify(T)).isInstanceOf(ChainVerification.Intact.class);
    // the race was real: some writer lost at least once and retried
    assertThat(conflicts).isPositive();
  }

  private static byte[] roster(String familyName, int people) {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 1; i <= people; i++) {
      b.append("E").append(1000 + i).append(',').append(familyName).append(",太郎,ヤマダ,タロウ,,false,,,開発部,エンジニア,"
          + "engineering,G3,3,JP,東京都,2015-04-01,2024-03-31,自己都合,,可,,,\r\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("seeded races of two roster imports on one tenant leave the one import or the other, never a mix")
  void racingImportsNeverMix() throws Exception {
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    int people = 120;
    for (long seed = 1; seed <= 8; seed++) {
      Databases.truncate(pool1);
      Random rnd = new Random(seed);
      Roster r1 = Roster.using(one.alumni(), clock, IdGenerator.seededUuids(seed));
      Roster r2 = Roster.using(two.alumni(), clock, IdGenerator.seededUuids(seed + 1000));
      byte[] a = roster("山田", people);
      byte[] b = roster("佐藤", people);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch start = new CountDownLatch(1);
      int delay = rnd.nextInt(30);
      Future<?> fa = pool.submit(() -> {
        start.await();
        return r1.importFrom(T, a, RosterOptions.csv());
      });
      Future<?> fb = pool.submit(() -> {
        start.await();
        Thread.sleep(delay);
        return r2.importFrom(T, b, RosterOptions.csv());
      });
      start.countDown();
      int failed = 0;
      for (Future<?> f : List.of(fa, fb)) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(ConcurrentUpdateException.class);
          failed++;
        }
      }
      pool.shutdown();
      List<Alumnus> stored = one.alumni().findAll(T, PageRequest.first(1_000)).items();
      assertThat(stored).hasSize(people);
      Set<String> families = new HashSet<>();
      for (Alumnus x : stored) {
        families.add(x.name().family());
      }
      assertThat(families).as("seed %d", seed).hasSize(1);
      assertThat(failed).as("at least one import commits").isLessThan(2);
    }
  }
}
