package org.alumnisdk.core.mentoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.ProgramId;
import org.alumnisdk.core.TenantId;

/**
 * A mentoring programme: a period and a cap on mentees per mentor.
 *
 * @param id the programme id
 * @param tenant the owning tenant
 * @param name the programme name
 * @param startsOn the first day
 * @param endsOn the last day, not before the first
 * @param maxMenteesPerMentor the most active or proposed mentorships one mentor may hold, at least 1
 * @param version the optimistic version: 0 before the first save
 * @since 0.1.0
 */
public record MentorshipProgram(
    ProgramId id,
    TenantId tenant,
    @NotBlank @Size(max = 100) String name,
    LocalDate startsOn,
    LocalDate endsOn,
    int maxMenteesPerMentor,
    long version) implements Aggregate<ProgramId, MentorshipProgram> {
  /**
   * Validates the programme.
   *
   * @param id the programme id
   * @param tenant the owning tenant
   * @param name the programme name
   * @param startsOn the first day
   * @param endsOn the last day, not before the first
   * @param maxMenteesPerMentor the most active or proposed mentorships one mentor may hold, at least 1
   * @param version the optimistic version: 0 before the first save
   * @throws InvalidValueException naming the first malformed field
   */
  public MentorshipProgram {
    Checks.notNull(id, "id");
    Checks.notNull(tenant, "tenant");
    name = Checks.notBlank(name, "name");
    Checks.notNull(startsOn, "startsOn");
    Checks.notNull(endsOn, "endsOn");
    if (endsOn.isBefore(startsOn)) {
      throw new InvalidValueException("endsOn", "must not precede startsOn");
    }
    if (maxMenteesPerMentor < 1) {
      throw new InvalidValueException("maxMenteesPerMentor", "must be at least 1");
    }
    Checks.notNegative(version, "version");
  }

  /**
   * Creates an unsaved programme.
   *
   * @param id the id
   * @param tenant the tenant
   * @param name the name
   * @param startsOn the first day
   * @param endsOn the last day
   * @param maxMenteesPerMentor the cap per mentor
   * @return the programme
   */
  public static MentorshipProgram of(ProgramId id, TenantId tenant, String name, LocalDate startsOn,
      LocalDate endsOn, int maxMenteesPerMentor) {
    return new MentorshipProgram(id, tenant, name, startsOn, endsOn, maxMenteesPerMentor, 0);
  }

  @Override
  public MentorshipProgram withVersion(long newVersion) {
    return new MentorshipProgram(id, tenant, name, startsOn, endsOn, maxMenteesPerMentor, newVersion);
  }
}
