package org.alumnisdk.jdbc;

import org.alumnisdk.core.AlumniException;
import org.jspecify.annotations.Nullable;

/**
 * A database operation of the JDBC adapter failed; nothing of that operation was written (every
 * write runs in one transaction, rolled back on any failure).
 *
 * <p>The message names the operation (for example {@code Alumnus.save} or {@code
 * ConsentLedger.append}), the {@link Code} and the SQLState, never a value: the driver's own
 * message can quote stored values (a unique-key violation shows the key), so it is not kept as the
 * cause. Only the SQLState, the vendor code and the driver's exception class are kept, which is
 * enough to look the failure up in the database's log.
 *
 * @since 0.1.0
 */
public final class JdbcStoreException extends AlumniException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure; {@link #retryable()} says which ones a caller may simply retry. */
  public enum Code {
    /** The database could not be reached or the connection broke (SQLState class 08). */
    UNAVAILABLE,
    /** A statement timed out or was cancelled (SQLState 57014, or a {@code SQLTimeoutException}). */
    TIMEOUT,
    /** The database aborted the transaction to keep it serialisable, or a deadlock (40001, 40P01). */
    SERIALIZATION_FAILURE,
    /** The schema is missing or older than this release: run the migrations (42P01, 42S02, 42703). */
    SCHEMA,
    /** A value is longer than its column allows (22001): ids are limited to 400 characters. */
    VALUE_TOO_LARGE,
    /** A stored document cannot be read back: another format, or values the model refuses. */
    CORRUPT_DOCUMENT,
    /** Any other database error. */
    DATABASE
  }

  /** Serialized: the operation. */
  private final String operation;
  /** Serialized: the code. */
  private final Code code;
  /** Serialized: the SQLState, or null. */
  private final @Nullable String sqlState;
  /** Serialized: the vendor code. */
  private final int vendorCode;

  /**
   * Creates the exception.
   *
   * @param operation the operation, e.g. {@code Alumnus.save}
   * @param code the kind of failure
   * @param sqlState the SQLState, or null
   * @param vendorCode the vendor's error code (0 if none)
   * @param detail what went wrong, without any stored value
   */
  public JdbcStoreException(String operation, Code code, @Nullable String sqlState, int vendorCode, String detail) {
    super(operation + " failed (" + code + (sqlState == null ? "" : ", SQLState " + sqlState) + "): "
        + detail + advice(code));
    this.operation = operation;
    this.code = code;
    this.sqlState = sqlState;
    this.vendorCode = vendorCode;
  }

  private static String advice(Code code) {
    return switch (code) {
      case UNAVAILABLE -> "; check the DataSource and the database, then retry";
      case TIMEOUT, SERIALIZATION_FAILURE -> "; nothing was written, retry the operation";
      case SCHEMA -> "; apply the migrations in classpath:db/migration/alumni";
      case CORRUPT_DOCUMENT -> "; the row was written by another release or changed outside the SDK";
      case VALUE_TOO_LARGE -> "; ids, tenant ids and keys fit 400 characters (tenants 200)";
      case DATABASE -> "";
    };
  }

  /**
   * The operation that failed.
   *
   * @return the operation, e.g. {@code Alumnus.save}
   */
  public String operation() {
    return operation;
  }

  /**
   * The kind of failure.
   *
   * @return the code
   */
  public Code code() {
    return code;
  }

  /**
   * The SQLState the driver reported.
   *
   * @return the SQLState, or null when the failure did not come from the driver
   */
  public @Nullable String sqlState() {
    return sqlState;
  }

  /**
   * The vendor's error code.
   *
   * @return the code, 0 if none
   */
  public int vendorCode() {
    return vendorCode;
  }

  /**
   * Whether the same operation may succeed if simply retried (a timeout, a serialisation failure
   * or a broken connection); nothing of the failed attempt was written.
   *
   * @return true if retrying is safe and may help
   */
  public boolean retryable() {
    return code == Code.UNAVAILABLE || code == Code.TIMEOUT || code == Code.SERIALIZATION_FAILURE;
  }
}
