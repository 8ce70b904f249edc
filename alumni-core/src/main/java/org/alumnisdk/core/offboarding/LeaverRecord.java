package org.alumnisdk.core.offboarding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.alumnus.ContactPoint;
import org.alumnisdk.core.alumnus.Departure;
import org.alumnisdk.core.alumnus.LanguageSkill;
import org.alumnisdk.core.alumnus.PersonName;
import org.alumnisdk.core.alumnus.SkillClaim;
import org.alumnisdk.core.alumnus.Tenure;

/**
 * What an HRIS knows about an employee who left: the input of the offboarding import.
 *
 * <p>Personal data: {@link #toString()} prints only the external id and the tenure count.
 *
 * @param externalId the HRIS employee id
 * @param name the name
 * @param contacts private contact points the person left for the alumni network
 * @param employment the tenures, oldest first; the last one has ended
 * @param departure how and when the person left
 * @param skills skills, by normalised id
 * @param languages languages
 * @since 0.1.0
 */
public record LeaverRecord(
    @NotBlank @Size(max = 64) String externalId,
    @Valid PersonName name,
    @Size(max = 20) List<@Valid ContactPoint> contacts,
    @Size(min = 1, max = 50) List<@Valid Tenure> employment,
    @Valid Departure departure,
    @Size(max = 200) List<@Valid SkillClaim> skills,
    @Size(max = 30) List<@Valid LanguageSkill> languages) {
  /**
   * Validates the record.
   *
   * @param externalId the HRIS employee id
   * @param name the name
   * @param contacts private contact points the person left for the alumni network
   * @param employment the tenures, oldest first; the last one has ended
   * @param departure how and when the person left
   * @param skills skills, by normalised id
   * @param languages languages
   * @throws InvalidValueException naming the first missing or inconsistent field
   */
  public LeaverRecord {
    externalId = Checks.notBlank(externalId, "externalId");
    Checks.notNull(name, "name");
    contacts = Checks.copyOf(contacts, "contacts");
    employment = Checks.copyOf(employment, "employment");
    if (employment.isEmpty()) {
      throw new InvalidValueException("employment", "must hold at least one tenure");
    }
    Checks.notNull(departure, "departure");
    Tenure last = employment.get(employment.size() - 1);
    if (last.isOngoing()) {
      throw new InvalidValueException("employment", "the last tenure must have ended: this is a leaver record");
    }
    if (!last.end().equals(departure.lastWorkingDay())) {
      throw new InvalidValueException("departure.lastWorkingDay", "must equal the end of the last tenure");
    }
    skills = List.copyOf(skills == null ? List.of() : skills);
    languages = List.copyOf(languages == null ? List.of() : languages);
  }

  @Override
  public String toString() {
    return "LeaverRecord[externalId=" + externalId + ", tenures=" + employment.size() + "]";
  }
}
