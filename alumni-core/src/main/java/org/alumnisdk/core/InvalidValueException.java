package org.alumnisdk.core;

/**
 * Thrown when a value handed to a factory or constructor is malformed: the message names the field.
 *
 * @since 0.1.0
 */
public class InvalidValueException extends AlumniException {
  private static final long serialVersionUID = 1L;
  /** Serialized: the field. */
  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the name or path of the offending field
   * @param problem what is wrong with it, without echoing personal data
   */
  public InvalidValueException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  /**
   * Returns the name or path of the offending field.
   *
   * @return the field
   */
  public String field() {
    return field;
  }
}
