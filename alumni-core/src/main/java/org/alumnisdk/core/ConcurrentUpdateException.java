package org.alumnisdk.core;

/**
 * Thrown when an update carries a stale optimistic version: somebody else updated the aggregate
 * first. Reload, re-apply the change and try again.
 *
 * @since 0.1.0
 */
public class ConcurrentUpdateException extends AlumniException {
  private static final long serialVersionUID = 1L;
  /** Serialized: the aggregate. */
  private final String aggregate;
  /** Serialized: the expected version. */
  private final long expectedVersion;
  /** Serialized: the actual version. */
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param aggregate the aggregate kind and id, never personal data (e.g. {@code Alumnus a-17})
   * @param expectedVersion the version the caller based its update on
   * @param actualVersion the version currently stored
   */
  public ConcurrentUpdateException(String aggregate, long expectedVersion, long actualVersion) {
    super(aggregate + ": stale version " + expectedVersion + ", stored version is " + actualVersion
        + "; reload and retry");
    this.aggregate = aggregate;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * The aggregate kind and id.
   *
   * @return the aggregate kind and id
   */
  public String aggregate() {
    return aggregate;
  }

  /**
   * The version the caller based its update on.
   *
   * @return the version the caller based its update on
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * The version currently stored.
   *
   * @return the version currently stored
   */
  public long actualVersion() {
    return actualVersion;
  }
}
