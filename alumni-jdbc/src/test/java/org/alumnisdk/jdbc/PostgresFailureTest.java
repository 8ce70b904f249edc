package org.alumnisdk.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.roster.Roster;
import org.alumnisdk.core.roster.RosterImportResult;
import org.alumnisdk.core.roster.RosterOptions;
import org.alumnisdk.core.spi.IdGenerator;
import org.alumnisdk.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Database failures on a real PostgreSQL: each is a typed error naming the operation, nothing half-written. */
class PostgresFailureTest {
  static final TenantId T = TenantId.of("acme");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
  static HikariDataSource pool;

  @BeforeAll
  static void database() {
    pool = Databases.pool(Databases.newPostgresDatabase(), 4);
  }

  @AfterAll
  static void close() {
    pool.close();
  }

  @BeforeEach
  void empty() {
    Databases.truncate(pool);
  }

  private static byte[] roster(int people) {
    StringBuilder b = new StringBuilder(PostgresMultiInstanceTest.HEADER);
    for (int i = 1; i <= people; i++) {
      b.append("E").append(1000 + i).append(",山田,太郎,ヤマダ,タロウ,,false,,,開発部,エンジニア,"
          + "engineering,G3,3,JP,東京都,2015-04-01,2024-03-31,自己都合,,可,,,\r\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("a database that refuses connections: UNAVAILABLE, naming the operation")
  void refusedConnection() {
    DriverDataSource nowhere = new DriverDataSource("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1");
    JdbcStores stores = JdbcStores.using(nowhere);
    assertThatThrownBy(() -> stores.alumni().count(T))
        .isInstanceOfSatisfying(JdbcStoreException.class, e -> {
          assertThat(e.code()).isEqualTo(JdbcStoreException.Code.UNAVAILABLE);
          assertThat(e.operation()).isEqualTo("Alumnus.count");
          assertThat(e.retryable()).isTrue();
          assertThat(e.getMessage()).contains("Alumnus.count").contains("UNAVAILABLE");
        });
  }

  @Test
  @DisplayName("the connection is killed in the middle of a roster import: UNAVAILABLE, nothing written, a retry imports all")
  void connectionKilledMidImport() throws Exception {
    AtomicInteger killed = new AtomicInteger();
    KillingDataSource killing = new KillingDataSource(pool, killed);
    Roster roster = Roster.using(JdbcStores.using(killing).alumni(), CLOCK, IdGenerator.seededUuids(7));
    byte[] file = roster(400);

    assertThatThrownBy(() -> roster.importFrom(T, file, RosterOptions.csv()))
        .isInstanceOfSatisfying(JdbcStoreException.class, e -> {
          assertThat(e.code()).isEqualTo(JdbcStoreException.Code.UNAVAILABLE);
          assertThat(e.operation()).isEqualTo("Alumnus.saveAll");
          // the message names no personal data (no name, no employee id)
          assertThat(e.getMessage()).doesNotContain("山田").doesNotContain("E1001");
        });
    assertThat(killed.get()).isEqualTo(1);
    JdbcStores healthy = JdbcStores.using(pool);
    assertThat(healthy.alumni().count(T)).isZero();

    RosterImportResult again = Roster.using(healthy.alumni(), CLOCK, IdGenerator.seededUuids(7))
        .importFrom(T, file, RosterOptions.csv());
    assertThat(again.committed()).isTrue();
    assertThat(healthy.alumni().count(T)).isEqualTo(400);
  }

  @Test
  @DisplayName("a statement timeout while another transaction holds the row: TIMEOUT, the row unchanged")
  void statementTimeout() throws Exception {
    JdbcStores stores = JdbcStores.using(pool, Duration.ofSeconds(1));
    Alumnus saved = stores.alumni().save(Fixtures.alumnus(T, 1));
    try (Connection holder = pool.getConnection()) {
      holder.setAutoCommit(false);
      try (Statement s = holder.createStatement()) {
        s.execute("SELECT version FROM alumni_alumnus WHERE tenant = 'acme' FOR UPDATE");
      }
      assertThatThrownBy(() -> stores.alumni().save(saved.withVersion(saved.version())))
          .isInstanceOfSatisfying(JdbcStoreException.class, e -> {
            assertThat(e.code()).isEqualTo(JdbcStoreException.Code.TIMEOUT);
            assertThat(e.operation()).isEqualTo("Alumnus.save");
            assertThat(e.sqlState()).isEqualTo("57014");
          });
      holder.rollback();
    }
    assertThat(stores.alumni().findById(T, saved.id()).orElseThrow().version()).isEqualTo(saved.version());
  }

  @Test
  @DisplayName("a document of an unknown format is refused as CORRUPT_DOCUMENT, never misread")
  void unknownFormatIsRefused() throws Exception {
    JdbcStores stores = JdbcStores.using(pool);
    Alumnus saved = stores.alumni().save(Fixtures.alumnus(T, 1));
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE alumni_alumnus SET doc = replace(doc, '\"$format\":1', '\"$format\":2')");
    }
    assertThatThrownBy(() -> stores.alumni().findById(T, saved.id()))
        .isInstanceOfSatisfying(JdbcStoreException.class, e -> {
          assertThat(e.code()).isEqualTo(JdbcStoreException.Code.CORRUPT_DOCUMENT);
          assertThat(e.operation()).isEqualTo("Alumnus.findById");
          assertThat(e.getMessage()).contains("format 2").contains("reads format 1");
        });
  }

  @Test
  @DisplayName("a document the model refuses (a blank family name written behind the SDK's back) is CORRUPT_DOCUMENT naming the field")
  void documentTheModelRefuses() throws Exception {
    JdbcStores stores = JdbcStores.using(pool);
    Alumnus saved = stores.alumni().save(Fixtures.alumnus(T, 1));
    String family = saved.name().family();
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("UPDATE alumni_alumnus SET doc = replace(doc, ?, ?)")) {
      ps.setString(1, "\"family\":\"" + family + "\"");
      ps.setString(2, "\"family\":\" \"");
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    assertThatThrownBy(() -> stores.alumni().findById(T, saved.id()))
        .isInstanceOfSatisfying(JdbcStoreException.class, e -> {
          assertThat(e.code()).isEqualTo(JdbcStoreException.Code.CORRUPT_DOCUMENT);
          assertThat(e.getMessage()).contains("family");
        });
  }

  /**
   * Hands out pooled connections whose first batch terminates their own backend (from another
   * connection, as an operator or a failover would) just before it runs.
   */
  static final class KillingDataSource extends DriverDataSource {
    private final HikariDataSource pool;
    private final AtomicInteger killed;

    KillingDataSource(HikariDataSource pool, AtomicInteger killed) {
      super("unused");
      this.pool = pool;
      this.killed = killed;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection real = pool.getConnection();
      int pid;
      try (Statement s = real.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        pid = rs.getInt(1);
      }
      InvocationHandler statements = (proxy, method, args) -> invoke(real, method, args);
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            if (result instanceof PreparedStatement ps && method.getName().equals("prepareStatement")) {
              return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                  new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                    if (m.getName().equals("executeBatch") && killed.get() == 0) {
                      terminate(pid);
                      killed.incrementAndGet();
                    }
                    return invoke(ps, m, a);
                  });
            }
            return result;
          });
    }

    private void terminate(int pid) throws SQLException {
      try (Connection other = pool.getConnection(); PreparedStatement ps = other.prepareStatement(
          "SELECT pg_terminate_backend(?)")) {
        ps.setInt(1, pid);
        ps.executeQuery().close();
      }
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
      try {
        return m.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
