package org.alumnisdk.consent.retention;

import java.time.Instant;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * One item of the host's data inventory: a data category held about a person and the purposes
 * it is held for. The host supplies these; the SDK does not read the data itself.
 *
 * @param tenant the tenant
 * @param alumnus the person
 * @param category the data category (for example {@code pd:EmailAddress})
 * @param purposes the purposes the data is held for
 * @param collectedAt when it was collected
 * @since 0.1.0
 */
public record DataHolding(
    TenantId tenant, AlumnusId alumnus, String category, Set<PurposeId> purposes, Instant collectedAt) {
  /**
   * Validates the holding and copies the set.
   *
   * @param tenant the tenant
   * @param alumnus the person
   * @param category the data category (for example {@code pd:EmailAddress})
   * @param purposes the purposes the data is held for
   * @param collectedAt when it was collected
   * @throws InvalidValueException if a field is missing
   */
  public DataHolding {
    Checks.notNull(tenant, "holding.tenant");
    Checks.notNull(alumnus, "holding.alumnus");
    category = Checks.notBlank(category, "holding.category");
    purposes = Set.copyOf(Checks.notNull(purposes, "holding.purposes"));
    Checks.notNull(collectedAt, "holding.collectedAt");
  }
}
