package org.alumnisdk.core.alumnus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * What the person does now, as far as they told us. Empty strings mean unknown.
 *
 * <p>Personal data: {@link #toString()} prints only the industry and country.
 *
 * @param employer the current employer, or empty
 * @param title the current title, or empty
 * @param industry the industry code or name, or empty
 * @param location where the person is now
 * @since 0.1.0
 */
public record CurrentSituation(
    @Size(max = 200) String employer,
    @Size(max = 200) String title,
    @Size(max = 100) String industry,
    @Valid Location location) {
  private static final CurrentSituation UNKNOWN = new CurrentSituation("", "", "", Location.unknown());

  /**
   * Normalises missing parts to empty.
   *
   * @param employer the current employer, or empty
   * @param title the current title, or empty
   * @param industry the industry code or name, or empty
   * @param location where the person is now
   */
  public CurrentSituation {
    employer = employer == null ? "" : employer.strip();
    title = title == null ? "" : title.strip();
    industry = industry == null ? "" : industry.strip();
    location = location == null ? Location.unknown() : location;
  }

  /**
   * Nothing known.
   *
   * @return the empty situation
   */
  public static CurrentSituation unknown() {
    return UNKNOWN;
  }

  @Override
  public String toString() {
    return "CurrentSituation[industry=" + industry + ", country=" + location.country() + "]";
  }
}
