package org.alumnisdk.consent.rights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.SkillId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.alumnus.ContactPoint;
import org.alumnisdk.core.alumnus.CurrentSituation;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.DepartureType;
import org.alumnisdk.core.alumnus.Grade;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.Location;
import org.alumnisdk.core.alumnus.MembershipHistory;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.alumnus.Proficiency;
import org.alumnisdk.core.alumnus.RehireEligibility;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.alumnus.Tenure;
import org.alumnisdk.core.alumnus.VisibilitySettings;
import org.alumnisdk.core.alumnus.Willingness;

/** Fake profiles and a settable clock for the consent-B tests. */
public final class TestProfiles {
  public static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

  private TestProfiles() {}

  public static Alumnus alumnus(TenantId tenant, String id, String department, String prefecture, int birthYearUnused) {
    Tenure tenure = new Tenure(department, "Engineer", "engineering", Grade.of("G3", 3),
        Location.japan(prefecture), LocalDate.of(2015, 4, 1), LocalDate.of(2024, 3, 31));
    return new Alumnus(AlumnusId.of(id), tenant, "E-" + id,
        new PersonName("試験", "太郎", "シケン", "タロウ"),
        List.of(ContactPoint.email(id + "@example.invalid", true), ContactPoint.phone("+81-3-0000-0000", false)),
        List.of(tenure),
        new Departure(LocalDate.of(2024, 3, 31), DepartureType.VOLUNTARY, "career-change", RehireEligibility.eligible()),
        new CurrentSituation("Globex", "Staff \"Senior\", Platform\nTeam", "software", Location.japan("Osaka")),
        List.of(new SkillClaim(SkillId.of("java"), Proficiency.ADVANCED, 8, YearMonth.of(2024, 3))),
        List.of(LanguageSkill.of("ja", LanguageSkill.Level.NATIVE)),
        Willingness.none(),
        VisibilitySettings.privateByDefault(),
        MembershipHistory.invited(T0),
        0);
  }

  public static Alumnus alumnus(TenantId tenant, String id) {
    return alumnus(tenant, id, "Engineering", "Tokyo", 1990);
  }

  /** A clock that tests move by hand. */
  public static final class MutableClock extends Clock {
    private Instant now;

    public MutableClock(Instant start) {
      this.now = start;
    }

    public void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
