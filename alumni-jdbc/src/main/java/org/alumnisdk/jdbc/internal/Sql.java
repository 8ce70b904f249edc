package org.alumnisdk.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import javax.sql.DataSource;
import org.alumnisdk.core.Checks;
import org.alumnisdk.jdbc.JdbcStoreException;
import org.alumnisdk.jdbc.JdbcStoreException.Code;
import org.jspecify.annotations.Nullable;

/**
 * Runs one unit of work in one transaction on a connection borrowed from the host's pool, and
 * turns every {@link SQLException} into a {@link JdbcStoreException} naming the operation. A unit
 * that throws anything is rolled back, so no half-written aggregate is ever committed.
 */
public final class Sql {
  /** A unit of work on a connection. */
  @FunctionalInterface
  public interface Work<R> {
    /**
     * Does the work.
     *
     * @param c the connection, in a transaction
     * @return the result
     * @throws SQLException on a database error
     */
    R run(Connection c) throws SQLException;
  }

  /** Thrown inside a unit when a unique key is violated, after which the unit is rolled back. */
  public static final class UniqueViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UniqueViolation() {
      super(null, null, false, false);
    }
  }

  private final DataSource dataSource;
  private final int queryTimeoutSeconds;

  /**
   * Creates the runner.
   *
   * @param dataSource the host's data source
   * @param queryTimeoutSeconds the statement timeout, 0 for none
   */
  public Sql(DataSource dataSource, int queryTimeoutSeconds) {
    this.dataSource = Checks.notNull(dataSource, "dataSource");
    this.queryTimeoutSeconds = queryTimeoutSeconds;
  }

  /**
   * Runs a unit of work in one transaction.
   *
   * @param <R> the result type
   * @param operation the operation, for errors
   * @param work the work
   * @return the result
   * @throws UniqueViolation if the work violated a unique key (rolled back)
   * @throws JdbcStoreException on any other database error (rolled back)
   */
  public <R> R tx(String operation, Work<R> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        R r = work.run(c);
        c.commit();
        return r;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(c, e);
        if (e instanceof SQLException s && isUniqueViolation(s)) {
          throw new UniqueViolation();
        }
        throw e;
      } finally {
        restore(c, auto);
      }
    } catch (SQLException e) {
      throw translate(operation, e);
    }
  }

  /**
   * Prepares a statement with the configured timeout.
   *
   * @param c the connection
   * @param sql the SQL
   * @return the statement
   * @throws SQLException on a database error
   */
  public PreparedStatement prepare(Connection c, String sql) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    if (queryTimeoutSeconds > 0) {
      ps.setQueryTimeout(queryTimeoutSeconds);
    }
    return ps;
  }

  @Override
  public String toString() {
    return "Sql[queryTimeout=" + queryTimeoutSeconds + "s]";
  }

  private static void rollback(Connection c, Throwable e) {
    try {
      c.rollback();
    } catch (SQLException | RuntimeException r) {
      e.addSuppressed(new IllegalStateException("rollback failed, SQLState " + sqlState(r)));
    }
  }

  private static void restore(Connection c, boolean auto) {
    try {
      if (!c.isClosed()) {
        c.setAutoCommit(auto);
      }
    } catch (SQLException ignored) {
      // the pool validates the connection when it is returned
    }
  }

  private static String sqlState(Throwable t) {
    return t instanceof SQLException s ? String.valueOf(s.getSQLState()) : "n/a";
  }

  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(state(e));
  }

  /** The first SQLState in the chain (a batch reports it on the next exception, not its own). */
  private static @Nullable String state(SQLException e) {
    for (Throwable t = e; t != null; t = t instanceof SQLException s && s.getNextException() != null
        ? s.getNextException() : t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null && !s.getSQLState().isEmpty()) {
        return s.getSQLState();
      }
    }
    return null;
  }

  /**
   * Turns a driver exception into the SDK's error for an operation.
   *
   * @param operation the operation
   * @param e the driver's exception
   * @return the SDK's exception
   */
  public static JdbcStoreException translate(String operation, SQLException e) {
    String state = state(e);
    Code code;
    if (e instanceof SQLTimeoutException || "57014".equals(state)) {
      code = Code.TIMEOUT;
    } else if (e instanceof SQLTransientConnectionException || (state != null && state.startsWith("08"))
        || "57P01".equals(state) || "57P02".equals(state) || "57P03".equals(state)) {
      code = Code.UNAVAILABLE;
    } else if ("40001".equals(state) || "40P01".equals(state)) {
      code = Code.SERIALIZATION_FAILURE;
    } else if ("42P01".equals(state) || "42S02".equals(state) || "42703".equals(state)
        || "42S22".equals(state) || "42102".equals(state) || "42122".equals(state)) {
      code = Code.SCHEMA;
    } else if ("22001".equals(state) || "54000".equals(state)) {
      code = Code.VALUE_TOO_LARGE;
    } else {
      code = Code.DATABASE;
    }
    return new JdbcStoreException(operation, code, state, e.getErrorCode(),
        "the database reported " + e.getClass().getSimpleName());
  }

  // ---------------------------------------------------------------- values

  /**
   * The UTF-8 bytes of a key: ordering by them is Unicode code-point order on every database,
   * whatever its collation.
   *
   * @param key the key
   * @return the bytes
   */
  public static byte[] sortKey(String key) {
    return key.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Whole seconds of an instant, the indexed part of a stored instant.
   *
   * @param at the instant
   * @return the epoch second
   */
  public static long seconds(Instant at) {
    return at.getEpochSecond();
  }

  /**
   * Nanoseconds within the second, the rest of a stored instant.
   *
   * @param at the instant
   * @return 0..999,999,999
   */
  public static int nanos(Instant at) {
    return at.getNano();
  }

  /**
   * The instant stored as seconds and nanoseconds.
   *
   * @param seconds the epoch second
   * @param nanos the nanoseconds
   * @return the instant
   */
  public static Instant instant(long seconds, int nanos) {
    return Instant.ofEpochSecond(seconds, nanos);
  }
}
