package org.alumnisdk.metrics.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.alumnisdk.core.ActivityId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;
import org.alumnisdk.core.activity.ActivityType;

/** Shared test data. */
public final class Fixtures {
  public static final TenantId TENANT = TenantId.of("acme");
  public static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
  public static final long DAY = 86_400_000L;
  public static final List<ActivityType> TYPES = List.of(
      ActivityType.REFERRAL_SUBMITTED, ActivityType.REFERRAL_HIRED, ActivityType.MENTORING,
      ActivityType.EVENT_ATTENDED, ActivityType.EVENT_RSVP, ActivityType.CONTENT_CLICKED,
      ActivityType.CONTENT_OPENED, ActivityType.POST_CREATED, ActivityType.HOSTING,
      ActivityType.WEBINAR_ATTENDED);

  private Fixtures() {}

  public static Clock clockAt(Instant at) {
    return Clock.fixed(at, ZoneOffset.UTC);
  }

  public static AlumnusId alumnus(int i) {
    return AlumnusId.of("a" + i);
  }

  public static Activity activity(String id, int alumnus, ActivityType type, Instant at) {
    return Activity.of(ActivityId.of(id), TENANT, alumnus(alumnus), type, at);
  }

  /** A small activity spec used by generators: alumnus index, type index, days before NOW, millis. */
  public record Spec(int alumnus, int type, int daysAgo, int millis) {
    public Activity toActivity(int seq) {
      return activity("x" + seq, alumnus, TYPES.get(type),
          NOW.minusMillis(daysAgo * DAY + millis));
    }
  }
}
