package org.alumnisdk.core.opening;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.SkillId;

/**
 * A skill an opening asks for.
 *
 * @param skill the normalised skill id
 * @param required true if required, false if preferred
 * @param weight the relative importance, finite and positive
 * @since 0.1.0
 */
public record SkillRequirement(SkillId skill, boolean required, double weight) {
  /**
   * Validates the requirement.
   *
   * @param skill the normalised skill id
   * @param required true if required, false if preferred
   * @param weight the relative importance, finite and positive
   * @throws org.alumnisdk.core.InvalidValueException if the skill is missing or the weight not positive
   */
  public SkillRequirement {
    Checks.notNull(skill, "skill");
    if (!(Checks.finiteNotNegative(weight, "weight") > 0)) {
      throw new org.alumnisdk.core.InvalidValueException("weight", "must be > 0");
    }
  }

  /**
   * A required skill with weight 1.
   *
   * @param skill the skill
   * @return the requirement
   */
  public static SkillRequirement required(SkillId skill) {
    return new SkillRequirement(skill, true, 1.0);
  }

  /**
   * A preferred skill with weight 1.
   *
   * @param skill the skill
   * @return the requirement
   */
  public static SkillRequirement preferred(SkillId skill) {
    return new SkillRequirement(skill, false, 1.0);
  }
}
