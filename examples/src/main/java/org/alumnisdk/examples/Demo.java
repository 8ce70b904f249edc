package org.alumnisdk.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.CurrentSituation;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.DepartureType;
import org.alumnisdk.core.alumnus.Grade;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.MembershipHistory;
import org.alumnisdk.core.alumnus.MembershipStatus;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.alumnus.Proficiency;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.alumnus.Tenure;
import org.alumnisdk.core.alumnus.VisibilitySettings;
import org.alumnisdk.core.alumnus.Willingness;

/**
 * The main job: a walk-through of the SDK over the embedded in-memory default.
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo and prints it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the demo.
   *
   * @param out where to print the walk-through
   * @return the alumnus built by the demo
   */
  public static Alumnus run(PrintStream out) {
    Instant invited = Instant.parse("2026-04-01T00:00:00Z");
    TenantId tenant = TenantId.of("acme-jp");
    Alumnus alumnus = new Alumnus(
        AlumnusId.of("a-1"), tenant, "E10001",
        new PersonName("山田", "花子", "ヤマダ", "ハナコ"),
        List.of(),
        List.of(new Tenure("R&D", "Engineer", "engineering", Grade.of("G3", 3),
            Location.japan("Tokyo"), LocalDate.of(2018, 4, 1), LocalDate.of(2026, 3, 31))),
        new Departure(LocalDate.of(2026, 3, 31), DepartureType.VOLUNTARY, "career-change",
            RehireEligibility.eligible()),
        CurrentSituation.unknown(),
        List.of(new SkillClaim(SkillId.of("java"), Proficiency.ADVANCED, 8, YearMonth.of(2026, 3))),
        List.of(), Willingness.none(), VisibilitySettings.privateByDefault(),
        MembershipHistory.invited(invited), 0);
    Alumnus registered = alumnus.withMembership(alumnus.membership()
        .moveTo(MembershipStatus.REGISTERED, invited.plusSeconds(86_400), ""));
    out.println("Imported: " + registered);
    return registered;
  }
}
