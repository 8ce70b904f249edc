package org.alumnisdk.core.validation;

import java.util.List;
import org.alumnisdk.core.AlumniException;

/**
 * Thrown by {@link ModelValidator#check(Object)} when a value breaks constraints. The message
 * lists paths and codes only, never values.
 *
 * @since 0.1.0
 */
public class ModelValidationException extends AlumniException {
  private static final long serialVersionUID = 1L;
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the violations, at least one
   */
  public ModelValidationException(List<Violation> violations) {
    super("invalid value: " + summary(violations));
    this.violations = List.copyOf(violations);
  }

  private static String summary(List<Violation> violations) {
    StringBuilder sb = new StringBuilder();
    for (Violation v : violations) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(v.path().isEmpty() ? "(value)" : v.path()).append(' ').append(v.code()).append(": ").append(v.messageEn());
    }
    return sb.toString();
  }

  /**
   * The violations.
   *
   * @return the violations, sorted by path then code
   */
  public List<Violation> violations() {
    return violations;
  }
}
