package org.alumnisdk.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The two databases the adapter is tested on, migrated with Flyway from the shipped migrations. */
final class Databases {
  /** Every table of the migrations, children first. */
  static final List<String> TABLES = List.of("alumni_group_member", "alumni_group", "alumni_alumnus",
      "alumni_activity", "alumni_activity_erased", "alumni_job_opening", "alumni_referral", "alumni_rehire_application", "alumni_event",
      "alumni_content", "alumni_mentorship_program", "alumni_mentorship", "alumni_consent_ledger",
      "alumni_consent_purpose", "alumni_consent_notice", "alumni_consent_notice_shown", "alumni_consent_request",
      "alumni_consent_stop", "alumni_consent_record");

  private static final AtomicInteger H2_NAMES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private Databases() {}

  /** A new, migrated, private H2 database (in memory, kept while the JVM runs). */
  static DataSource h2() {
    DataSource ds = new DriverDataSource("jdbc:h2:mem:alumni" + H2_NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    migrate(ds);
    return ds;
  }

  /** The one embedded PostgreSQL of this JVM, started on first use. */
  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is ending
        }
      }));
    }
    return postgres;
  }

  /** A new, migrated PostgreSQL database on the embedded server, with durable commits. */
  static String newPostgresDatabase() {
    return newPostgresDatabase(true);
  }

  /**
   * A new, migrated PostgreSQL database on the embedded server. Not durable means {@code
   * synchronous_commit = off}: commits do not wait for the disk, which changes nothing a contract
   * observes (visibility, locking and constraints are the same) and saves a flush per write.
   */
  static String newPostgresDatabase(boolean durable) {
    String name = "alumni" + H2_NAMES.incrementAndGet();
    try (Connection c = postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
      if (!durable) {
        s.execute("ALTER DATABASE " + name + " SET synchronous_commit = off");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    String url = postgres().getJdbcUrl("postgres", name);
    migrate(pool(url, 2));
    return url;
  }

  /** A connection pool of its own over a PostgreSQL database, as each host instance has. */
  static HikariDataSource pool(String url, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername("postgres");
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    return new HikariDataSource(config);
  }

  static void migrate(DataSource ds) {
    Flyway.configure().dataSource(ds).locations(JdbcStores.MIGRATIONS).load().migrate();
  }

  /** Empties every table (the contracts want a new, empty store per test). */
  static void truncate(DataSource ds) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false); // one commit, not one per table
      for (String t : TABLES) {
        s.execute("DELETE FROM " + t);
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
