package org.alumnisdk.core.spi;

import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.ApplicationId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.rehire.RehireApplication;

/**
 * Port: stores boomerang (rehire) applications. Every call is scoped to one tenant; nothing returns another tenant's data.
 *
 * <p>Hosts must guarantee what {@link VersionedRepository} states: atomic, version-checked saves,
 * finders that never return {@code null}, lists ordered by id, thread safety. Experimental SPI
 * until 1.0.
 *
 * @since 0.1.0
 */
public interface RehireApplicationRepository extends VersionedRepository<ApplicationId, RehireApplication> {
  /**
   * One alumnus's applications, ordered by id.
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @return the applications
   */
  List<RehireApplication> findByAlumnus(TenantId tenant, AlumnusId alumnus);
}
