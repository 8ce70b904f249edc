package org.alumnisdk.core.opening;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.Location;

/**
 * A job opening that alumni may be rehired into or refer candidates to.
 *
 * @param id the opening id
 * @param tenant the owning tenant
 * @param title the title
 * @param jobFamily the job family (e.g. {@code engineering})
 * @param skills required and preferred skills with weights
 * @param seniority the acceptable seniority levels
 * @param location where the work is
 * @param remote whether the work can be done remotely from anywhere
 * @param languages languages the work needs, with minimum level
 * @param employmentType the kind of employment
 * @param opens the first day applications are taken
 * @param closes the last day applications are taken
 * @param referralRewardYen the referral reward in yen, 0 for none
 * @param version the optimistic version: 0 before the first save
 * @since 0.1.0
 */
public record JobOpening(
    OpeningId id,
    TenantId tenant,
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 100) String jobFamily,
    @Size(max = 100) List<SkillRequirement> skills,
    SeniorityRange seniority,
    Location location,
    boolean remote,
    List<LanguageSkill> languages,
    EmploymentType employmentType,
    LocalDate opens,
    LocalDate closes,
    @PositiveOrZero @Max(100_000_000) long referralRewardYen,
    long version) implements Aggregate<OpeningId, JobOpening> {
  /**
   * Validates the opening.
   *
   * @param id the opening id
   * @param tenant the owning tenant
   * @param title the title
   * @param jobFamily the job family (e.g. {@code engineering})
   * @param skills required and preferred skills with weights
   * @param seniority the acceptable seniority levels
   * @param location where the work is
   * @param remote whether the work can be done remotely from anywhere
   * @param languages languages the work needs, with minimum level
   * @param employmentType the kind of employment
   * @param opens the first day applications are taken
   * @param closes the last day applications are taken
   * @param referralRewardYen the referral reward in yen, 0 for none
   * @param version the optimistic version: 0 before the first save
   * @throws InvalidValueException naming the first missing or malformed field
   */
  public JobOpening {
    Checks.notNull(id, "id");
    Checks.notNull(tenant, "tenant");
    title = Checks.notBlank(title, "title");
    jobFamily = Checks.notBlank(jobFamily, "jobFamily");
    skills = Checks.copyOf(skills, "skills");
    Checks.notNull(seniority, "seniority");
    location = location == null ? Location.unknown() : location;
    languages = Checks.copyOf(languages, "languages");
    Checks.notNull(employmentType, "employmentType");
    Checks.notNull(opens, "opens");
    Checks.notNull(closes, "closes");
    if (closes.isBefore(opens)) {
      throw new InvalidValueException("closes", "must not precede opens");
    }
    Checks.notNegative(referralRewardYen, "referralRewardYen");
    Checks.notNegative(version, "version");
  }

  /**
   * Whether the opening takes applications on a day.
   *
   * @param day the day
   * @return true if opens &lt;= day &lt;= closes
   */
  public boolean isOpenOn(LocalDate day) {
    return !day.isBefore(opens) && !day.isAfter(closes);
  }

  /**
   * A copy with another version (used by stores).
   *
   * @param newVersion the version
   * @return the copy
   */
  @Override
  public JobOpening withVersion(long newVersion) {
    return new JobOpening(id, tenant, title, jobFamily, skills, seniority, location, remote,
        languages, employmentType, opens, closes, referralRewardYen, newVersion);
  }
}
