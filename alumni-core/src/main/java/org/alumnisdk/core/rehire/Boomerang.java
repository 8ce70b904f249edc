package org.alumnisdk.core.rehire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.alumnus.Tenure;

/**
 * The boomerang lifecycle on the alumnus side: a rehire appends the new, ongoing tenure and moves
 * the membership to REHIRED (linked to the application); leaving again closes that tenure,
 * records the new departure and moves the membership back to INVITED, keeping both tenures.
 *
 * @since 0.1.0
 */
public final class Boomerang {
  private Boomerang() {}

  /**
   * Applies a hired rehire application to the alumnus.
   *
   * @param alumnus the alumnus
   * @param application the application, in stage HIRED, for this alumnus and tenant
   * @param newTenure the new employment: ongoing, starting after the last tenure ended
   * @param at when the membership moves
   * @return the updated alumnus (same version; save it)
   * @throws IllegalTransitionException if the application is not HIRED or the membership cannot
   *     move to REHIRED
   * @throws InvalidValueException if the application is for someone else or the tenure does not fit
   * @throws org.alumnisdk.core.TenantMismatchException if the application belongs to another tenant
   */
  public static Alumnus rehire(Alumnus alumnus, RehireApplication application, Tenure newTenure, Instant at) {
    Checks.notNull(alumnus, "alumnus");
    Checks.notNull(application, "application");
    Checks.notNull(newTenure, "newTenure");
    Checks.sameTenant(alumnus.tenant(), application.tenant(), "application");
    if (!application.alumnus().equals(alumnus.id())) {
      throw new InvalidValueException("application", "is for another alumnus");
    }
    if (application.stage() != RehireStage.HIRED) {
      throw new IllegalTransitionException("membership (application " + application.id() + ")",
          application.stage().name(), MembershipStatus.REHIRED.name());
    }
    if (!newTenure.isOngoing()) {
      throw new InvalidValueException("newTenure.end", "must be empty: the new employment is ongoing");
    }
    Tenure last = alumnus.lastTenure();
    if (last.isOngoing() || !newTenure.start().isAfter(last.end())) {
      throw new InvalidValueException("newTenure.start", "must follow the end of the last tenure");
    }
    List<Tenure> employment = new ArrayList<>(alumnus.employment());
    employment.add(newTenure);
    return alumnus
        .withMembership(alumnus.membership().moveTo(MembershipStatus.REHIRED, at, application.id().value()))
        .withEmployment(employment);
  }

  /**
   * Records that a rehired person left the company again: an alumnus again, with both tenures.
   *
   * @param alumnus the alumnus, currently REHIRED with an ongoing tenure
   * @param departure the new departure; its last working day ends the ongoing tenure
   * @param at when the membership moves back to INVITED
   * @return the updated alumnus (same version; save it)
   * @throws IllegalTransitionException if the alumnus is not REHIRED
   * @throws InvalidValueException if the last working day precedes the tenure's start
   */
  public static Alumnus leaveAgain(Alumnus alumnus, Departure departure, Instant at) {
    Checks.notNull(alumnus, "alumnus");
    Checks.notNull(departure, "departure");
    if (alumnus.status() != MembershipStatus.REHIRED || !alumnus.lastTenure().isOngoing()) {
      throw new IllegalTransitionException("membership of " + alumnus.id(), alumnus.status().name(),
          MembershipStatus.INVITED.name());
    }
    Tenure last = alumnus.lastTenure();
    Tenure closed = new Tenure(last.department(), last.jobTitle(), last.jobFamily(), last.grade(),
        last.workLocation(), last.start(), departure.lastWorkingDay());
    List<Tenure> employment = new ArrayList<>(alumnus.employment());
    employment.set(employment.size() - 1, closed);
    return alumnus
        .withEmployment(employment)
        .withDeparture(departure)
        .withMembership(alumnus.membership().moveTo(MembershipStatus.INVITED, at, ""));
  }
}
