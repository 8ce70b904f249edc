package org.alumnisdk.core.alumnus;

import java.util.Locale;
import org.alumnisdk.core.Checks;

/**
 * A language and the level at which a person uses it.
 *
 * @param language a BCP 47 language tag, lower case (e.g. {@code ja}, {@code en})
 * @param level the level
 * @since 0.1.0
 */
public record LanguageSkill(String language, Level level) {
  /** Language levels, in increasing order (roughly CEFR A, B, C, native). */
  public enum Level {
    /** Basic (CEFR A1-A2). */
    BASIC,
    /** Working (CEFR B1-B2). */
    WORKING,
    /** Fluent (CEFR C1-C2). */
    FLUENT,
    /** Native. */
    NATIVE
  }

  /**
   * Validates the value.
   *
   * @param language a BCP 47 language tag, lower case (e.g. {@code ja}, {@code en})
   * @param level the level
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public LanguageSkill {
    language = Checks.notBlank(language, "language.language").toLowerCase(Locale.ROOT);
    Checks.notNull(level, "language.level");
  }

  /**
   * Creates a value.
   *
   * @param language the tag
   * @param level the level
   * @return the value
   */
  public static LanguageSkill of(String language, Level level) {
    return new LanguageSkill(language, level);
  }
}
