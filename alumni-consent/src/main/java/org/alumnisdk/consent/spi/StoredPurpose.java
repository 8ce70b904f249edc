package org.alumnisdk.consent.spi;

import java.util.List;
import java.util.Optional;
import org.alumnisdk.consent.purpose.Purpose;
import org.alumnisdk.consent.purpose.PurposeChange;
import org.alumnisdk.consent.purpose.PurposeEnd;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * One purpose of one tenant's catalogue as a {@link PurposeStore} keeps it: every version in
 * order, the recorded change between each two (with the operator's classification), the end if
 * it ended, and an optimistic revision.
 *
 * @param tenant the tenant
 * @param id the purpose id
 * @param versions the versions, version 1 first; never empty
 * @param changes the changes, {@code changes.get(i)} leading from version i+1 to i+2
 * @param end the end, if the purpose ended
 * @param revision the optimistic revision: 1 when registered, +1 for each change or end
 * @since 0.1.0
 */
public record StoredPurpose(
    TenantId tenant,
    PurposeId id,
    List<Purpose> versions,
    List<PurposeChange> changes,
    Optional<PurposeEnd> end,
    long revision) {
  /**
   * Validates and copies.
   *
   * @param tenant the tenant
   * @param id the purpose id
   * @param versions the versions, version 1 first
   * @param changes the changes between versions
   * @param end the end, if any
   * @param revision the optimistic revision (at least 1)
   * @throws InvalidValueException if a value is null or the versions and changes do not fit
   */
  public StoredPurpose {
    Checks.notNull(tenant, "purpose.tenant");
    Checks.notNull(id, "purpose.id");
    versions = Checks.copyOf(versions, "purpose.versions");
    changes = Checks.copyOf(changes, "purpose.changes");
    Checks.notNull(end, "purpose.end");
    if (versions.isEmpty() || changes.size() != versions.size() - 1) {
      throw new InvalidValueException(
          "purpose.versions", "needs at least one version and one change between each two");
    }
    for (int i = 0; i < versions.size(); i++) {
      if (versions.get(i).version() != i + 1 || !versions.get(i).id().equals(id)) {
        throw new InvalidValueException("purpose.versions", "version " + (i + 1) + " of " + id + " expected");
      }
    }
    if (revision < 1) {
      throw new InvalidValueException("purpose.revision", "must be at least 1");
    }
  }

  /**
   * A newly registered purpose (revision 1).
   *
   * @param tenant the tenant
   * @param first version 1
   * @return the stored form
   */
  public static StoredPurpose registered(TenantId tenant, Purpose first) {
    return new StoredPurpose(tenant, first.id(), List.of(first), List.of(), Optional.empty(), 1);
  }

  /**
   * The latest version.
   *
   * @return the current version
   */
  public Purpose current() {
    return versions.get(versions.size() - 1);
  }
}
