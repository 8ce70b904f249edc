package org.alumnisdk.consent.decision;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * A recorded reliance on a statutory exception, with the human justification (and, for information
 * made public, its source). The SDK never decides that an exception applies; a person records it.
 *
 * @param ground the exception relied on
 * @param justification why it applies, as written by the person who decided
 * @param decidedBy who recorded the claim (a staff or system id, not a name)
 * @param source the public source, required for {@link LegalGround#MADE_PUBLIC}, otherwise may be empty
 * @since 0.1.0
 */
public record ExceptionClaim(LegalGround ground, String justification, String decidedBy, String source) {
  /**
   * Validates the claim.
   *
   * @param ground the exception relied on
   * @param justification why it applies, as written by the person who decided
   * @param decidedBy who recorded the claim (a staff or system id, not a name)
   * @param source the public source, required for {@link LegalGround#MADE_PUBLIC}, otherwise may be empty
   * @throws InvalidValueException if a part is missing, or the source is missing for MADE_PUBLIC
   */
  public ExceptionClaim {
    Checks.notNull(ground, "exception.ground");
    justification = Checks.notBlank(justification, "exception.justification");
    decidedBy = Checks.notBlank(decidedBy, "exception.decidedBy");
    source = source == null ? "" : source.strip();
    if (ground == LegalGround.MADE_PUBLIC && source.isEmpty()) {
      throw new InvalidValueException("exception.source", "is required when relying on MADE_PUBLIC (Art. 20(2)(vii))");
    }
  }

  /**
   * Creates a claim without a source.
   *
   * @param ground the exception
   * @param justification why it applies
   * @param decidedBy who recorded it
   * @return the claim
   * @throws InvalidValueException if a part is missing
   */
  public static ExceptionClaim of(LegalGround ground, String justification, String decidedBy) {
    return new ExceptionClaim(ground, justification, decidedBy, "");
  }

  @Override
  public String toString() {
    return "ExceptionClaim[" + ground + ", decidedBy=" + decidedBy + "]";
  }
}
