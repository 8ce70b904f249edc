package org.alumnisdk.metrics.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * One hire, as the KPI input.
 *
 * @param hireRef the host's reference of the hire (not personal data)
 * @param hiredAt when the hire was made (offer accepted or start date, the host decides)
 * @param source where it came from
 * @param alumnus the rehired alumnus (boomerang) or the referring alumnus (alumni referral)
 * @param previousLastWorkingDay for a boomerang, the last working day of the previous employment
 * @param theoreticalAnnualSalary the theoretical annual salary (理論年収) in the currency unit, {@code >= 0}
 * @since 0.1.0
 */
public record HireFact(
    String hireRef, Instant hiredAt, HireSource source, Optional<AlumnusId> alumnus,
    Optional<LocalDate> previousLastWorkingDay, long theoreticalAnnualSalary) {
  /**
   * Validates the fact.
   *
   * @param hireRef the host's reference of the hire (not personal data)
   * @param hiredAt when the hire was made (offer accepted or start date, the host decides)
   * @param source where it came from
   * @param alumnus the rehired alumnus (boomerang) or the referring alumnus (alumni referral)
   * @param previousLastWorkingDay for a boomerang, the last working day of the previous employment
   * @param theoreticalAnnualSalary the theoretical annual salary (理論年収) in the currency unit, {@code >= 0}
   * @throws InvalidValueException if a field is missing, the salary is negative, or a boomerang
   *     or alumni referral names no alumnus
   */
  public HireFact {
    hireRef = Checks.notBlank(hireRef, "hire.hireRef");
    Checks.notNull(hiredAt, "hire.hiredAt");
    Checks.notNull(source, "hire.source");
    Checks.notNull(alumnus, "hire.alumnus");
    Checks.notNull(previousLastWorkingDay, "hire.previousLastWorkingDay");
    Checks.notNegative(theoreticalAnnualSalary, "hire.theoreticalAnnualSalary");
    if (source.alumniSourced() && alumnus.isEmpty()) {
      throw new InvalidValueException("hire.alumnus[" + hireRef + "]", "required for " + source);
    }
  }

  /**
   * A boomerang hire.
   *
   * @param ref the reference
   * @param at when
   * @param alumnus who was rehired
   * @param lastWorkingDay the previous last working day
   * @param salary the theoretical annual salary
   * @return the fact
   */
  public static HireFact boomerang(String ref, Instant at, AlumnusId alumnus, LocalDate lastWorkingDay, long salary) {
    return new HireFact(ref, at, HireSource.BOOMERANG, Optional.of(alumnus), Optional.of(lastWorkingDay), salary);
  }

  /**
   * A hire referred by an alumnus.
   *
   * @param ref the reference
   * @param at when
   * @param referrer the referring alumnus
   * @param salary the theoretical annual salary
   * @return the fact
   */
  public static HireFact alumniReferral(String ref, Instant at, AlumnusId referrer, long salary) {
    return new HireFact(ref, at, HireSource.ALUMNI_REFERRAL, Optional.of(referrer), Optional.empty(), salary);
  }

  /**
   * Any other hire.
   *
   * @param ref the reference
   * @param at when
   * @param source the source (not boomerang or alumni referral)
   * @param salary the theoretical annual salary
   * @return the fact
   */
  public static HireFact other(String ref, Instant at, HireSource source, long salary) {
    return new HireFact(ref, at, source, Optional.empty(), Optional.empty(), salary);
  }
}
