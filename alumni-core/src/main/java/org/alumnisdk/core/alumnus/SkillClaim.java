package org.alumnisdk.core.alumnus;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.YearMonth;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.SkillId;

/**
 * A skill a person has, by normalised skill id.
 *
 * @param skill the normalised skill id
 * @param proficiency how well
 * @param years years of experience, 0 or more
 * @param lastUsed the month the skill was last used
 * @since 0.1.0
 */
public record SkillClaim(
    @NotNull SkillId skill, @NotNull Proficiency proficiency, @PositiveOrZero @Max(80) int years, YearMonth lastUsed) {
  /**
   * Validates the claim.
   *
   * @param skill the normalised skill id
   * @param proficiency how well
   * @param years years of experience, 0 or more
   * @param lastUsed the month the skill was last used
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing or years is negative
   */
  public SkillClaim {
    Checks.notNull(skill, "skill.skill");
    Checks.notNull(proficiency, "skill.proficiency");
    Checks.notNegative(years, "skill.years");
    Checks.notNull(lastUsed, "skill.lastUsed");
  }
}
