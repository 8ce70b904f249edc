package org.alumnisdk.core.spi;

import java.util.Objects;

/**
 * The answer of a {@link PurposeGate} for one alumnus and one purpose: allowed or not, and why.
 *
 * @param allowed whether the purpose may be pursued for this alumnus
 * @param reason a short reason a person can read (an article, a missing consent); never personal data
 * @since 0.1.0
 */
public record GateDecision(boolean allowed, String reason) {
  /**
   * Validates the decision.
   *
   * @param allowed whether the purpose may be pursued for this alumnus
   * @param reason a short reason a person can read (an article, a missing consent); never personal data
   * @throws NullPointerException if the reason is null
   */
  public GateDecision {
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * An allowing decision.
   *
   * @param reason why it is allowed
   * @return the decision
   */
  public static GateDecision allow(String reason) {
    return new GateDecision(true, reason);
  }

  /**
   * A denying decision.
   *
   * @param reason why it is denied (for example the missing fact)
   * @return the decision
   */
  public static GateDecision deny(String reason) {
    return new GateDecision(false, reason);
  }
}
