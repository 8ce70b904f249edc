package org.alumnisdk.consent.research;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;

/**
 * The table linking pseudonyms to alumni, kept apart from the dataset under the operator's security
 * measures (Art. 41(2)). It must not travel with the dataset.
 *
 * @param tenant the tenant
 * @param byPseudonym alumni by pseudonym
 * @since 0.1.0
 */
public record PseudonymKeyTable(TenantId tenant, Map<String, AlumnusId> byPseudonym) {
  /**
   * Copies.
   *
   * @param tenant the tenant
   * @param byPseudonym alumni by pseudonym
   * @throws org.alumnisdk.core.InvalidValueException if a part is missing
   */
  public PseudonymKeyTable {
    Checks.notNull(tenant, "tenant");
    byPseudonym = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(byPseudonym, "byPseudonym")));
  }

  /**
   * Looks up the alumnus behind a pseudonym (for the operator's own key management only).
   *
   * @param pseudonym the pseudonym
   * @return the alumnus, or empty
   */
  public Optional<AlumnusId> alumnus(String pseudonym) {
    return Optional.ofNullable(byPseudonym.get(pseudonym));
  }

  @Override
  public String toString() {
    return "PseudonymKeyTable[" + tenant + ", entries=" + byPseudonym.size() + "]";
  }
}
