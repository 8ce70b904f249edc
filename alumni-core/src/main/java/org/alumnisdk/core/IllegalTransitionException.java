package org.alumnisdk.core;

/**
 * Thrown when a lifecycle or pipeline transition is not allowed from the current state.
 *
 * @since 0.1.0
 */
public class IllegalTransitionException extends AlumniException {
  private static final long serialVersionUID = 1L;
  /** Serialized: the name of the state the transition started from. */
  private final String from;
  /** Serialized: the name of the state the transition asked for. */
  private final String to;

  /**
   * Creates the exception.
   *
   * @param what the lifecycle (e.g. {@code membership}, {@code referral r-3})
   * @param from the current state
   * @param to the requested state
   */
  public IllegalTransitionException(String what, String from, String to) {
    super(what + ": cannot go from " + from + " to " + to);
    this.from = from;
    this.to = to;
  }

  /**
   * The current state's name.
   *
   * @return the current state's name
   */
  public String from() {
    return from;
  }

  /**
   * The requested state's name.
   *
   * @return the requested state's name
   */
  public String to() {
    return to;
  }
}
