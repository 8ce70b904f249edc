package org.alumnisdk.core.alumnus;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.alumnisdk.core.validation.Katakana;

import java.util.Locale;
import org.alumnisdk.core.Checks;

/**
 * A person's name with family and given parts and their kana readings (furigana).
 *
 * <p>Personal data: {@link #toString()} never prints it. Use {@link #display(Locale)} to render it.
 *
 * @param family the family name (e.g. 山田)
 * @param given the given name (e.g. 太郎)
 * @param familyKana the reading of the family name in katakana, or empty
 * @param givenKana the reading of the given name in katakana, or empty
 * @since 0.1.0
 */
public record PersonName(
    @NotBlank @Size(max = 100) String family,
    @NotBlank @Size(max = 100) String given,
    @Katakana @Size(max = 100) String familyKana,
    @Katakana @Size(max = 100) String givenKana) {
  /**
   * Validates the name.
   *
   * @param family the family name (e.g. 山田)
   * @param given the given name (e.g. 太郎)
   * @param familyKana the reading of the family name in katakana, or empty
   * @param givenKana the reading of the given name in katakana, or empty
   * @throws org.alumnisdk.core.InvalidValueException if the family or given part is blank
   */
  public PersonName {
    family = Checks.noControlCharacters(Checks.notBlank(family, "name.family"), "name.family");
    given = Checks.noControlCharacters(Checks.notBlank(given, "name.given"), "name.given");
    familyKana = Checks.noControlCharacters(familyKana == null ? "" : familyKana.strip(), "name.familyKana");
    givenKana = Checks.noControlCharacters(givenKana == null ? "" : givenKana.strip(), "name.givenKana");
  }

  /**
   * A name without kana readings.
   *
   * @param family the family name
   * @param given the given name
   * @return the name
   */
  public static PersonName of(String family, String given) {
    return new PersonName(family, given, "", "");
  }

  /**
   * Renders the name in the order of a locale: family first with no space for Japanese, Chinese
   * and Korean; given first with a space otherwise.
   *
   * @param locale the reader's locale
   * @return the rendered name
   */
  public String display(Locale locale) {
    String lang = locale.getLanguage();
    if (lang.equals("ja") || lang.equals("zh") || lang.equals("ko")) {
      return family + given;
    }
    return given + " " + family;
  }

  /** Never prints the name: it is personal data. */
  @Override
  public String toString() {
    return "PersonName[redacted]";
  }
}
