package org.alumnisdk.core.alumnus;

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
public record CurrentSituation(String employer, String title, String industry, Location location) {
  private static final CurrentSituation UNKNOWN = new CurrentSituation("", "", "", Location.unknown());

  /** Normalises missing parts to empty. */
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
