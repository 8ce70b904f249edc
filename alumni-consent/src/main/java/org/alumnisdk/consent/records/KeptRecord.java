package org.alumnisdk.consent.records;

import java.time.Instant;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * A statutory record with the instant until which it must be kept.
 *
 * @param record the record
 * @param retainUntil the first instant at which it may be deleted
 * @param ruleSet the rule set that fixed the retention, for example {@code APPI@2022-04-01}
 * @since 0.1.0
 */
public record KeptRecord(StatutoryRecord record, Instant retainUntil, String ruleSet) {
  /**
   * Validates the value.
   *
   * @param record the record
   * @param retainUntil the first instant at which it may be deleted
   * @param ruleSet the rule set that fixed the retention, for example {@code APPI@2022-04-01}
   * @throws InvalidValueException if a field is missing
   */
  public KeptRecord {
    Checks.notNull(record, "kept.record");
    Checks.notNull(retainUntil, "kept.retainUntil");
    ruleSet = Checks.notBlank(ruleSet, "kept.ruleSet");
  }

  /**
   * Whether the retention has ended at an instant (deletion is then allowed).
   *
   * @param now the instant
   * @return true if {@code now >= retainUntil}
   */
  public boolean retentionEndedAt(Instant now) {
    return !now.isBefore(retainUntil);
  }
}
