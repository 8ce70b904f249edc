package org.alumnisdk.core.alumnus;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import org.alumnisdk.core.Checks;

/**
 * How and when the person left.
 *
 * <p>The reason category may be special care-required information (APPI Art. 2(3)), e.g. illness:
 * {@link #toString()} never prints it.
 *
 * @param lastWorkingDay the last working day
 * @param type the kind of departure
 * @param reasonCategory the reason category code (e.g. {@code career-change}), or empty
 * @param rehireEligibility whether the company would rehire the person
 * @since 0.1.0
 */
public record Departure(
    LocalDate lastWorkingDay,
    DepartureType type,
    @Size(max = 64) @Pattern(regexp = "[a-z0-9-]*", message = "must be a lower-case code") String reasonCategory,
    RehireEligibility rehireEligibility) {
  /**
   * Validates the departure.
   *
   * @param lastWorkingDay the last working day
   * @param type the kind of departure
   * @param reasonCategory the reason category code (e.g. {@code career-change}), or empty
   * @param rehireEligibility whether the company would rehire the person
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public Departure {
    Checks.notNull(lastWorkingDay, "departure.lastWorkingDay");
    Checks.notNull(type, "departure.type");
    reasonCategory = reasonCategory == null ? "" : reasonCategory.strip();
    Checks.notNull(rehireEligibility, "departure.rehireEligibility");
  }

  /** Prints the date and type, never the reason. */
  @Override
  public String toString() {
    return "Departure[" + lastWorkingDay + ", " + type + ", " + rehireEligibility + "]";
  }
}
