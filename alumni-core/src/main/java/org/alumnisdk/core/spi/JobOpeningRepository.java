package org.alumnisdk.core.spi;

import java.time.LocalDate;
import java.util.List;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.opening.JobOpening;

/**
 * Port: stores job openings. Every call is scoped to one tenant; nothing returns another tenant's data.
 *
 * <p>Hosts must guarantee what {@link VersionedRepository} states: atomic, version-checked saves,
 * finders that never return {@code null}, lists ordered by id, thread safety. Experimental SPI
 * until 1.0.
 *
 * @since 0.1.0
 */
public interface JobOpeningRepository extends VersionedRepository<OpeningId, JobOpening> {
  /**
   * A tenant's openings that take applications on a day, ordered by id.
   *
   * @param tenant the tenant
   * @param day the day
   * @return the openings
   */
  List<JobOpening> findOpenOn(TenantId tenant, LocalDate day);
}
