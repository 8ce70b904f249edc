package org.alumnisdk.consent.purpose;

import java.time.Instant;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;

/**
 * The recorded human decision behind a new version of a purpose (Art. 17(2) / Art. 18(1)).
 *
 * @param purpose the purpose changed
 * @param fromVersion the version replaced
 * @param toVersion the new version
 * @param classification the person's classification of the change
 * @param decidedBy an opaque identifier of the staff member or body who decided (no names)
 * @param decidedAt when the decision was made
 * @param publishedAt when the altered purpose was notified or published (Art. 21(3)), if yet
 * @since 0.1.0
 */
public record PurposeChange(
    PurposeId purpose,
    int fromVersion,
    int toVersion,
    ChangeClassification classification,
    String decidedBy,
    Instant decidedAt,
    Optional<Instant> publishedAt) {
  /**
   * Validates the change.
   *
   * @param purpose the purpose changed
   * @param fromVersion the version replaced
   * @param toVersion the new version
   * @param classification the person's classification of the change
   * @param decidedBy an opaque identifier of the staff member or body who decided (no names)
   * @param decidedAt when the decision was made
   * @param publishedAt when the altered purpose was notified or published (Art. 21(3)), if yet
   * @throws InvalidValueException if a field is missing or the versions do not follow each other
   */
  public PurposeChange {
    Checks.notNull(purpose, "change.purpose");
    Checks.notNull(classification, "change.classification");
    decidedBy = Checks.notBlank(decidedBy, "change.decidedBy");
    Checks.notNull(decidedAt, "change.decidedAt");
    Checks.notNull(publishedAt, "change.publishedAt");
    if (fromVersion < 1 || toVersion != fromVersion + 1) {
      throw new InvalidValueException(
          "change.toVersion", "must be fromVersion + 1 with fromVersion >= 1");
    }
  }
}
