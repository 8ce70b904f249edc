package org.alumnisdk.consent.research;

import java.util.List;
import java.util.Map;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;

/**
 * A pseudonymised dataset (Art. 41): rows keyed by pseudonym, without names or contact details.
 * The key table that links pseudonyms to alumni is kept apart in a {@link PseudonymKeyTable}. It
 * may be used only within the published purpose, not provided to third parties, not re-identified
 * and not used to contact anyone (Art. 41(3), (6)-(8)).
 *
 * @param tenant the tenant
 * @param purpose the published purpose of use (Art. 41(4))
 * @param rows the rows
 * @since 0.1.0
 */
public record PseudonymisedDataset(TenantId tenant, String purpose, List<Row> rows) {

  /**
   * One pseudonymised row.
   *
   * @param pseudonym the pseudonym
   * @param values the quasi-identifier and attribute values by column
   */
  public record Row(String pseudonym, Map<String, String> values) {
    /**
     * Copies.
     *
     * @param pseudonym the pseudonym
     * @param values the quasi-identifier and attribute values by column
     */
    public Row {
      Checks.notBlank(pseudonym, "row.pseudonym");
      values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
  }

  /**

   * Validates and copies.

   *

   * @param tenant the tenant

   * @param purpose the published purpose of use (Art. 41(4))

   * @param rows the rows

   * @throws org.alumnisdk.core.InvalidValueException if a part is missing

   */
  public PseudonymisedDataset {
    Checks.notNull(tenant, "tenant");
    purpose = Checks.notBlank(purpose, "purpose");
    rows = List.copyOf(rows);
  }

  @Override
  public String toString() {
    return "PseudonymisedDataset[" + tenant + ", purpose=" + purpose + ", rows=" + rows.size() + "]";
  }
}
