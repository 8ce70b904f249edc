package org.alumnisdk.consent.ledger;

import org.alumnisdk.core.AlumniException;

/**
 * Thrown when stored ledger records cannot be read back as consent events (for example when
 * loading a store whose bytes were altered). Run {@link ConsentLedger#verify} to locate the
 * first bad position.
 *
 * @since 0.1.0
 */
public class LedgerIntegrityException extends AlumniException {
  /** Serialisation version. */
  private static final long serialVersionUID = 1L;
  /** Serialized: the position. */
  private final long position;

  /**
   * Creates the exception.
   *
   * @param tenant the tenant, as text
   * @param position the position of the unreadable record
   * @param problem what failed
   */
  public LedgerIntegrityException(String tenant, long position, String problem) {
    super("consent ledger of " + tenant + " at position " + position + ": " + problem
        + "; verify the chain and restore the store from a trusted copy");
    this.position = position;
  }

  /**
   * The position of the unreadable record.
   *
   * @return the position
   */
  public long position() {
    return position;
  }
}
