package org.alumnisdk.metrics.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.ContactPoint;
import org.alumnisdk.core.alumnus.CurrentSituation;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.DepartureType;
import org.alumnisdk.core.alumnus.Grade;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.MembershipHistory;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.alumnus.Tenure;
import org.alumnisdk.core.alumnus.VisibilitySettings;
import org.alumnisdk.core.alumnus.Willingness;

/** Builds fake alumni with a chosen departure and membership history. */
public final class People {
  private People() {}

  public static Alumnus alumnus(TenantId tenant, String id, LocalDate lastWorkingDay, MembershipHistory membership) {
    Tenure tenure = new Tenure("Engineering", "Engineer", "engineering", Grade.of("G3", 3),
        Location.japan("Tokyo"), LocalDate.of(2010, 4, 1), lastWorkingDay);
    return new Alumnus(AlumnusId.of(id), tenant, "E-" + id, PersonName.of("試験", "太郎"),
        List.of(ContactPoint.email(id + "@example.invalid", true)), List.of(tenure),
        new Departure(lastWorkingDay, DepartureType.VOLUNTARY, "", RehireEligibility.eligible()),
        CurrentSituation.unknown(), List.of(), List.of(), Willingness.none(),
        VisibilitySettings.privateByDefault(), membership, 0);
  }

  /** Invited the day after leaving, registered two days after leaving. */
  public static Alumnus registered(TenantId tenant, String id, LocalDate lastWorkingDay) {
    Instant invited = lastWorkingDay.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    return alumnus(tenant, id, lastWorkingDay,
        MembershipHistory.invited(invited).moveTo(MembershipStatus.REGISTERED, invited.plusSeconds(86_400), ""));
  }

  public static Alumnus invitedOnly(TenantId tenant, String id, LocalDate lastWorkingDay) {
    Instant invited = lastWorkingDay.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    return alumnus(tenant, id, lastWorkingDay, MembershipHistory.invited(invited));
  }
}
