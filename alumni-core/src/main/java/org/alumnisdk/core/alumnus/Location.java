package org.alumnisdk.core.alumnus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/**
 * A place at country and region granularity: an ISO 3166-1 alpha-2 country code and, in Japan,
 * the prefecture (e.g. {@code JP}, {@code Tokyo}). Empty strings mean unknown.
 *
 * @param country the ISO 3166-1 alpha-2 code in upper case, or empty
 * @param region the prefecture, state or region, or empty
 * @since 0.1.0
 */
public record Location(String country, @Size(max = 100) String region) {
  private static final java.util.regex.Pattern ISO2 = java.util.regex.Pattern.compile("[A-Z]{2}");
  private static final Location UNKNOWN = new Location("", "");

  /**
   * Normalises the location.
   *
   * @param country the ISO 3166-1 alpha-2 code in upper case, or empty
   * @param region the prefecture, state or region, or empty
   * @throws org.alumnisdk.core.InvalidValueException if the country is not two letters
   */
  public Location {
    country = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
    region = region == null ? "" : region.strip();
    if (!country.isEmpty() && !ISO2.matcher(country).matches()) {
      throw new org.alumnisdk.core.InvalidValueException(
          "location.country", "must be an ISO 3166-1 alpha-2 code");
    }
  }

  /**
   * A location in Japan.
   *
   * @param prefecture the prefecture
   * @return the location
   */
  public static Location japan(String prefecture) {
    return new Location("JP", prefecture);
  }

  /**
   * A location known only by country.
   *
   * @param country the ISO 3166-1 alpha-2 code
   * @return the location
   */
  public static Location country(String country) {
    return new Location(country, "");
  }

  /**
   * The unknown location.
   *
   * @return the location with empty country and region
   */
  public static Location unknown() {
    return UNKNOWN;
  }

  /**
   * Whether nothing is known.
   *
   * @return true if both parts are empty
   */
  @JsonIgnore
  public boolean isUnknown() {
    return country.isEmpty() && region.isEmpty();
  }
}
