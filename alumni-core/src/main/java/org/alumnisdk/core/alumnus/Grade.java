package org.alumnisdk.core.alumnus;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.alumnisdk.core.Checks;

/**
 * A job grade as the employer names it, with a comparable seniority level (0 = entry).
 *
 * @param code the employer's grade code (e.g. {@code M2})
 * @param level the seniority level, 0 or more, comparable across job families
 * @since 0.1.0
 */
public record Grade(@NotBlank @Size(max = 32) String code, @PositiveOrZero @Max(100) int level) {
  /**
   * Validates the grade.
   *
   * @param code the employer's grade code (e.g. {@code M2})
   * @param level the seniority level, 0 or more, comparable across job families
   * @throws org.alumnisdk.core.InvalidValueException if the code is blank or the level negative
   */
  public Grade {
    code = Checks.notBlank(code, "grade.code");
    Checks.notNegative(level, "grade.level");
  }

  /**
   * Creates a grade.
   *
   * @param code the code
   * @param level the level
   * @return the grade
   */
  public static Grade of(String code, int level) {
    return new Grade(code, level);
  }
}
