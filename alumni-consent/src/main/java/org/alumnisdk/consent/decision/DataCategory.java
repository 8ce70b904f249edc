package org.alumnisdk.consent.decision;

import org.alumnisdk.core.Checks;

/**
 * A category of data in a request, with an explicit special care-required flag (Art. 2(3)). The flag
 * is never derived from the id.
 *
 * @param id the category id, e.g. {@code leave-reason} or {@code user.contact.email}
 * @param specialCareRequired whether the category is special care-required information
 * @since 0.1.0
 */
public record DataCategory(String id, boolean specialCareRequired) {
  /**
   * Validates the category.
   *
   * @param id the category id, e.g. {@code leave-reason} or {@code user.contact.email}
   * @param specialCareRequired whether the category is special care-required information
   * @throws org.alumnisdk.core.InvalidValueException if the id is blank
   */
  public DataCategory {
    id = Checks.notBlank(id, "dataCategory.id");
  }

  /**
   * Creates an ordinary category.
   *
   * @param id the id
   * @return the category
   * @throws org.alumnisdk.core.InvalidValueException if the id is blank
   */
  public static DataCategory ordinary(String id) {
    return new DataCategory(id, false);
  }

  /**
   * Creates a special care-required category (medical history, criminal record, creed and so on).
   *
   * @param id the id
   * @return the category
   * @throws org.alumnisdk.core.InvalidValueException if the id is blank
   */
  public static DataCategory specialCare(String id) {
    return new DataCategory(id, true);
  }
}
