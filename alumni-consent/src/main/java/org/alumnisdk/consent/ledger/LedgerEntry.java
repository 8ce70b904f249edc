package org.alumnisdk.consent.ledger;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * An appended event with its place in the tenant's hash chain.
 *
 * @param position the 0-based position in the tenant's chain
 * @param event the event
 * @param previousHash hex SHA-256 of the previous link (64 zeros for the first)
 * @param hash hex SHA-256 of this link
 * @since 0.1.0
 */
public record LedgerEntry(long position, ConsentEvent event, String previousHash, String hash) {
  /**
   * Validates the entry.
   *
   * @param position the 0-based position in the tenant's chain
   * @param event the event
   * @param previousHash hex SHA-256 of the previous link (64 zeros for the first)
   * @param hash hex SHA-256 of this link
   * @throws InvalidValueException if a field is missing or the position negative
   */
  public LedgerEntry {
    Checks.notNegative(position, "entry.position");
    Checks.notNull(event, "entry.event");
    Checks.notBlank(previousHash, "entry.previousHash");
    Checks.notBlank(hash, "entry.hash");
  }
}
