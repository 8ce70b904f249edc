package org.alumnisdk.consent.purpose;

import java.time.Instant;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;

/**
 * The recorded end of a purpose: from {@code endedAt} nothing may be processed for it and the
 * retention policy starts to run (Art. 22).
 *
 * @param purpose the purpose
 * @param endedAt when it ended
 * @param decidedBy an opaque identifier of who decided (no names)
 * @since 0.1.0
 */
public record PurposeEnd(PurposeId purpose, Instant endedAt, String decidedBy) {
  /**
   * Validates the record.
   *
   * @param purpose the purpose
   * @param endedAt when it ended
   * @param decidedBy an opaque identifier of who decided (no names)
   * @throws InvalidValueException if a field is missing
   */
  public PurposeEnd {
    Checks.notNull(purpose, "end.purpose");
    Checks.notNull(endedAt, "end.endedAt");
    decidedBy = Checks.notBlank(decidedBy, "end.decidedBy");
  }
}
