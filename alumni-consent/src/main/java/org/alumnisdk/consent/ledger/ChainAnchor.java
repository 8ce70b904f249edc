package org.alumnisdk.consent.ledger;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * The head of a tenant's chain at some moment: its size and last hash. Publish or store it
 * outside the ledger store (a signed e-mail, a write-once bucket) so that truncating the tail of
 * the chain, which a hash chain alone cannot reveal, is detected by
 * {@link ConsentLedger#verify(org.alumnisdk.core.TenantId, ChainAnchor)}.
 *
 * @param size the number of records
 * @param headHash hex hash of the last record (64 zeros for an empty chain)
 * @since 0.1.0
 */
public record ChainAnchor(long size, String headHash) {
  /**
   * Validates the anchor.
   *
   * @param size the number of records
   * @param headHash hex hash of the last record (64 zeros for an empty chain)
   * @throws InvalidValueException if the size is negative or the hash blank
   */
  public ChainAnchor {
    Checks.notNegative(size, "anchor.size");
    headHash = Checks.notBlank(headHash, "anchor.headHash");
  }
}
