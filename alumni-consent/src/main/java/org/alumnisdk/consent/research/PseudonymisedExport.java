package org.alumnisdk.consent.research;

import org.alumnisdk.core.Checks;

/**
 * The result of pseudonymisation: the dataset and, separately, the key table.
 *
 * @param dataset the dataset, which may go to the analysts
 * @param keys the key table, which stays with the key custodian
 * @since 0.1.0
 */
public record PseudonymisedExport(PseudonymisedDataset dataset, PseudonymKeyTable keys) {
  /**
   * Validates.
   *
   * @param dataset the dataset, which may go to the analysts
   * @param keys the key table, which stays with the key custodian
   * @throws org.alumnisdk.core.InvalidValueException if a part is null
   */
  public PseudonymisedExport {
    Checks.notNull(dataset, "dataset");
    Checks.notNull(keys, "keys");
  }
}
