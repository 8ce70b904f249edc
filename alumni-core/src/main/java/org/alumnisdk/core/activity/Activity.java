package org.alumnisdk.core.activity;

import java.time.Instant;
import org.alumnisdk.core.ActivityId;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;

/**
 * One entry of the append-only engagement log: the input of the metrics module. Appending the
 * same id twice has no effect.
 *
 * @param id the activity id; appends are idempotent by it
 * @param tenant the tenant
 * @param alumnus who did it
 * @param type what was done
 * @param at when it happened
 * @param sourceRef a reference to the source record (event id, content id, referral id), or empty
 * @since 0.1.0
 */
public record Activity(
    ActivityId id, TenantId tenant, AlumnusId alumnus, ActivityType type, Instant at, String sourceRef) {
  /**
   * Validates the activity.
   *
   * @param id the activity id; appends are idempotent by it
   * @param tenant the tenant
   * @param alumnus who did it
   * @param type what was done
   * @param at when it happened
   * @param sourceRef a reference to the source record (event id, content id, referral id), or empty
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public Activity {
    Checks.notNull(id, "id");
    Checks.notNull(tenant, "tenant");
    Checks.notNull(alumnus, "alumnus");
    Checks.notNull(type, "type");
    Checks.instant(at, "at");
    sourceRef = sourceRef == null ? "" : sourceRef.strip();
  }

  /**
   * Creates an activity without a source reference.
   *
   * @param id the id
   * @param tenant the tenant
   * @param alumnus who did it
   * @param type what was done
   * @param at when
   * @return the activity
   */
  public static Activity of(
      ActivityId id, TenantId tenant, AlumnusId alumnus, ActivityType type, Instant at) {
    return new Activity(id, tenant, alumnus, type, at, "");
  }
}
