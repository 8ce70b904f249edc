package org.alumnisdk.benchmarks.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.alumnisdk.core.ActivityId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.activity.ActivityType;
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
import org.alumnisdk.metrics.taxonomy.ActivityRule;
import org.alumnisdk.metrics.taxonomy.ActivityTaxonomy;

/** Seeded synthetic alumni and activity logs for the metrics benchmarks (clearly fake data). */
final class SyntheticEngagement {
  static final TenantId TENANT = TenantId.of("bench");
  static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");
  private static final long SPAN_MILLIS = 3L * 365 * 86_400_000L;

  private SyntheticEngagement() {}

  static List<ActivityType> types() {
    return ActivityTaxonomy.defaults().rules().stream().map(ActivityRule::type).toList();
  }

  static AlumnusId[] ids(int alumni) {
    AlumnusId[] ids = new AlumnusId[alumni];
    for (int i = 0; i < alumni; i++) {
      ids[i] = AlumnusId.of("a" + i);
    }
    return ids;
  }

  /** Activities over the 3 years before AS_OF; alumni drawn with a skew (a few very active). */
  static Activity[] activities(AlumnusId[] ids, int count, long seed) {
    return activities(ids, count, seed, false);
  }

  /**
   * As {@link #activities(AlumnusId[], int, long)}, with activity ids either issued in sequence
   * ("x0", "x1", ...: a database sequence) or random version-4-shaped UUID texts.
   */
  static Activity[] activities(AlumnusId[] ids, int count, long seed, boolean uuidIds) {
    SplittableRandom r = new SplittableRandom(seed);
    List<ActivityType> types = types();
    Activity[] out = new Activity[count];
    long asOf = AS_OF.toEpochMilli();
    for (int i = 0; i < count; i++) {
      double u = r.nextDouble();
      int who = (int) (ids.length * u * u);
      ActivityType type = types.get(r.nextInt(types.size()));
      long at = asOf - (long) (SPAN_MILLIS * r.nextDouble());
      String id = uuidIds ? new java.util.UUID(r.nextLong(), r.nextLong()).toString() : "x" + i;
      out[i] = Activity.of(ActivityId.of(id), TENANT, ids[who], type, Instant.ofEpochMilli(at));
    }
    return out;
  }

  static List<Alumnus> alumni(AlumnusId[] ids, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Alumnus> out = new ArrayList<>(ids.length);
    Tenure t = new Tenure("Engineering", "Engineer", "engineering", Grade.of("G3", 3),
        Location.japan("Tokyo"), LocalDate.of(2010, 4, 1), LocalDate.of(2010, 4, 2));
    for (AlumnusId id : ids) {
      LocalDate left = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000));
      Instant invited = left.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      MembershipHistory m = MembershipHistory.invited(invited);
      if (r.nextInt(10) < 7) {
        m = m.moveTo(MembershipStatus.REGISTERED, invited.plusSeconds(86_400), "");
      }
      Tenure tenure = new Tenure(t.department(), t.jobTitle(), t.jobFamily(), t.grade(), t.workLocation(),
          left.minusYears(3), left);
      out.add(new Alumnus(id, TENANT, "E-" + id.value(), PersonName.of("試験", "太郎"),
          List.of(ContactPoint.email(id.value() + "@example.invalid", true)), List.of(tenure),
          new Departure(left, DepartureType.VOLUNTARY, "", RehireEligibility.eligible()),
          CurrentSituation.unknown(), List.of(), List.of(), Willingness.none(),
          VisibilitySettings.privateByDefault(), m, 0));
    }
    return out;
  }
}
