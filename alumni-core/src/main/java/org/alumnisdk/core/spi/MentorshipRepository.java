package org.alumnisdk.core.spi;

import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.MentorshipId;
import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.mentoring.Mentorship;

/**
 * Port: stores mentorships. Every call is scoped to one tenant; nothing returns another tenant's data.
 *
 * <p>Hosts must guarantee what {@link VersionedRepository} states: atomic, version-checked saves,
 * finders that never return {@code null}, lists ordered by id, thread safety. Experimental SPI
 * until 1.0.
 *
 * @since 0.1.0
 */
public interface MentorshipRepository extends VersionedRepository<MentorshipId, Mentorship> {
  /**
   * A programme's mentorships, ordered by id.
   *
   * @param tenant the tenant
   * @param program the programme
   * @return the mentorships
   */
  List<Mentorship> findByProgram(TenantId tenant, ProgramId program);

  /**
   * The mentorships an alumnus takes part in as mentor or mentee, ordered by id.
   *
   * @param tenant the tenant
   * @param alumnus the alumnus
   * @return the mentorships
   */
  List<Mentorship> findByParticipant(TenantId tenant, AlumnusId alumnus);
}
