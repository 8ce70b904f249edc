package org.alumnisdk.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.activity.Activity;

/**
 * Port: the append-only engagement log. Appends are idempotent by activity id. Every call is
 * scoped to one tenant.
 *
 * <p>Hosts must guarantee: {@link #append} is atomic; an id seen before is ignored; reads see
 * every append that returned; implementations are thread-safe. Experimental SPI until 1.0.
 *
 * @since 0.1.0
 */
public interface ActivityLog {
  /**
   * Appends an activity unless its id is already in the log.
   *
   * @param activity the activity; its tenant scopes the call
   * @return true if appended, false if the id was already there (nothing changes)
   */
  boolean append(Activity activity);

  /**
   * One alumnus's activities, oldest first (ties by id).
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @return the activities
   */
  List<Activity> findByAlumnus(TenantId tenant, AlumnusId alumnus);

  /**
   * A tenant's activities with {@code from <= at < to}, oldest first (ties by id).
   *
   * @param tenant the tenant
   * @param from the inclusive start
   * @param to the exclusive end
   * @return the activities
   */
  List<Activity> findBetween(TenantId tenant, Instant from, Instant to);

  /**
   * Streams all of a tenant's activities to a consumer, in no particular order.
   *
   * @param tenant the tenant
   * @param consumer receives each activity
   */
  void forEach(TenantId tenant, Consumer<Activity> consumer);

  /**
   * Erases one alumnus's activities (data-subject deletion).
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @return how many were erased
   */
  int deleteByAlumnus(TenantId tenant, AlumnusId alumnus);
}
